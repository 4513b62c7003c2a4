export interface LegalBasisDefinition {
  code: string;
  regulation: string;
  article: string;
  name: string;
  description: string;
  specialCategory: boolean;
}

const article6 = (letter: string, name: string, description: string): LegalBasisDefinition => ({
  code: `gdpr-art-6-1-${letter}`,
  regulation: 'GDPR',
  article: `Article 6(1)(${letter})`,
  name,
  description,
  specialCategory: false,
});

const article9 = (letter: string, name: string, description: string): LegalBasisDefinition => ({
  code: `gdpr-art-9-2-${letter}`,
  regulation: 'GDPR',
  article: `Article 9(2)(${letter})`,
  name,
  description,
  specialCategory: true,
});

/** The lawful bases of GDPR Art. 6(1) and the special-category conditions of Art. 9(2), installed on first start. */
export const GDPR_LEGAL_BASES: LegalBasisDefinition[] = [
  article6('a', 'Consent', 'The person has given consent to the processing for one or more specific purposes.'),
  article6(
    'b',
    'Contract',
    'Processing is necessary to perform a contract with the person or to take steps at their request before entering into one.',
  ),
  article6('c', 'Legal obligation', 'Processing is necessary to comply with a legal obligation the controller is subject to.'),
  article6('d', 'Vital interests', 'Processing is necessary to protect the vital interests of the person or of another natural person.'),
  article6(
    'e',
    'Public task',
    'Processing is necessary for a task carried out in the public interest or in the exercise of official authority.',
  ),
  article6(
    'f',
    'Legitimate interests',
    'Processing is necessary for the legitimate interests of the controller or a third party, unless overridden by the interests or rights of the person.',
  ),
  article9(
    'a',
    'Explicit consent',
    'The person has given explicit consent to processing special category data for one or more specified purposes.',
  ),
  article9(
    'b',
    'Employment and social security',
    'Processing is necessary for obligations and rights in employment, social security and social protection law.',
  ),
  article9(
    'c',
    'Vital interests (incapable of consent)',
    'Processing is necessary to protect vital interests where the person is physically or legally incapable of giving consent.',
  ),
  article9(
    'd',
    'Not-for-profit bodies',
    'Processing by a foundation, association or other not-for-profit body with a political, philosophical, religious or trade union aim, about its members.',
  ),
  article9('e', 'Made public by the person', 'Processing relates to data which the person has manifestly made public.'),
  article9(
    'f',
    'Legal claims',
    'Processing is necessary to establish, exercise or defend legal claims, or for courts acting in their judicial capacity.',
  ),
  article9('g', 'Substantial public interest', 'Processing is necessary for reasons of substantial public interest on the basis of law.'),
  article9(
    'h',
    'Health or social care',
    'Processing is necessary for preventive or occupational medicine, medical diagnosis, or the provision of health or social care.',
  ),
  article9('i', 'Public health', 'Processing is necessary for reasons of public interest in the area of public health.'),
  article9(
    'j',
    'Archiving, research and statistics',
    'Processing is necessary for archiving in the public interest, scientific or historical research, or statistical purposes.',
  ),
];
