import { render } from '../../server/src/rendering';
import { firstLayer } from '../../server/src/rendering/first-layer';
import { readerOf } from '../../server/src/rendering/reader';
import type { PolicySnapshot } from '../../server/src/domain/snapshot';
import { processor, section, snapshot } from '../fixtures/snapshots';
import { fullNotice, version } from '../fixtures/notice';

/**
 * The first layer (WP260 rev.01 paras 35–36): who we are, what we collect, why, who receives it, transfers,
 * how long, your rights and how to complain, built only from the structured facts, at the top of every
 * rendering and as data in the JSON.
 */

const today = (day: string) => jest.useFakeTimers({ now: new Date(`${day}T12:00:00Z`) });
afterEach(() => jest.useRealTimers());

const layerOf = (value: PolicySnapshot, effectiveDate = '2026-09-01') => {
  const context = { version: version(effectiveDate), upcoming: null };
  return firstLayer(readerOf(value, context), value);
};

describe('built from a UK notice that states every fact', () => {
  beforeEach(() => today('2026-11-30'));

  test('it names the law and who we are, with the contact details', () => {
    const layer = layerOf(fullNotice('uk-gdpr'));
    expect(layer.law).toEqual({
      id: 'uk-gdpr',
      name: 'the UK GDPR and the Data Protection Act 2018',
      statement: 'This notice is given under the UK GDPR and the Data Protection Act 2018.',
    });
    expect(layer.controller).toEqual({
      name: 'Example Ltd',
      contacts: [
        { field: 'email', label: 'Email', value: 'privacy@example.com' },
        { field: 'phone', label: 'Telephone', value: '01632 960000' },
      ],
    });
  });

  test('what we collect is every section’s data once, whatever its case', () => {
    expect(layerOf(fullNotice('uk-gdpr')).dataCollected).toEqual(['Email address', 'Message', 'Name']);
  });

  test('why: each claim’s purpose (or its DPV concept in words) with the legal basis by name', () => {
    expect(layerOf(fullNotice('uk-gdpr')).purposes).toEqual([
      { purpose: 'Answering your enquiries', dpvPurpose: 'CommunicationManagement', legalBases: ['Legitimate interests'] },
      { purpose: 'Direct marketing', dpvPurpose: 'DirectMarketing', legalBases: ['Consent'] },
    ]);
  });

  test('who receives it leaves out a source, which only sends us data', () => {
    expect(layerOf(fullNotice('uk-gdpr')).recipients).toEqual(['Mailer Inc', 'Host Ltd']);
  });

  test('transfers: outside the United Kingdom, with the safeguard, how to get a copy, and adequacy for Ireland', () => {
    expect(layerOf(fullNotice('uk-gdpr')).transfers).toEqual({
      territory: 'the United Kingdom',
      items: [
        {
          recipient: 'Mailer Inc',
          countries: ['United States of America'],
          safeguards: ['UK International Data Transfer Agreement'],
          safeguardCopy: 'privacy@example.com',
        },
        { recipient: 'Host Ltd', countries: ['Ireland'], safeguards: ['Adequacy decision'], safeguardCopy: null },
      ],
      noneOutside: false,
    });
  });

  test('how long, and the rights with their articles', () => {
    const layer = layerOf(fullNotice('uk-gdpr'));
    expect(layer.retention).toEqual([{ slug: 'enquiries', dataCategory: 'Enquiries', period: 'P1Y', periodText: '1 year' }]);
    expect(layer.rights.map(({ right, citation, anchor }) => [right, citation, anchor])).toEqual([
      ['access', 'UK GDPR Art. 15', 'notice-right-access'],
      ['erasure', 'UK GDPR Art. 17', 'notice-right-erasure'],
      ['withdraw-consent', 'UK GDPR Art. 7(3)', 'notice-right-withdraw-consent'],
      ['complaint', 'UK GDPR Art. 77', 'notice-right-complaint'],
      ['automated-decision', 'UK GDPR Arts. 22A–22D', 'notice-right-automated-decision'],
    ]);
  });

  test('how to complain: to us first (DPA 2018 s.164A, in force), then to the ICO, the UK default', () => {
    const { complaints } = layerOf(fullNotice('uk-gdpr'));
    expect(complaints.toController).toEqual({ citation: 'DPA 2018 s.164A' });
    expect(complaints.authorities).toEqual([
      {
        name: "Information Commissioner's Office (ICO)",
        url: 'https://ico.org.uk/make-a-complaint/',
        dpv: 'legal-gb:DPA-GB',
        citation: 'UK GDPR Art. 77',
      },
    ]);
    expect(complaints.anyEeaAuthority).toBe(false);
    expect(complaints.sentences).toEqual([
      'You can complain to us by email to privacy@example.com or by telephone on 01632 960000. We acknowledge complaints within 30 days and respond without undue delay (DPA 2018 s.164A).',
      "You can also complain to the supervisory authority: Information Commissioner's Office (ICO) (UK GDPR Art. 77).",
    ]);
  });
});

describe('nothing is invented when a fact is missing', () => {
  beforeEach(() => today('2026-11-30'));

  const bare = () => {
    const value = snapshot([section({ slug: 'about', title: 'About' })]);
    value.policy.controller = null;
    return value;
  };

  test('each part stays empty, and the EU notice points to any EEA authority under Art. 77', () => {
    const layer = layerOf(bare());
    expect(layer).toMatchObject({
      controller: null,
      dataCollected: [],
      purposes: [],
      recipients: [],
      transfers: { territory: 'the European Economic Area (EEA)', items: [], noneOutside: false },
      retention: [],
      rights: [],
      complaints: { toController: null, authorities: [], anyEeaAuthority: true },
    });
    expect(layer.complaints.sentences).toEqual([
      'You can complain to a data protection supervisory authority, in particular in the EEA country where you live or work or where you think the law was broken (GDPR Art. 77).',
    ]);
  });

  test.each(['html', 'markdown', 'text'] as const)('%s: the empty parts have no heading', (format) => {
    const output = render(bare(), { version: null, upcoming: null }, format) as string;
    expect(output).toContain('At a glance');
    expect(output).toContain('How to complain');
    for (const heading of ['Who we are', 'What we collect', 'Why we use it', 'Who receives it', 'Transfers abroad', 'How long we keep it'])
      expect(output).not.toContain(heading);
  });

  test('a recipient that does not say where it stores data leaves transfers unsaid; when all do and stay home, it is said', () => {
    const home = snapshot([
      section({ slug: 'contact', dataCollected: ['Email'], processors: [processor({ slug: 'host', name: 'Host' })] }),
    ]);
    home.policy.applicableLaw = 'uk-gdpr';
    expect(layerOf(home).transfers).toEqual({ territory: 'the United Kingdom', items: [], noneOutside: true });
    expect(render(home, { version: null, upcoming: null }, 'text')).toContain(
      'We do not transfer your information outside the United Kingdom.',
    );
    home.sections[0].processors.push(processor({ slug: 'unknown', name: 'Somewhere Ltd', storageCountries: [] }));
    expect(layerOf(home).transfers.noneOutside).toBe(false);
    expect(render(home, { version: null, upcoming: null }, 'text')).not.toContain('We do not transfer');
  });

  test('under the EU GDPR a recipient in the United Kingdom is a transfer outside the EEA, covered by adequacy', () => {
    const value = snapshot([
      section({ slug: 'contact', dataCollected: ['Email'], processors: [processor({ slug: 'host', name: 'Host' })] }),
    ]);
    expect(layerOf(value).transfers.items).toEqual([
      { recipient: 'Host', countries: ['United Kingdom'], safeguards: ['Adequacy decision'], safeguardCopy: null },
    ]);
  });

  test('a recipient in the US relying on no stated tool gets no safeguard: the Data Privacy Framework covers only the certified', () => {
    const value = snapshot([
      section({
        slug: 'contact',
        dataCollected: ['Email'],
        processors: [processor({ slug: 'us', name: 'US Inc', storageCountries: [{ code: 'US', name: 'United States of America' }] })],
      }),
    ]);
    expect(layerOf(value).transfers.items[0].safeguards).toEqual([]);
  });
});

describe('complaints to the controller first: DPA 2018 s.164A, in force from 19 June 2026 (law/data/uk-reforms.json)', () => {
  test('a UK notice read before the provision is in force does not state it', () => {
    today('2026-03-01');
    const layer = layerOf(fullNotice('uk-gdpr'), '2026-03-01');
    expect(layer.complaints.toController).toBeNull();
    expect(layer.complaints.sentences[0]).toMatch(/^You can complain to the supervisory authority: Information Commissioner/);
  });

  test('a version taking effect after it comes into force states it, even read before', () => {
    today('2026-03-01');
    expect(layerOf(fullNotice('uk-gdpr'), '2026-07-01').complaints.toController).toEqual({ citation: 'DPA 2018 s.164A' });
  });

  test('an old version read today states it: the law read is today’s', () => {
    today('2026-11-30');
    expect(layerOf(fullNotice('uk-gdpr'), '2018-05-31').complaints.toController).not.toBeNull();
  });

  test('the EU GDPR has no such route', () => {
    today('2026-11-30');
    expect(layerOf(fullNotice('eu-gdpr')).complaints.toController).toBeNull();
  });
});

describe('the supervisory authority', () => {
  beforeEach(() => today('2026-11-30'));

  test('the one the controller names wins over the default, and is the ICO in DPV only when it is the ICO', () => {
    const named = fullNotice('uk-gdpr');
    named.policy.controller = {
      ...named.policy.controller,
      supervisoryAuthority: 'Information Commissioner',
      supervisoryAuthorityUrl: 'https://ico.org.uk/',
    };
    expect(layerOf(named).complaints.authorities).toEqual([
      { name: 'Information Commissioner', url: 'https://ico.org.uk/', dpv: 'legal-gb:DPA-GB', citation: 'UK GDPR Art. 77' },
    ]);
    const irish = fullNotice('eu-gdpr');
    irish.policy.controller = { ...irish.policy.controller, supervisoryAuthority: 'Data Protection Commission' };
    expect(layerOf(irish).complaints).toMatchObject({
      authorities: [{ name: 'Data Protection Commission', url: null, dpv: null, citation: 'GDPR Art. 77' }],
      anyEeaAuthority: false,
    });
  });

  test('a notice under both laws names the ICO for the UK and any EEA authority for the EU', () => {
    const { complaints } = layerOf(fullNotice('eu-and-uk-gdpr'));
    expect(complaints.authorities.map((authority) => authority.citation)).toEqual(['UK GDPR Art. 77']);
    expect(complaints.anyEeaAuthority).toBe(true);
    expect(complaints.sentences[2]).toContain('(GDPR Art. 77)');
  });
});

describe('at the top of every rendering', () => {
  beforeEach(() => today('2026-11-30'));

  test.each(['html', 'markdown', 'text', 'printable'] as const)(
    '%s: after the title and version, before the introduction and sections',
    (format) => {
      const output = (render(fullNotice('uk-gdpr'), { version: version(), upcoming: null }, format) as string).replace(/\s+/g, ' ');
      const at = (text: string) => {
        const index = output.indexOf(text);
        expect({ text, index }).toEqual({ text, index: expect.any(Number) });
        expect(index).toBeGreaterThanOrEqual(0);
        return index;
      };
      expect(at('At a glance')).toBeGreaterThan(at('Privacy notice'));
      expect(at('This notice is given under the UK GDPR and the Data Protection Act 2018.')).toBeGreaterThan(at('At a glance'));
      expect(at('Hello.')).toBeGreaterThan(at('How to complain'));
      for (const part of [
        'Who we are',
        'What we collect',
        'Why we use it',
        'Who receives it',
        'Transfers abroad',
        'How long we keep it',
        'Your rights',
      ])
        expect(at(part)).toBeLessThan(at('How to complain'));
      expect(output).toContain('Answering your enquiries (Legitimate interests)');
      expect(output).toMatch(
        /Mailer Inc \(United States of America\)\. Safeguard: UK International Data Transfer Agreement\. How to get a copy of the safeguard: privacy@example\.com/,
      );
    },
  );

  test('the JSON carries it as data, with the law', () => {
    const json = render(fullNotice('uk-gdpr'), { version: version(), upcoming: null }, 'json') as any;
    expect(json.applicableLaw).toBe('uk-gdpr');
    expect(json.lawName).toBe('the UK GDPR and the Data Protection Act 2018');
    expect(Object.keys(json.firstLayer)).toEqual([
      'law',
      'controller',
      'dataCollected',
      'purposes',
      'recipients',
      'transfers',
      'retention',
      'rights',
      'complaints',
    ]);
    expect(json.firstLayer).toEqual(layerOf(fullNotice('uk-gdpr')));
  });

  test('the rights listed link to their explanation in the HTML', () => {
    const html = render(fullNotice('uk-gdpr'), { version: version(), upcoming: null }, 'html') as string;
    expect(html).toContain('<a href="#notice-right-access">Access your information</a>');
    expect(html).toContain('<section id="notice-right-access" class="privacy-policy__right" data-slug="access">');
  });

  test('a snapshot recorded before applicableLaw existed is an EU GDPR notice', () => {
    const old = fullNotice('eu-gdpr');
    delete old.policy.applicableLaw;
    expect(layerOf(old).law.statement).toBe('This notice is given under the General Data Protection Regulation (GDPR).');
  });
});
