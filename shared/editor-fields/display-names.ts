import { EDIT_VIEWS } from './edit-views';
import { editorLanguageOf } from './translate';
import { CONTENT_TYPE_KEYS, ContentTypeKey } from './types';

/** The plugin's content types by name, as the content manager's menu and list view show them. */
export const CONTENT_TYPE_NAMES: Record<'fr' | 'de', Record<ContentTypeKey, string>> = {
  fr: {
    policy: 'Politique',
    'policy-section': 'Section de politique',
    processor: 'Sous-traitant',
    'retention-rule': 'Règle de conservation',
    'legal-basis': 'Base légale',
  },
  de: {
    policy: 'Richtlinie',
    'policy-section': 'Richtlinienabschnitt',
    processor: 'Auftragsverarbeiter',
    'retention-rule': 'Aufbewahrungsregel',
    'legal-basis': 'Rechtsgrundlage',
  },
};

/**
 * Admin messages that name the plugin's content types in `locale`. The content manager looks a content
 * type's name up with its display name as the message id ("Policy section"), in its menu and list view;
 * English needs none, the display names are English.
 */
export const contentTypeNameMessages = (locale: string): Record<string, string> => {
  const language = editorLanguageOf(locale);
  if (language !== 'fr' && language !== 'de') return {};
  return Object.fromEntries(CONTENT_TYPE_KEYS.map((key) => [EDIT_VIEWS[key].displayName, CONTENT_TYPE_NAMES[language][key]]));
};
