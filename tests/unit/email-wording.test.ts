import emailsService, { NotificationContext, Recipient } from '../../server/src/services/emails';
import { defaultConfig, PrivacyPolicyConfig } from '../../server/src/config';
import { STRINGS } from '../../server/src/notifications/strings';
import { changeList } from '../../server/src/notifications/change-list';
import { diffSnapshots } from '../../server/src/versioning/diff';
import { classify } from '../../server/src/versioning/classifier';
import { retentionRule, section, snapshot } from '../fixtures/snapshots';

/** The emails service over the plugin's default config, as Strapi would hand it over. */
const service = (email: Partial<PrivacyPolicyConfig['email']> = {}) => {
  const config = {
    ...defaultConfig,
    publicUrl: 'https://policies.example.test',
    tokenSecret: 'test-secret',
    email: { ...defaultConfig.email, ...email },
  };
  const get = (path: string) => path.split('.').reduce<any>((value, key) => value?.[key], config);
  const strapi = { plugin: () => ({ config: get }), config: { get: (_key: string, fallback?: unknown) => fallback } };
  return emailsService({ strapi: strapi as any });
};

const reader: Recipient = { id: 7, email: 'reader@example.test', locale: 'en', unsubscribeSalt: 'salt' };

/** Order information kept 7 years instead of 6: the retention change of the issue. */
const retentionChange = (locale: string) => {
  const before = snapshot([
    section({
      slug: 'orders',
      title: 'Orders',
      retentionRules: [retentionRule({ slug: 'order-information', name: 'Order information', period: 'P6Y' })],
    }),
  ]);
  const after = snapshot([
    section({
      slug: 'orders',
      title: 'Orders',
      retentionRules: [retentionRule({ slug: 'order-information', name: 'Order information', period: 'P7Y' })],
    }),
  ]);
  const diff = diffSnapshots(before, after);
  return changeList(diff, classify(diff), locale);
};

const context = (overrides: Partial<NotificationContext> = {}): NotificationContext => ({
  policySlug: 'privacy-policy',
  locale: 'en',
  policyTitle: 'Privacy Policy',
  organisation: 'Jet Professional Plumbing & Heating',
  versionNumber: '2.0',
  previousNumber: '1.0',
  effectiveDate: '2030-02-14',
  changeSummary: 'We keep order records for seven years.',
  changes: retentionChange(overrides.locale ?? 'en'),
  ...overrides,
});

const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]+)">/g)].map((match) => match[1].replace(/&amp;/g, '&'));
const textUrls = (text: string) => [...text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]);

describe('the change notification names the organisation and the policy', () => {
  test("English, with the controller's name", () => {
    const email = service().notification(reader, context(), '<m1@example.test>');
    expect(email.subject).toBe(
      'Jet Professional Plumbing & Heating is changing its Privacy Policy: version 2.0 takes effect on 14 February 2030',
    );
    expect(email.text.split('\n')[0]).toBe(
      'Jet Professional Plumbing & Heating is changing its Privacy Policy. Version 2.0 takes effect on 14 February 2030.',
    );
    expect(email.html).toContain(
      '<p>Jet Professional Plumbing &amp; Heating is changing its Privacy Policy. Version 2.0 takes effect on 14 February 2030.</p>',
    );
  });

  test('English, when the snapshot names no controller', () => {
    const email = service().notification(reader, context({ organisation: null }), '<m2@example.test>');
    expect(email.subject).toBe('Our Privacy Policy is changing: version 2.0 takes effect on 14 February 2030');
    expect(email.text.split('\n')[0]).toBe('We are changing our Privacy Policy. Version 2.0 takes effect on 14 February 2030.');
  });

  test("French and German, with and without the controller's name", () => {
    const french = (organisation: string | null) =>
      service().notification(
        reader,
        context({ locale: 'fr', policyTitle: 'Politique de confidentialité', organisation }),
        '<m3@example.test>',
      );
    expect(french('Jet Professional Plumbing & Heating').subject).toBe(
      'Jet Professional Plumbing & Heating : la version 2.0 de notre Politique de confidentialité entre en vigueur le 14 février 2030',
    );
    expect(french('Jet Professional Plumbing & Heating').text.split('\n')[0]).toBe(
      'Chez Jet Professional Plumbing & Heating, nous modifions notre Politique de confidentialité. La version 2.0 entre en vigueur le 14 février 2030.',
    );
    expect(french(null).subject).toBe('La version 2.0 de notre Politique de confidentialité entre en vigueur le 14 février 2030');
    expect(french(null).text).toContain('En bref : We keep order records for seven years.');
    expect(french(null).text).toContain(
      'Ce qui change :\n- Durée de conservation allongée pour «\u00a0Order information\u00a0» : 6 ans → 7 ans\n',
    );

    const german = (organisation: string | null) =>
      service().notification(reader, context({ locale: 'de', policyTitle: 'Datenschutzerklärung', organisation }), '<m4@example.test>');
    expect(german('Jet Professional Plumbing & Heating').subject).toBe(
      'Jet Professional Plumbing & Heating: Version 2.0 unserer Datenschutzerklärung gilt ab dem 14. Februar 2030',
    );
    expect(german(null).text.split('\n')[0]).toBe('Wir ändern unsere Datenschutzerklärung. Version 2.0 gilt ab dem 14. Februar 2030.');
    expect(german(null).text).toContain('- Längere Aufbewahrung für „Order information“: 6 Jahre → 7 Jahre');
  });

  test('"version N.N" stays in every subject, and no subject or first line starts in lower case', () => {
    for (const locale of ['en', 'fr', 'de']) {
      for (const organisation of ['Jet Professional Plumbing & Heating', null]) {
        const email = service().notification(reader, context({ locale, organisation }), '<m5@example.test>');
        expect(email.subject.toLowerCase()).toContain('version 2.0');
        expect(email.subject).toMatch(/^\p{Lu}|^Jet/u);
        expect(email.text).toMatch(/^\p{Lu}/u);
      }
    }
  });
});

describe('what the reader sees in the body', () => {
  test('durations in words, never "P6Y"; field labels, never field names', () => {
    const email = service().notification(reader, context(), '<m6@example.test>');
    expect(email.text).toContain('- "Order information" is kept longer: 6 years → 7 years\n');
    expect(email.html).toContain('<li>&quot;Order information&quot; is kept longer: 6 years → 7 years</li>');
    for (const part of [email.subject, email.text, email.html]) expect(part).not.toMatch(/P[67]Y|\bperiod\b/);
  });

  test('links are <a> elements in the html and bare addresses in the text, never in angle brackets', () => {
    const email = service().notification(reader, context(), '<m7@example.test>');
    expect(email.text).not.toContain('<http');
    expect(email.html).not.toMatch(/&lt;https?:/);
    const links = textUrls(email.text);
    expect(links).toHaveLength(3);
    expect(hrefs(email.html)).toEqual(links);
  });

  test("the links open the readable printable pages in the version's language, unless the site gives its own", () => {
    const email = service().notification(reader, context({ locale: 'fr', previousNumber: '1.3' }), '<m8@example.test>');
    const [policyUrl, redlineUrl] = textUrls(email.text);
    expect(policyUrl).toBe(
      'https://policies.example.test/api/privacy-policy/policies/privacy-policy?format=printable&version=2.0&locale=fr',
    );
    expect(redlineUrl).toBe(
      'https://policies.example.test/api/privacy-policy/policies/privacy-policy/diff?from=1.3&to=2.0&format=printable&locale=fr',
    );

    const own = service({
      policyUrl: 'https://www.example.test/privacy/{slug}/{number}',
      redlineUrl: 'https://www.example.test/privacy/{slug}/changes/{from}-{number}',
    });
    const [ownPolicy, ownRedline] = textUrls(own.notification(reader, context(), '<m9@example.test>').text);
    expect(ownPolicy).toBe('https://www.example.test/privacy/privacy-policy/2.0');
    expect(ownRedline).toBe('https://www.example.test/privacy/privacy-policy/changes/1.0-2.0');
  });

  test('the html part states its language and sets 16 px text, 14 px at the smallest', () => {
    const email = service().notification(reader, context({ locale: 'de' }), '<m10@example.test>');
    expect(email.html).toMatch(/^<div lang="de" style="[^"]*font-size: 16px;/);
    const sizes = [...email.html.matchAll(/font-size: (\d+)px/g)].map((match) => Number(match[1]));
    expect(Math.min(...sizes)).toBe(14);
    expect(email.html).not.toContain('<small>');
  });
});

describe('the confirmation email', () => {
  test('for every policy (scope "*") it reads "one of our privacy policies", in each language', () => {
    const emails = service();
    const english = emails.confirmation(reader, { token: 'abc', policyTitle: null });
    expect(english.subject).toBe('Confirm your subscription to updates of our privacy policies');
    expect(english.text).toContain(
      'Someone, probably you, asked to receive an email whenever one of our privacy policies changes in a major way.',
    );
    const french = emails.confirmation({ ...reader, locale: 'fr' }, { token: 'abc', policyTitle: null });
    expect(french.subject).toBe('Confirmez votre abonnement aux mises à jour de nos politiques de confidentialité');
    expect(french.text).toContain(
      'Quelqu’un, sans doute vous, a demandé à recevoir un e-mail à chaque changement important de l’une de nos politiques de confidentialité.',
    );
    const german = emails.confirmation({ ...reader, locale: 'de' }, { token: 'abc', policyTitle: null });
    expect(german.text).toContain(
      'Jemand, wahrscheinlich Sie, möchte bei jeder wesentlichen Änderung einer unserer Datenschutzerklärungen eine E-Mail erhalten.',
    );
  });

  test('for one policy it names it with "our"; a regional locale reads its language', () => {
    const email = service().confirmation(reader, { token: 'abc', policyTitle: 'Shop Privacy Policy' });
    expect(email.subject).toBe('Confirm your subscription to updates of our Shop Privacy Policy');
    expect(email.text).toContain('asked to receive an email whenever our Shop Privacy Policy changes in a major way.');
    expect(email.text).toContain(
      'Confirm my subscription: https://policies.example.test/api/privacy-policy/subscriptions/confirm?token=abc',
    );
    const canadian = service().confirmation({ ...reader, locale: 'fr-CA' }, { token: 'abc', policyTitle: 'Politique de confidentialité' });
    expect(canadian.subject).toBe('Confirmez votre abonnement aux mises à jour de notre Politique de confidentialité');
    expect(canadian.html).toMatch(/^<div lang="fr"/);
  });
});

describe('the withdrawal email', () => {
  const withdrawal = (locale: string, organisation: string | null) =>
    service().withdrawal(
      reader,
      {
        ...context({ locale, organisation, policyTitle: locale === 'fr' ? 'Politique de confidentialité' : 'Privacy Policy' }),
        reason: 'We found a shorter legal minimum.',
      },
      '<w1@example.test>',
    );

  test('says which version will not take effect, who withdrew it and why, in each language', () => {
    const english = withdrawal('en', 'Jet Professional Plumbing & Heating');
    expect(english.subject).toBe(
      'Jet Professional Plumbing & Heating has withdrawn version 2.0 of its Privacy Policy: it will not take effect',
    );
    expect(english.text).toContain(
      'Jet Professional Plumbing & Heating told you that version 2.0 of its Privacy Policy would take effect on 14 February 2030. It has withdrawn that version: it will not take effect, and the version in force still applies.',
    );
    expect(english.text).toContain('Why: We found a shorter legal minimum.');
    expect(withdrawal('en', null).subject).toBe('We have withdrawn version 2.0 of our Privacy Policy: it will not take effect');
    expect(withdrawal('fr', null).subject).toBe('La version 2.0 de notre Politique de confidentialité n’entrera pas en vigueur');
    expect(withdrawal('fr', 'Jet Professional Plumbing & Heating').text).toContain('Motif : We found a shorter legal minimum.');
    expect(withdrawal('de', null).subject).toBe('Version 2.0 unserer Privacy Policy tritt nicht in Kraft');
  });

  test('links to the printable version in force', () => {
    const [policyUrl] = textUrls(withdrawal('fr', null).text);
    expect(policyUrl).toBe('https://policies.example.test/api/privacy-policy/policies/privacy-policy?format=printable&locale=fr');
  });
});

test('French and German have every string English has', () => {
  for (const locale of ['fr', 'de']) expect(Object.keys(STRINGS[locale]).sort()).toEqual(Object.keys(STRINGS.en).sort());
});
