'use strict';

/** The fields of a legal basis claim a translation may give; the basis and its DPV purpose stay the English ones. */
const TRANSLATED_CLAIM_FIELDS = ['purpose', 'justificationLabel', 'justification'];

/** The English claims with the translated texts laid over them, claim by claim. */
function translatedClaims(section, claims) {
  const english = section.legalBases ?? [];
  if (claims.length !== english.length) {
    throw new Error(
      `The translation of section "${section.slug}" has ${claims.length} legal basis claims; the English has ${english.length}`,
    );
  }
  return english.map((claim, index) => {
    const texts = Object.fromEntries(
      TRANSLATED_CLAIM_FIELDS.filter((field) => field in claims[index]).map((field) => [field, claims[index][field]]),
    );
    return { ...claim, ...texts };
  });
}

/** Lays the translations, keyed by slug, over the items with those slugs. */
function overlay(items = [], translations = {}) {
  items.forEach((item) => Object.assign(item, translations[item.slug] ?? {}));
}

/**
 * Builds the import for a second locale of the demo policy: the English import with the translated
 * fields laid over it (sections, processors and retention rules by slug). Sections, processors and rules
 * without a translation keep their English text, as a partly translated site would show them.
 */
function translatedImport(english, translation) {
  const copy = JSON.parse(JSON.stringify(english));
  const translateSections = (sections) =>
    sections.forEach((section) => {
      const { legalBases, ...fields } = translation.sections?.[section.slug] ?? {};
      Object.assign(section, fields);
      if (legalBases) section.legalBases = translatedClaims(section, legalBases);
      translateSections(section.children ?? []);
    });
  Object.assign(copy.policy, translation.policy);
  overlay(copy.processors, translation.processors);
  overlay(copy.retentionRules, translation.retentionRules);
  translateSections(copy.policy.sections);
  return copy;
}

module.exports = { translatedImport };
