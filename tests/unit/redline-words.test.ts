import { diffSnapshots } from '../../server/src/versioning/diff';
import { renderRedline } from '../../server/src/rendering/redline';
import { renderPrintableRedline } from '../../server/src/rendering/printable-redline';
import { namesOf } from '../../server/src/rendering/vocabulary';
import type { VersionMeta } from '../../server/src/rendering';
import { claim, processor, retentionRule, section, snapshot } from '../fixtures/snapshots';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { scriptVectors } from '../helpers/script-vectors';

const from: VersionMeta = {
  number: '1.0',
  changeType: 'major',
  effectiveDate: '2029-01-01',
  changeSummary: null,
  publishedAt: '2029-01-01T00:00:00.000Z',
};
const to: VersionMeta = {
  number: '2.0',
  changeType: 'major',
  effectiveDate: '2030-02-14',
  changeSummary: 'Orders are kept a year longer.',
  publishedAt: '2030-01-10T00:00:00.000Z',
};

/** Version 1.0 and 2.0 of a plumber's policy: orders kept 6 then 7 years, a processor's privacy policy moved, a right dropped. */
const versions = () => {
  const before = snapshot([
    section({
      slug: 'orders',
      title: 'Your orders',
      rights: ['access', 'erasure'],
      retentionRules: [
        retentionRule({ slug: 'order-information', name: 'Order information', period: 'P6Y', trigger: 'end-of-financial-year' }),
      ],
    }),
    section({
      slug: 'hosting',
      title: 'Hosting',
      processors: [processor({ slug: 'ukfast', name: 'UKFast', privacyPolicyUrl: 'https://ukfast.example/privacy' })],
    }),
  ]);
  const after = snapshot([
    section({
      slug: 'orders',
      title: 'Your orders',
      rights: ['access'],
      legalBases: [{ ...claim('gdpr-art-6-1-c'), name: 'Legal obligation', article: 'Art. 6(1)(c)' }],
      retentionRules: [retentionRule({ slug: 'order-information', name: 'Order information', period: 'P7Y', trigger: 'collection' })],
    }),
    section({
      slug: 'hosting',
      title: 'Hosting',
      processors: [
        processor({
          slug: 'ukfast',
          name: 'UKFast',
          privacyPolicyUrl: 'https://ukfast.example/privacy-2030',
          transferMechanism: 'adequacy-decision',
        }),
      ],
    }),
  ]);
  return { before, after, diff: diffSnapshots(before, after) };
};

const redline = (locale: string) => {
  const { before, after, diff } = versions();
  return renderRedline('Privacy Policy', diff, from, to, locale, namesOf(diff, before, after));
};

describe("the redline is in the words of the version's language", () => {
  test('English: durations, labels, triggers, rights and safeguards in words; no ISO period, no slug, no field name', () => {
    const html = redline('en');
    expect(html).toContain('<h1>Privacy Policy: changes from version 1.0 to 2.0</h1>');
    expect(html).toContain(
      '<p>Version 2.0 takes effect on <time datetime="2030-02-14">14 February 2030</time>. Orders are kept a year longer.</p>',
    );
    expect(html).toContain('<li><strong>Retention period</strong>: <del>6 years</del> → <ins>7 years</ins></li>');
    expect(html).toContain(
      '<li><strong>Counted from</strong>: <del>The end of the financial year</del> → <ins>When the information is collected</ins></li>',
    );
    expect(html).toContain(
      '<li><strong>Transfer safeguard</strong>: <del>No transfer safeguard needed</del> → <ins>Adequacy decision</ins></li>',
    );
    expect(html).toContain('<li>No longer stated: <del>Have your information deleted</del></li>');
    expect(html).toContain('<li>Added to Your orders: <ins>Legal obligation (Art. 6(1)(c))</ins></li>');
    for (const raw of [
      'P6Y',
      'P7Y',
      'end-of-financial-year',
      'erasure',
      'adequacy-decision',
      '>period<',
      '>trigger<',
      '>privacyPolicyUrl<',
      'safeguards',
      '>orders<',
    ]) {
      expect(html).not.toContain(raw);
    }
  });

  test('French and German', () => {
    const french = redline('fr');
    expect(french).toContain('<article class="privacy-policy-redline" lang="fr">');
    expect(french).toContain('<h1>Privacy Policy : modifications de la version 1.0 à la version 2.0</h1>');
    expect(french).toContain('La version 2.0 entre en vigueur le <time datetime="2030-02-14">14 février 2030</time>.');
    expect(french).toContain('<h2>Règles de conservation</h2>');
    expect(french).toContain('<li><strong>Durée de conservation</strong> : <del>6 ans</del> → <ins>7 ans</ins></li>');
    expect(french).toContain('<li>Plus indiqué : <del>Faire effacer vos informations</del></li>');
    const german = redline('de');
    expect(german).toContain('<h1>Privacy Policy: Änderungen von Version 1.0 zu Version 2.0</h1>');
    expect(german).toContain('Version 2.0 gilt ab dem <time datetime="2030-02-14">14. Februar 2030</time>.');
    expect(german).toContain('<li><strong>Aufbewahrungsfrist</strong>: <del>6 Jahre</del> → <ins>7 Jahre</ins></li>');
    expect(german).toContain('<del>Ende des Geschäftsjahres</del> → <ins>Erhebung der Daten</ins>');
    for (const html of [french, german]) expect(html).not.toMatch(/P[67]Y|years|Retention period/);
  });

  test('web addresses are links that survive the sanitiser; no address is shown in angle brackets', () => {
    const html = redline('en');
    expect(html).toContain(
      '<li><strong>Their privacy policy</strong>: <del><a href="https://ukfast.example/privacy" rel="nofollow noopener">https://ukfast.example/privacy</a></del> → <ins><a href="https://ukfast.example/privacy-2030" rel="nofollow noopener">https://ukfast.example/privacy-2030</a></ins></li>',
    );
    expect(html).not.toContain('&lt;https://');
    expect(html).not.toContain('<https://');
  });

  test('a section moved under another is placed by titles, not slugs', () => {
    const before = snapshot([section({ slug: 'contact', title: 'Contacting us' }), section({ slug: 'phone-calls', title: 'Phone calls' })]);
    const after = snapshot([
      section({ slug: 'contact', title: 'Contacting us', children: [section({ slug: 'phone-calls', title: 'Phone calls' })] }),
    ]);
    const diff = diffSnapshots(before, after);
    expect(renderRedline('Privacy Policy', diff, from, to, 'en', namesOf(diff, before, after))).toContain(
      '<li>Moved: Phone calls (from the top level to Contacting us)</li>',
    );
    expect(renderRedline('Privacy Policy', diff, from, to, 'fr', namesOf(diff, before, after))).toContain(
      '<li>Déplacement : Phone calls (du premier niveau vers «\u00a0Contacting us\u00a0»)</li>',
    );
    expect(renderRedline('Privacy Policy', diff, from, to, 'de', namesOf(diff, before, after))).toContain(
      '<li>Verschoben: Phone calls (von der obersten Ebene unter „Contacting us“)</li>',
    );
    const back = diffSnapshots(after, before);
    expect(renderRedline('Privacy Policy', back, from, to, 'fr', namesOf(back, after, before))).toContain(
      '<li>Déplacement : Phone calls (de «\u00a0Contacting us\u00a0» vers le premier niveau)</li>',
    );
  });

  test('no changes, in each language', () => {
    const { before } = versions();
    const diff = diffSnapshots(before, before);
    expect(renderRedline('Privacy Policy', diff, from, to, 'en')).toContain('<p>No changes.</p>');
    expect(renderRedline('Privacy Policy', diff, from, to, 'fr')).toContain('<p>Aucune modification.</p>');
    expect(renderRedline('Privacy Policy', diff, from, to, 'de')).toContain('<p>Keine Änderungen.</p>');
  });

  test('a hostile value in a link field is text, not a link, and the redline carries no script', () => {
    for (const payload of XSS_PAYLOADS) {
      const before = snapshot([
        section({ slug: 's', title: 'S', processors: [processor({ slug: 'p', name: 'P', optOutUrl: 'https://safe.example' })] }),
      ]);
      const after = snapshot([
        section({ slug: 's', title: payload, processors: [processor({ slug: 'p', name: payload, optOutUrl: payload })] }),
      ]);
      expect(scriptVectors(renderRedline(payload, diffSnapshots(before, after), from, to, 'en'))).toEqual([]);
    }
    const before = snapshot([section({ slug: 's', title: 'S', processors: [processor({ slug: 'p', name: 'P' })] })]);
    const after = snapshot([
      section({ slug: 's', title: 'S', processors: [processor({ slug: 'p', name: 'P', optOutUrl: 'javascript:alert(1)' })] }),
    ]);
    expect(renderRedline('Privacy Policy', diffSnapshots(before, after), from, to, 'en')).toContain('<ins>javascript:alert(1)</ins>');
  });
});

describe('the printable redline, the page a change email links to', () => {
  const page = (locale: string) => {
    const { before, after, diff } = versions();
    return renderPrintableRedline('Privacy Policy', diff, from, to, {
      locale,
      names: namesOf(diff, before, after),
      organisation: 'Jet Professional Plumbing & Heating',
    });
  };

  test("is a standalone document in the version's language, with the redline as its body", () => {
    const html = page('fr');
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<title>Privacy Policy : modifications de la version 1.0 à la version 2.0</title>');
    expect(html).toContain('<header class="printable__header"><p><strong>Jet Professional Plumbing &amp; Heating</strong></p></header>');
    expect(html).toContain('<del>6 ans</del> → <ins>7 ans</ins>');
    expect(html.trim().endsWith('</html>')).toBe(true);
    expect(page('de').startsWith('<!doctype html>\n<html lang="de">')).toBe(true);
  });

  test('runs no script, forbids any, and is set for reading: 12pt (16 px) body text, a line of 42rem at most', () => {
    const html = page('en');
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/\nbody \{[^}]*font-size: 12pt;[^}]*max-width: 42rem;/);
    expect(scriptVectors(html)).toEqual(['<meta>', '<meta>', '<meta>', '<style>', '<body>']);
  });
});
