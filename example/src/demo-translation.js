'use strict';

/**
 * Builds the import for a second locale of the demo policy: the English import with the translated
 * fields laid over it. Sections without a translation keep their English text, as a partly translated
 * site would show them.
 */
function translatedImport(english, translation) {
  const copy = JSON.parse(JSON.stringify(english));
  const translateSections = (sections) =>
    sections.forEach((section) => {
      Object.assign(section, translation.sections[section.slug] ?? {});
      translateSections(section.children ?? []);
    });
  Object.assign(copy.policy, translation.policy);
  translateSections(copy.policy.sections);
  return copy;
}

module.exports = { translatedImport };
