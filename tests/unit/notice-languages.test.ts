import legalBasisClaim from '../../content-types/components/legal-basis-claim.json';
import { render, RenderContext } from '../../server/src/rendering';
import { NOTICE_WORDS } from '../../server/src/rendering/notice-words';
import { citeRight, readerOf } from '../../server/src/rendering/reader';
import { rightsExplained } from '../../server/src/rendering/first-layer';
import { DATA_SUBJECT_RIGHTS } from '../../server/src/domain/enums';
import { GDPR_LEGAL_BASES } from '../../server/src/domain/legal-bases';
import type { PolicySnapshot } from '../../server/src/domain/snapshot';
import { fullNotice, version } from '../fixtures/notice';

/**
 * The renderers write their own words in the policy's language (English, French, German; any other
 * locale reads English); the editors' text is shown as written.
 */

beforeEach(() => jest.useFakeTimers({ now: new Date('2026-11-30T12:00:00Z') }));
afterEach(() => jest.useRealTimers());

const FORMATS = ['html', 'markdown', 'text', 'printable'] as const;
const LANGUAGES = ['en', 'fr', 'de'] as const;

const withdrawn = { ...version('2026-09-01'), withdrawn: { at: '2026-08-20T09:00:00.000Z', reason: '' } };
const upcoming = version('2027-01-01', { number: '3.0' });
const contexts: RenderContext[] = [
  { version: version('2026-09-01'), upcoming },
  { version: withdrawn, upcoming: null },
  { version: null, upcoming: null },
];

const rendered = (value: PolicySnapshot, format: (typeof FORMATS)[number], context: RenderContext) =>
  (render(value, context, format) as string).replace(/\s+/g, ' ');

/** Fixed words the renderers wrote in English in every locale before. */
const ENGLISH_WORDS = [
  'Information collected',
  'Where the information comes from',
  'Legal bases',
  'Who receives it',
  'Where it is stored',
  'How long it is kept',
  'Your rights',
  'Laws referred to',
  'Effective from',
  'effective from',
  'takes effect on',
  'A new version',
  'was withdrawn',
  'Unpublished draft',
  'Printed from',
  'Contents',
  'Stored in',
  'Transferred outside',
  'Safeguard',
  'kept for',
  'Purpose:',
  'Data controller',
  'Email:',
  'Telephone',
  'At a glance',
  'Who we are',
  'What we collect',
  'Why we use it',
  'Transfers abroad',
  'How long we keep it',
  'How to complain',
  'This notice is given under',
  'Your rights explained',
  'To use any of these rights',
  'within one month',
  'free of charge',
  'Access your information',
  'Have your information deleted',
  'Withdraw your consent',
  'Complain to a supervisory authority',
  'Legitimate interests',
  'Direct marketing',
  'Communicating with you',
  'Adequacy decision',
  'Country of establishment',
  'United States of America',
  'United Kingdom',
];

describe.each(['fr', 'fr-CA', 'de', 'de-AT'])('a %s notice', (locale) => {
  const language = locale.slice(0, 2) as 'fr' | 'de';

  test.each(FORMATS.flatMap((format) => contexts.map((context, index) => [format, index, context] as const)))(
    '%s (context %s) has no English fixed word left',
    (format, _index, context) => {
      for (const law of ['eu-gdpr', 'uk-gdpr', 'eu-and-uk-gdpr']) {
        const output = rendered(fullNotice(law, locale), format, context);
        const found = ENGLISH_WORDS.filter((word) => output.includes(word));
        expect({ law, found }).toEqual({ law, found: [] });
      }
    },
  );

  test.each(FORMATS)('%s uses its own words', (format) => {
    const output = rendered(fullNotice('uk-gdpr', locale), format, contexts[0]);
    const expected = {
      fr: [
        'L’essentiel',
        'Qui nous sommes',
        'Ce que nous collectons',
        'Comment introduire une réclamation',
        'Vos droits expliqués',
        'en vigueur',
      ],
      de: [
        'Auf einen Blick',
        'Wer wir sind',
        'Welche Daten wir erheben',
        'Wie Sie sich beschweren können',
        'Ihre Rechte im Einzelnen',
        'ültig ab',
      ],
    }[language];
    for (const words of expected) expect(output).toContain(words);
  });
});

test('French and German dates, the withdrawn and the upcoming notices', () => {
  const french = rendered(fullNotice('eu-gdpr', 'fr'), 'text', { version: withdrawn, upcoming: null });
  expect(french).toContain('Version 2.0, en vigueur à compter du 1er septembre 2026.');
  expect(french).toContain('Cette version a été retirée le 20 août 2026 et n’est jamais entrée en vigueur.');
  const german = rendered(fullNotice('eu-gdpr', 'de'), 'html', { version: version('2026-09-01'), upcoming });
  expect(german).toContain('Gültig ab <time datetime="2026-09-01">1. September 2026</time>. Version 2.0.');
  expect(german).toContain('Eine neue Version (3.0) gilt ab dem <time datetime="2027-01-01">1. Januar 2027</time>.');
  const printable = render(fullNotice('eu-gdpr', 'de'), { version: null, upcoming: null }, 'printable') as string;
  expect(printable).toContain('<p>Unveröffentlichter Entwurf</p>');
  expect(printable).toContain('Gedruckt aus einem unveröffentlichten Entwurf');
});

test('the editors’ own text is shown as written, in any language', () => {
  const german = rendered(fullNotice('eu-gdpr', 'de'), 'text', contexts[0]);
  expect(german).toContain('Beantwortung Ihrer Anfragen (Berechtigte Interessen)');
  expect(german).toContain(
    'Berechtigte Interessen — Art. 6 Abs. 1 lit. f DSGVO. Zweck: Beantwortung Ihrer Anfragen. Wir müssen Ihnen antworten.',
  );
});

test('a locale without words reads English; an unknown law reads as the EU GDPR', () => {
  const portuguese = fullNotice('uk-gdpr', 'pt-BR');
  expect(rendered(portuguese, 'text', contexts[0])).toContain('At a glance');
  const unknown = fullNotice('swiss-fadp');
  expect(rendered(unknown, 'text', contexts[0])).toContain('This notice is given under the General Data Protection Regulation (GDPR).');
});

describe('the law is named in every rendering', () => {
  const NAMES = {
    'eu-gdpr': {
      en: 'This notice is given under the General Data Protection Regulation (GDPR).',
      fr: 'Ces informations vous sont fournies en application du règlement général sur la protection des données (RGPD).',
      de: 'Diese Datenschutzhinweise beziehen sich auf die Datenschutz-Grundverordnung (DSGVO).',
    },
    'uk-gdpr': {
      en: 'This notice is given under the UK GDPR and the Data Protection Act 2018.',
      fr: 'Ces informations vous sont fournies en application du UK GDPR et la loi britannique de 2018 sur la protection des données (Data Protection Act 2018).',
      de: 'Diese Datenschutzhinweise beziehen sich auf die UK GDPR und den Data Protection Act 2018.',
    },
    'eu-and-uk-gdpr': {
      en: 'This notice is given under the General Data Protection Regulation (GDPR) and the UK GDPR and the Data Protection Act 2018.',
      fr: 'Ces informations vous sont fournies en application du règlement général sur la protection des données (RGPD) et le UK GDPR et la loi britannique de 2018 sur la protection des données (Data Protection Act 2018).',
      de: 'Diese Datenschutzhinweise beziehen sich auf die Datenschutz-Grundverordnung (DSGVO) und die UK GDPR und den Data Protection Act 2018.',
    },
  };
  test.each(
    Object.entries(NAMES).flatMap(([law, byLanguage]) => LANGUAGES.map((language) => [law, language, byLanguage[language]] as const)),
  )('%s in %s', (law, language, statement) => {
    for (const format of FORMATS) expect(rendered(fullNotice(law, language), format, contexts[0])).toContain(statement);
    const json = render(fullNotice(law, language), contexts[0], 'json') as any;
    expect(json.firstLayer.law.statement).toBe(statement);
    expect(JSON.parse(render(fullNotice(law, language), contexts[0], 'jsonld') as string)['@graph'][0]['dct:description']).toBe(statement);
  });
});

describe('each right cites its article in the regime’s text', () => {
  const cited = (law: string, locale = 'en', effectiveDate = '2026-09-01') => {
    const value = fullNotice(law, locale);
    const reader = readerOf(value, { version: version(effectiveDate) });
    return Object.fromEntries(DATA_SUBJECT_RIGHTS.map((right) => [right, citeRight(reader, right)]));
  };

  test('EU GDPR: Arts. 15–18, 20–22, 7(3) and 77', () => {
    expect(cited('eu-gdpr')).toEqual({
      access: 'GDPR Art. 15',
      rectification: 'GDPR Art. 16',
      erasure: 'GDPR Art. 17',
      restriction: 'GDPR Art. 18',
      portability: 'GDPR Art. 20',
      objection: 'GDPR Art. 21',
      'withdraw-consent': 'GDPR Art. 7(3)',
      complaint: 'GDPR Art. 77',
      'automated-decision': 'GDPR Art. 22',
    });
  });

  test('UK GDPR: "UK GDPR Art.", and Arts. 22A–22D for automated decisions once in force (5 February 2026)', () => {
    expect(cited('uk-gdpr')).toMatchObject({
      access: 'UK GDPR Art. 15',
      complaint: 'UK GDPR Art. 77',
      'automated-decision': 'UK GDPR Arts. 22A–22D',
    });
    jest.setSystemTime(new Date('2026-01-10T12:00:00Z'));
    expect(cited('uk-gdpr', 'en', '2026-01-01')['automated-decision']).toBe('UK GDPR Art. 22');
  });

  test('both laws, and the French and German forms', () => {
    expect(cited('eu-and-uk-gdpr').access).toBe('GDPR Art. 15; UK GDPR Art. 15');
    expect(cited('eu-gdpr', 'fr')).toMatchObject({ access: 'art. 15 du RGPD', 'withdraw-consent': 'art. 7, paragraphe 3 du RGPD' });
    expect(cited('uk-gdpr', 'fr')['automated-decision']).toBe('art. 22A à 22D du UK GDPR');
    expect(cited('eu-gdpr', 'de')).toMatchObject({ access: 'Art. 15 DSGVO', 'withdraw-consent': 'Art. 7 Abs. 3 DSGVO' });
    expect(cited('uk-gdpr', 'de')['automated-decision']).toBe('Art. 22A–22D UK GDPR');
  });

  test('the explanations: one month, extendable by two, under Art. 12(3); free under Art. 12(5); how to ask', () => {
    const value = fullNotice('uk-gdpr');
    const explained = rightsExplained(readerOf(value, { version: version() }), value);
    expect(explained.timeLimit).toMatch(/within one month of receiving your request.*two further months.*\(UK GDPR Art\. 12\(3\)\)\.$/);
    expect(explained.free).toMatch(/free of charge.*\(UK GDPR Art\. 12\(5\)\)\.$/);
    expect(explained.howToAsk).toBe(
      'To use any of these rights, contact us by email to privacy@example.com or by telephone on 01632 960000.',
    );
    expect(explained.rights.map(({ right, citation }) => [right, citation])).toEqual([
      ['access', 'UK GDPR Art. 15'],
      ['erasure', 'UK GDPR Art. 17'],
      ['withdraw-consent', 'UK GDPR Art. 7(3)'],
      ['complaint', 'UK GDPR Art. 77'],
      ['automated-decision', 'UK GDPR Arts. 22A–22D'],
    ]);
    const automated = explained.rights.find(({ right }) => right === 'automated-decision')!;
    expect(automated.name).toBe('Safeguards for decisions based solely on automated processing');
    expect(automated.meaning).toContain('make representations');
  });

  test('the EU explanation of automated decisions is the Art. 22 right; a notice under both gives each regime its own', () => {
    const eu = fullNotice('eu-gdpr');
    const euRight = rightsExplained(readerOf(eu, { version: version() }), eu).rights.find(({ right }) => right === 'automated-decision')!;
    expect(euRight).toMatchObject({ name: 'Not be subject to solely automated decisions', citation: 'GDPR Art. 22' });
    expect(euRight.meaning).toMatch(/^You have the right not to be subject to a decision based solely on automated processing/);
    const both = fullNotice('eu-and-uk-gdpr');
    const bothRight = rightsExplained(readerOf(both, { version: version() }), both).rights.find(
      ({ right }) => right === 'automated-decision',
    )!;
    expect(bothRight.meaning).toMatch(/^GDPR Art\. 22: You have the right.* UK GDPR Arts\. 22A–22D: Where we take a significant decision/);
  });

  test.each(FORMATS)('%s shows each right with its explanation and citation', (format) => {
    const output = rendered(fullNotice('uk-gdpr'), format, contexts[0]);
    expect(output).toContain('Your rights explained');
    expect(output).toMatch(/Access your information (<small>)?\(UK GDPR Art\. 15\)/);
    expect(output).toContain('You can ask whether we use information about you');
    expect(output).toMatch(/Withdraw your consent (<small>)?\(UK GDPR Art\. 7\(3\)\)/);
  });
});

describe('the words themselves', () => {
  const rightsAndPurposes = (legalBasisClaim.attributes.dpvPurpose as { enum: string[] }).enum;

  test.each(LANGUAGES)('%s explains every right and names every DPV purpose the editor can choose', (language) => {
    const words = NOTICE_WORDS[language];
    for (const right of DATA_SUBJECT_RIGHTS)
      expect({ right, meaning: words.rightsExplained.rights[right]?.meaning }).toEqual({ right, meaning: expect.any(String) });
    for (const concept of rightsAndPurposes)
      expect({ concept, name: words.dpvPurposes[concept] }).toEqual({ concept, name: expect.any(String) });
  });

  test.each(['fr', 'de'] as const)('%s names every legal basis the plugin installs', (language) => {
    for (const { code } of GDPR_LEGAL_BASES)
      expect({ code, name: NOTICE_WORDS[language].legalBasisNames?.[code] }).toEqual({ code, name: expect.any(String) });
  });

  test.each(LANGUAGES)('%s: no word carries markup, so no renderer needs to escape its own words', (language) => {
    const strings: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      else if (typeof value === 'function') strings.push(String(value('X', 'Y', true)));
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk({ ...NOTICE_WORDS[language], citation: undefined });
    expect(strings.length).toBeGreaterThan(100);
    expect(strings.filter((text) => /[<>&*_[\]#`|\\]/.test(text))).toEqual([]);
  });
});
