/**
 * Issue 14, "Legal fidelity": the checks per applicable law, and every rule the issue adds or corrects, each
 * with an example that triggers it and one that does not. compliance.test.ts keeps the checks that did not change.
 */
import { checkCompliance, COMPLIANCE_CHECKS } from '../../server/src/compliance';
import type { ComplianceFinding, FindingTarget, Severity } from '../../server/src/compliance/findings';
import type { PolicySnapshot } from '../../server/src/domain/snapshot';
import { APPLICABLE_LAWS, type ApplicableLaw } from '../../server/src/law/regimes';
import { compliantPolicy, sectionOf } from '../fixtures/compliant-policy';
import { claim, processor, retentionRule, section } from '../fixtures/snapshots';

/** The day the law data was checked: every provision of uk-reforms.json is in force. */
const TODAY = '2026-11-30';

const findingsOf = (policy: PolicySnapshot, check: string, today = TODAY) =>
  checkCompliance(policy, { today }).findings.filter((finding) => finding.check === check);

const onlyFinding = (
  policy: PolicySnapshot,
  check: string,
  severity: Severity,
  target: Partial<FindingTarget> = {},
  today = TODAY,
): ComplianceFinding => {
  const findings = findingsOf(policy, check, today);
  expect(findings).toEqual([expect.objectContaining({ check, severity, target: expect.objectContaining(target) })]);
  expect(findings[0].fix).not.toContain('\n');
  return findings[0];
};

const noFindingOf = (policy: PolicySnapshot, check: string, today = TODAY) => expect(findingsOf(policy, check, today)).toEqual([]);

const setController = (policy: PolicySnapshot, fields: Record<string, string | null>) => {
  policy.policy.controller = { ...policy.policy.controller, ...fields };
  return policy;
};

const analyticsCo = (policy: PolicySnapshot) => sectionOf(policy, 'analytics').processors[0];

describe('the law that applies', () => {
  test.each(APPLICABLE_LAWS)('the compliant policy passes every check with no error, warning or note under %s', (law) => {
    const report = checkCompliance(compliantPolicy(law), { today: TODAY });
    expect(report.findings).toEqual([]);
    expect(report.checks.map((check) => check.id)).toEqual(COMPLIANCE_CHECKS.map((check) => check.id));
  });

  test('a policy without applicableLaw (recorded before it existed) follows the EU GDPR', () => {
    const report = checkCompliance(compliantPolicy(), { today: TODAY });
    expect(report.checks.find((check) => check.id === 'controller-identity')!.source).toBe('GDPR Art. 13(1)(a)');
  });

  test("sources name the article in the regime's own text", () => {
    const sourceIn = (law: ApplicableLaw) =>
      onlyFinding(setController(compliantPolicy(law), { email: null, postalAddress: null, phone: null }), 'controller-identity', 'error')
        .source;
    expect(sourceIn('eu-gdpr')).toBe('GDPR Art. 13(1)(a)');
    expect(sourceIn('uk-gdpr')).toBe('UK GDPR Art. 13(1)(a)');
    expect(sourceIn('eu-and-uk-gdpr')).toBe('GDPR Art. 13(1)(a); UK GDPR Art. 13(1)(a)');
  });

  test('under both regimes a finding that says the same thing is reported once, naming both sources', () => {
    const policy = compliantPolicy('eu-and-uk-gdpr');
    analyticsCo(policy).transferMechanism = 'explicit-consent';
    const finding = onlyFinding(policy, 'transfer-derogation-routine', 'warning', { slug: 'analytics-co' });
    expect(finding.source).toBe('GDPR Art. 49(1)(a); EDPB Guidelines 2/2018 on derogations of Article 49; UK GDPR Art. 49(1)(a)');
  });

  test("a rule that came into force on a day follows the day it is judged on, not the machine's clock", () => {
    const policy = compliantPolicy('uk-gdpr');
    sectionOf(policy, 'your-rights').body = 'Email privacy@example.test. We answer within one month.';
    expect(findingsOf(policy, 'rights-exercise', '2026-06-19').map((finding) => finding.severity)).toEqual(['warning']);
    expect(findingsOf(policy, 'rights-exercise', '2026-06-18').map((finding) => finding.severity)).toEqual(['info']);
  });
});

describe('purpose-legal-basis: a purpose per claim (Art. 13(1)(c))', () => {
  test('a claim without a purpose is an error naming the basis', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'security-logs').legalBases = [claim('gdpr-art-6-1-f', 'Keeping the site secure')];
    const finding = onlyFinding(policy, 'purpose-legal-basis', 'error', { kind: 'section', slug: 'security-logs', field: 'legalBases' });
    expect(finding.message).toContain('relies on "gdpr-art-6-1-f" without saying for what purpose');
    expect(finding.source).toBe('GDPR Art. 13(1)(c)');
  });

  test('a claim with a purpose passes; a DPV purpose is optional', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'security-logs').legalBases = [claim('gdpr-art-6-1-f', 'Keeping the site secure', 'Detecting attacks')];
    noFindingOf(policy, 'purpose-legal-basis');
  });
});

describe('dpo-contact: any contact route, no name required (Art. 13(1)(b))', () => {
  test('a DPO mentioned with no way to reach them is an error', () => {
    onlyFinding(setController(compliantPolicy(), { dpoName: 'Our data protection officer' }), 'dpo-contact', 'error', {
      field: 'dpoEmail',
    });
  });

  test.each([
    ['an email without a name', { dpoEmail: 'dpo@example.test' }, ''],
    ['a route written with the name', { dpoName: 'DPO, 1 High Street, London, or +44 20 7946 0000' }, ''],
    ['a route given in the text', { dpoName: 'Jane Doe' }, 'You can reach our data protection officer at dpo@example.test.'],
  ])('%s passes', (_name, fields, body) => {
    const policy = setController(compliantPolicy(), fields);
    sectionOf(policy, 'your-rights').body += `\n\n${body}`;
    noFindingOf(policy, 'dpo-contact');
  });
});

describe('representative-named (Art. 27)', () => {
  test('a controller established outside the territory without a representative is a warning', () => {
    const policy = setController(compliantPolicy('eu-gdpr'), { representativeName: null, representativeAddress: null });
    const finding = onlyFinding(policy, 'representative-named', 'warning', { kind: 'controller', field: 'representativeName' });
    expect(finding.message).toContain('established in United Kingdom, outside the European Economic Area (EEA)');
    expect(finding.source).toBe('GDPR Arts. 27 and 13(1)(a)');
  });

  test("a controller inside the regime's territory needs none; so does one that names its representative", () => {
    noFindingOf(
      setController(compliantPolicy('uk-gdpr'), { representativeName: null, representativeAddress: null }),
      'representative-named',
    );
    noFindingOf(compliantPolicy('eu-gdpr'), 'representative-named');
  });

  test('an EU controller under a UK notice needs a UK representative', () => {
    const policy = setController(compliantPolicy('eu-and-uk-gdpr'), {
      establishmentCountry: 'IE',
      representativeName: null,
      representativeAddress: null,
    });
    expect(onlyFinding(policy, 'representative-named', 'warning').source).toBe('UK GDPR Arts. 27 and 13(1)(a)');
  });
});

describe('retention-rule-period: "as long as necessary" is not a criterion (WP260 Annex)', () => {
  test('a rule whose only criterion is "as long as necessary" is an error', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'retention').retentionRules = [
      retentionRule({ slug: 'everything-else', name: 'Everything else', trigger: 'custom', criteria: ['As long as necessary'] }),
    ];
    const finding = onlyFinding(policy, 'retention-rule-period', 'error', { kind: 'retention-rule', field: 'criteria' });
    expect(finding.source).toBe('GDPR Art. 13(2)(a); WP260 rev.01, Annex (Art. 13(2)(a))');
  });

  test('real criteria pass', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'retention').retentionRules[0].criteria = ['As long as necessary', 'The limitation period for claims'];
    noFindingOf(policy, 'retention-rule-period');
  });
});

describe('rights-exercise (Art. 12(2)–(3); DPA 2018 s.164A)', () => {
  test('a rights section without a contact route is a warning', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'your-rights').body = 'We answer within one month.';
    const finding = onlyFinding(policy, 'rights-exercise', 'warning', { kind: 'section', slug: 'your-rights' });
    expect(finding.source).toBe('GDPR Art. 12(2)');
  });

  test('a rights section without the answer time is a warning', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'your-rights').body = 'Email privacy@example.test to use your rights.';
    expect(onlyFinding(policy, 'rights-exercise', 'warning').source).toBe('GDPR Art. 12(3)');
  });

  test('a UK notice that does not say people can complain to the controller is a warning once the duty is in force', () => {
    const policy = compliantPolicy('uk-gdpr');
    sectionOf(policy, 'your-rights').body = 'Email privacy@example.test. We answer within one month.';
    const finding = onlyFinding(policy, 'rights-exercise', 'warning');
    expect(finding.source).toBe('DPA 2018 s.164A (inserted by DUAA 2025 s.103); SI 2026/82 reg. 3');
    expect(finding.message).toContain('since 19 June 2026');
  });

  test('an EU notice need not; a UK notice that says it passes', () => {
    const eu = compliantPolicy('eu-gdpr');
    sectionOf(eu, 'your-rights').body = 'Email privacy@example.test. We answer within one month.';
    noFindingOf(eu, 'rights-exercise');
    noFindingOf(compliantPolicy('uk-gdpr'), 'rights-exercise');
  });
});

describe('objection-separate (Art. 21(4))', () => {
  test('legitimate interests without the right to object presented on its own is a warning', () => {
    const policy = compliantPolicy();
    policy.sections = policy.sections.filter((entry) => entry.slug !== 'objecting');
    onlyFinding(policy, 'objection-separate', 'warning', { kind: 'section', slug: 'your-rights', field: 'rights' });
  });

  test('no legitimate interests, public task or direct marketing: no separate section needed', () => {
    const policy = compliantPolicy();
    policy.sections = policy.sections.filter((entry) => !['objecting', 'security-logs', 'newsletter'].includes(entry.slug));
    noFindingOf(policy, 'objection-separate');
  });
});

const decision = (fields: Record<string, unknown>) => ({
  kind: 'automated-decision',
  logic: 'Scores the application by income',
  significance: 'It decides whether you get credit',
  howToObject: 'Ask us for a human review',
  legalEffect: true,
  ...fields,
});

describe('automated decisions: Art. 22 decisions only; for UK notices Arts. 22A–22D', () => {
  test('profiling without legal or similarly significant effects and no logic is a note, not an error', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').automatedDecision = decision({ kind: 'profiling', logic: null, legalEffect: false }) as any;
    onlyFinding(policy, 'automated-decision-logic', 'info', { field: 'automatedDecision.logic' });
  });

  test('a decision with legal effects and no logic is an error citing the regime in force', () => {
    const policy = compliantPolicy('uk-gdpr');
    sectionOf(policy, 'analytics').automatedDecision = decision({ logic: null }) as any;
    expect(onlyFinding(policy, 'automated-decision-logic', 'error').source).toBe(
      'UK GDPR Art. 13(2)(f); UK GDPR Arts. 22A–22D (inserted by DUAA 2025 s.80); SI 2026/82 reg. 2',
    );
    expect(onlyFinding(policy, 'automated-decision-logic', 'error', {}, '2026-01-01').source).toBe(
      'UK GDPR Art. 13(2)(f); UK GDPR Art. 22',
    );
  });

  test('contesting a decision cites Art. 22(3), or for UK notices Arts. 22A–22D once in force', () => {
    const eu = compliantPolicy();
    sectionOf(eu, 'analytics').automatedDecision = decision({ howToObject: null }) as any;
    const finding = onlyFinding(eu, 'automated-decision-objection', 'warning');
    expect(finding.source).toBe('GDPR Art. 22(3)');
    expect(finding.fix).toContain('not the right to object');
    const uk = compliantPolicy('uk-gdpr');
    sectionOf(uk, 'analytics').automatedDecision = decision({ howToObject: null }) as any;
    expect(onlyFinding(uk, 'automated-decision-objection', 'warning').source).toContain('UK GDPR Arts. 22A–22D');
    expect(onlyFinding(uk, 'automated-decision-objection', 'warning', {}, '2026-02-04').source).toBe('UK GDPR Art. 22(3)');
  });

  test('a decision with its logic and a way to contest it passes', () => {
    const policy = compliantPolicy('uk-gdpr');
    sectionOf(policy, 'analytics').automatedDecision = decision({}) as any;
    noFindingOf(policy, 'automated-decision-logic');
    noFindingOf(policy, 'automated-decision-objection');
  });
});

describe('transfer-safeguard: the destination and the regime decide what is a transfer', () => {
  test('a country with no adequacy and no safeguard is an error', () => {
    const policy = compliantPolicy();
    Object.assign(analyticsCo(policy), { storageCountries: [{ code: 'IN', name: 'India' }], transferMechanism: 'none-needed' });
    expect(onlyFinding(policy, 'transfer-safeguard', 'error', { field: 'transferMechanism' }).message).toContain('India');
  });

  test('an adequate country needs no safeguard: the UK for an EU notice, the EEA for a UK notice', () => {
    const eu = setController(compliantPolicy('eu-gdpr'), { establishmentCountry: 'FR' });
    Object.assign(analyticsCo(eu), { storageCountries: [{ code: 'GB', name: 'United Kingdom' }], transferMechanism: 'none-needed' });
    noFindingOf(eu, 'transfer-safeguard');
    const uk = compliantPolicy('uk-gdpr');
    Object.assign(analyticsCo(uk), { storageCountries: [{ code: 'DE', name: 'Germany' }], transferMechanism: 'none-needed' });
    noFindingOf(uk, 'transfer-safeguard');
  });

  test("the controller's own country is not a transfer; an EU controller's is decided by the EEA", () => {
    const own = setController(compliantPolicy('uk-gdpr'), { establishmentCountry: 'IN' });
    Object.assign(analyticsCo(own), { storageCountries: [{ code: 'IN', name: 'India' }], transferMechanism: 'none-needed' });
    noFindingOf(own, 'transfer-safeguard');
    const eu = setController(compliantPolicy('eu-gdpr'), { establishmentCountry: 'DE' });
    Object.assign(analyticsCo(eu), { storageCountries: [{ code: 'IN', name: 'India' }], transferMechanism: 'none-needed' });
    onlyFinding(eu, 'transfer-safeguard', 'error');
  });
});

describe('transfer-mechanism-fits (Arts. 45–46)', () => {
  const withTransfer = (law: ApplicableLaw, country: { code: string; name: string }[], mechanism: string, additional: string[] = []) => {
    const policy = compliantPolicy(law);
    Object.assign(analyticsCo(policy), {
      storageCountries: country,
      transferMechanism: mechanism,
      additionalTransferMechanisms: additional,
      safeguardCopy: 'Email us for a copy.',
    });
    return policy;
  };
  const INDIA = [{ code: 'IN', name: 'India' }];
  const US = [{ code: 'US', name: 'United States of America' }];

  test('an adequacy decision for a country without one is an error naming the date the list was checked', () => {
    const finding = onlyFinding(withTransfer('eu-gdpr', INDIA, 'adequacy-decision'), 'transfer-mechanism-fits', 'error');
    expect(finding.message).toContain(
      'India has none under the General Data Protection Regulation (GDPR) (list checked on 30 November 2026)',
    );
    expect(finding.source).toBe('GDPR Art. 45');
  });

  test('an adequacy decision for the US, which covers certified organisations only, is a warning pointing to the DPF', () => {
    expect(onlyFinding(withTransfer('eu-gdpr', US, 'adequacy-decision'), 'transfer-mechanism-fits', 'warning').fix).toContain(
      'EU–US Data Privacy Framework',
    );
  });

  test('the Data Privacy Framework is only for US recipients', () => {
    expect(onlyFinding(withTransfer('eu-gdpr', INDIA, 'data-privacy-framework'), 'transfer-mechanism-fits', 'error').message).toContain(
      'covers only certified recipients in US',
    );
    onlyFinding(withTransfer('eu-gdpr', [...US, ...INDIA], 'data-privacy-framework'), 'transfer-mechanism-fits', 'error', {
      field: 'additionalTransferMechanisms',
    });
  });

  test('UK tools are not GDPR tools; the 2021 EU clauses need the UK Addendum for UK exports', () => {
    expect(onlyFinding(withTransfer('eu-gdpr', INDIA, 'uk-idta'), 'transfer-mechanism-fits', 'error').message).toContain(
      'not a transfer tool under the General Data Protection Regulation',
    );
    expect(onlyFinding(withTransfer('uk-gdpr', INDIA, 'eu-scc-2021'), 'transfer-mechanism-fits', 'error').message).toContain(
      'only with the UK Addendum',
    );
    expect(onlyFinding(withTransfer('uk-gdpr', INDIA, 'uk-addendum'), 'transfer-mechanism-fits', 'error').message).toContain(
      'only with the EU standard contractual clauses (2021)',
    );
  });

  test('fitting tools pass: the DPF for the US, the 2021 clauses with the Addendum under both laws, adequacy for Japan', () => {
    noFindingOf(compliantPolicy('eu-and-uk-gdpr'), 'transfer-mechanism-fits');
    noFindingOf(withTransfer('eu-and-uk-gdpr', INDIA, 'eu-scc-2021', ['uk-addendum']), 'transfer-mechanism-fits');
    noFindingOf(withTransfer('eu-and-uk-gdpr', [{ code: 'JP', name: 'Japan' }], 'adequacy-decision'), 'transfer-mechanism-fits');
  });
});

describe('transfer-outdated-mechanism: the pre-2021 clauses', () => {
  const oldClauses = (law: ApplicableLaw) => {
    const policy = compliantPolicy(law);
    Object.assign(analyticsCo(policy), { transferMechanism: 'standard-contractual-clauses', safeguardCopy: 'On request.' });
    return policy;
  };

  test('relied on after they ended is an error', () => {
    const finding = onlyFinding(oldClauses('eu-gdpr'), 'transfer-outdated-mechanism', 'error', { field: 'transferMechanism' });
    expect(finding.message).toContain('since 27 December 2022');
    expect(finding.fix).toContain('standard contractual clauses of the European Commission (2021)');
  });

  test('in the UK transitional period they were a warning, not yet an error', () => {
    expect(onlyFinding(oldClauses('uk-gdpr'), 'transfer-outdated-mechanism', 'warning', {}, '2024-01-01').message).toContain(
      'only until 21 March 2024',
    );
  });

  test('the 2021 clauses pass', () => {
    const policy = compliantPolicy('eu-gdpr');
    Object.assign(analyticsCo(policy), { transferMechanism: 'eu-scc-2021', safeguardCopy: 'On request.' });
    noFindingOf(policy, 'transfer-outdated-mechanism');
  });
});

describe('transfer-derogation-routine: explicit consent (Art. 49(1)(a)) for routine transfers', () => {
  test('a provider receiving data on explicit consent alone is a warning', () => {
    const policy = compliantPolicy();
    analyticsCo(policy).transferMechanism = 'explicit-consent';
    expect(onlyFinding(policy, 'transfer-derogation-routine', 'warning').message).toContain('interpreted restrictively');
  });

  test('explicit consent next to a safeguard passes', () => {
    const policy = compliantPolicy();
    analyticsCo(policy).additionalTransferMechanisms = ['explicit-consent'];
    noFindingOf(policy, 'transfer-derogation-routine');
  });
});

describe('transfer-safeguard-copy (Art. 13(1)(f)): the means to obtain a copy', () => {
  const withClauses = (fields: Record<string, unknown>) => {
    const policy = compliantPolicy();
    Object.assign(analyticsCo(policy), { transferMechanism: 'eu-scc-2021', ...fields });
    return policy;
  };

  test('standard contractual clauses without saying how to get a copy is a warning', () => {
    onlyFinding(withClauses({}), 'transfer-safeguard-copy', 'warning', { kind: 'processor', slug: 'analytics-co', field: 'safeguardCopy' });
  });

  test('a copy route in its field or in the transfer notes passes; the DPF needs none', () => {
    noFindingOf(withClauses({ safeguardCopy: 'Email privacy@example.test for a copy.' }), 'transfer-safeguard-copy');
    noFindingOf(withClauses({ transferNotes: 'A copy of the clauses is available on request.' }), 'transfer-safeguard-copy');
    noFindingOf(compliantPolicy(), 'transfer-safeguard-copy');
  });
});

describe('privacy-shield: reliance is an error; history is not', () => {
  test('the Privacy Shield in the past tense, as history, passes', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'sharing').body =
      'Until July 2020 our provider was certified under the EU-U.S. Privacy Shield, which the Court of Justice invalidated; it now relies on the Data Privacy Framework. The Safe Harbor framework was replaced in 2016.';
    noFindingOf(policy, 'privacy-shield');
  });

  test('the Safe Harbor as a current safeguard is an error citing Schrems I', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'sharing').body = 'Our US provider complies with the US-EU Safe Harbor framework.';
    const finding = onlyFinding(policy, 'privacy-shield', 'error', { kind: 'section', slug: 'sharing', field: 'body' });
    expect(finding.source).toBe('CJEU C-362/14 (Schrems I), 6 October 2015');
  });

  test('a UK notice is told the UK replacements', () => {
    const policy = compliantPolicy('uk-gdpr');
    analyticsCo(policy).transferMechanism = 'privacy-shield';
    const finding = onlyFinding(policy, 'privacy-shield', 'error', { kind: 'processor' });
    for (const text of [
      'UK–US data bridge',
      '12 October 2023',
      'International Data Transfer Agreement',
      'Addendum',
      'binding corporate rules',
    ]) {
      expect(finding.message).toContain(text);
    }
    expect(finding.message).toContain('an adequacy decision under GDPR Art. 45');
  });
});

describe('tracking-consent: analytics and advertising cookies and pixels on legitimate interests', () => {
  /** The fixture's provider made the controller's processor: the UK exemption allows sharing with no one else (PECR Sch. A1 para. 5(1)(c)). */
  const onLegitimateInterests = (law: ApplicableLaw, category: string, optOutUrl: string | null = null) => {
    const policy = compliantPolicy(law);
    Object.assign(analyticsCo(policy), { category, optOutUrl, role: 'processor' });
    sectionOf(policy, 'analytics').legalBases = [claim('gdpr-art-6-1-f', 'Improving the website.', 'Measuring use of the website')];
    return policy;
  };

  test('EU: analytics on legitimate interests is an error (ePrivacy Art. 5(3), Planet49)', () => {
    const finding = onlyFinding(onLegitimateInterests('eu-gdpr', 'analytics'), 'tracking-consent', 'error', {
      kind: 'section',
      slug: 'analytics',
      field: 'legalBases',
    });
    expect(finding.source).toBe(
      'Directive 2002/58/EC (ePrivacy) Art. 5(3), as each member state implements it; CJEU C-673/17 (Planet49), 1 October 2019',
    );
  });

  test('advertising on legitimate interests is an error under both laws, pointing to Meta v Bundeskartellamt', () => {
    const finding = onlyFinding(onLegitimateInterests('eu-and-uk-gdpr', 'advertising'), 'tracking-consent', 'error');
    expect(finding.message).toContain('CJEU C-252/21 (Meta Platforms v Bundeskartellamt), 4 July 2023');
    expect(finding.source).toContain('PECR reg. 6');
  });

  test('UK: analytics by a processor on legitimate interests, with clear information and a way to object, is exempt since 5 February 2026', () => {
    noFindingOf(onLegitimateInterests('uk-gdpr', 'analytics', 'https://analytics.example/opt-out'), 'tracking-consent');
    const before = onlyFinding(
      onLegitimateInterests('uk-gdpr', 'analytics', 'https://analytics.example/opt-out'),
      'tracking-consent',
      'error',
      {},
      '2026-02-04',
    );
    expect(before.source).toContain('PECR reg. 6');
  });

  test('UK: analytics on legitimate interests without a way to object is an error', () => {
    const finding = onlyFinding(onLegitimateInterests('uk-gdpr', 'analytics'), 'tracking-consent', 'error');
    expect(finding.source).toContain('PECR reg. 6 and Sch. A1 para. 5');
    expect(finding.message).toContain('gives no way to object');
  });

  test.each([
    ['a recipient', { role: 'recipient' }, 'is not your processor (its role is recipient)'],
    ['an independent controller', { role: 'independent-controller' }, 'is not your processor (its role is independent controller)'],
    ['a joint controller', { role: 'joint-controller' }, 'is not your processor (its role is joint controller)'],
    [
      'a processor that says it uses the data for its own purposes',
      { purpose: 'Web analytics; the provider also uses the data for its own purposes, such as improving its products.' },
      'uses the information for its own purposes',
    ],
  ])('UK: the exemption does not cover analytics by %s (PECR Sch. A1 para. 5(1)(c)): an error', (_name, fields, says) => {
    const policy = onLegitimateInterests('uk-gdpr', 'analytics', 'https://analytics.example/opt-out');
    Object.assign(analyticsCo(policy), fields);
    const finding = onlyFinding(policy, 'tracking-consent', 'error', { kind: 'section', slug: 'analytics', field: 'legalBases' });
    expect(finding.message).toContain(says);
    expect(finding.message).not.toContain('gives no way to object');
    expect(finding.source).toContain('PECR Sch. A1 para. 5(1)(c)');
    expect(finding.source).toContain('ICO guidance on storage and access technologies');
  });

  test("UK: a recipient that also uses the data for its own purposes (the seed's Google Analytics): both reasons are named", () => {
    const policy = onLegitimateInterests('uk-gdpr', 'analytics', 'https://analytics.example/opt-out');
    Object.assign(analyticsCo(policy), {
      role: 'recipient',
      purpose:
        'Web analytics: measures how visitors use our website; Analytics Co also uses the data for its own purposes, such as improving its service.',
    });
    const finding = onlyFinding(policy, 'tracking-consent', 'error', { slug: 'analytics', field: 'legalBases' });
    expect(finding.message).toContain(
      '"Analytics Co" is not your processor (its role is recipient) and uses the information for its own purposes ("Analytics Co also uses the data for its own purposes, such as improving its service.")',
    );
  });

  test.each([
    ['English, the seed', 'Cookie information is only used if you have agreed to cookies under our cookies policy.'],
    ['English, "with your consent"', 'We set analytics cookies only with your consent.'],
    ['French, "ne … que si"', 'Les cookies de mesure ne sont déposés que si vous y avez consenti.'],
    ['French, "uniquement avec"', 'Nous déposons ces cookies uniquement avec votre consentement.'],
    ['German', 'Analyse-Cookies setzen wir nur, wenn Sie eingewilligt haben.'],
  ])(
    'a section saying the cookies wait for consent, on legitimate interests, is told to rely on consent for the processing too (%s)',
    (_name, body) => {
      const uk = onLegitimateInterests('uk-gdpr', 'analytics');
      sectionOf(uk, 'analytics').body = body;
      const inUk = onlyFinding(uk, 'tracking-consent', 'error', { slug: 'analytics' });
      expect(inUk.message).toContain('says the cookies are used only with consent, yet names legitimate interests as the legal basis');
      expect(inUk.source).toContain('ICO guidance on storage and access technologies, on the lawful basis under the UK GDPR');
      const eu = onLegitimateInterests('eu-gdpr', 'analytics');
      sectionOf(eu, 'analytics').body = body;
      const inEu = onlyFinding(eu, 'tracking-consent', 'error', { slug: 'analytics' });
      expect(inEu.message).toContain('says the cookies are used only with consent');
      expect(inEu.source).not.toContain('ICO');
    },
  );

  test.each([
    ['no word on consent', 'We measure which pages are visited.'],
    ['"only" and "accepted" about something else', 'We only share the statistics with accepted partners.'],
  ])('a section that does not say the cookies wait for consent gets the plain finding (%s)', (_name, body) => {
    const policy = onLegitimateInterests('uk-gdpr', 'analytics');
    sectionOf(policy, 'analytics').body = body;
    const finding = onlyFinding(policy, 'tracking-consent', 'error', { slug: 'analytics' });
    expect(finding.message).not.toContain('used only with consent');
    expect(finding.source).not.toContain('lawful basis under the UK GDPR');
  });

  test('UK: a processor whose purpose says it does not use the data for its own purposes stays exempt', () => {
    const policy = onLegitimateInterests('uk-gdpr', 'analytics', 'https://analytics.example/opt-out');
    analyticsCo(policy).purpose = 'Counts visits for us; it does not use the data for its own purposes.';
    noFindingOf(policy, 'tracking-consent');
  });

  test('a cookies section on legitimate interests with no tracker is a note; consent passes', () => {
    const policy = compliantPolicy();
    policy.sections.push(
      section({
        slug: 'cookies',
        category: 'cookies',
        dataCollected: ['Session cookie'],
        legalBases: [claim('gdpr-art-6-1-f', 'Keeping you logged in.', 'Remembering your session')],
        retentionRules: [retentionRule({ slug: 'session', period: 'P1D' })],
        processors: [processor({ slug: 'web-host', name: 'Web Host', category: 'hosting' })],
      }),
    );
    onlyFinding(policy, 'tracking-consent', 'info', { slug: 'cookies' });
    noFindingOf(compliantPolicy(), 'tracking-consent');
  });
});

describe('special-category data (Arts. 9 and 10)', () => {
  test('special-category-basis: an Art. 9 condition with no Art. 6 basis is an error', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'security-logs').legalBases = [claim('gdpr-art-9-2-a', 'You tick a box.', 'Adapting our service to your health')];
    onlyFinding(policy, 'special-category-basis', 'error', { slug: 'security-logs' });
  });

  test('special-category-basis: an Art. 9 condition with its Art. 6 basis passes', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'security-logs').legalBases.push(claim('gdpr-art-9-2-a', 'You tick a separate box.', 'Adapting our service'));
    noFindingOf(policy, 'special-category-basis');
  });

  test('special-category-basis: the Art. 6 basis may come from the parent section', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'security-logs').children = [
      section({
        slug: 'health-notes',
        dataCollected: ['Health notes'],
        legalBases: [claim('gdpr-art-9-2-a', 'You tick a separate box.', 'Adapting our service')],
        retentionRules: [retentionRule({ slug: 'health', period: 'P1Y' })],
      }),
    ];
    noFindingOf(policy, 'special-category-basis');
  });

  test('explicit-consent-inferred: "you will be considered to have explicitly consented" is an error', () => {
    const policy = compliantPolicy();
    policy.sections.push(
      section({
        slug: 'sensitive',
        title: 'Sensitive Personal Information',
        category: 'sensitive-data',
        body: 'If you send us sensitive personal information, you will be considered to have explicitly consented to us processing it under Article 9(2)(a).',
      }),
    );
    const finding = onlyFinding(policy, 'explicit-consent-inferred', 'error', { kind: 'section', slug: 'sensitive', field: 'body' });
    expect(finding.source).toBe('GDPR Arts. 4(11) and 9(2)(a); EDPB Guidelines 05/2020, section 4');
  });

  test('explicit-consent-inferred: asking for it expressly passes', () => {
    const policy = compliantPolicy();
    policy.sections.push(
      section({
        slug: 'sensitive',
        category: 'sensitive-data',
        body: 'We do not want sensitive information; if you send some we delete it. Where we need it we ask for your explicit consent with a separate box.',
      }),
    );
    noFindingOf(policy, 'explicit-consent-inferred');
  });

  test('criminal-offence-data: convictions named with no authority are an error', () => {
    const policy = compliantPolicy('uk-gdpr');
    sectionOf(policy, 'security-logs').dataCollected.push('Criminal convictions');
    const finding = onlyFinding(policy, 'criminal-offence-data', 'error', { field: 'lawReferences' });
    expect(finding.source).toContain('DPA 2018 s.10(5)');
  });

  test('criminal-offence-data: naming the law that authorises it passes', () => {
    const policy = compliantPolicy('uk-gdpr');
    Object.assign(sectionOf(policy, 'security-logs'), {
      dataCollected: ['IP address', 'Criminal convictions'],
      lawReferences: ['DPA 2018 Sch. 1 para. 10 (preventing or detecting unlawful acts)'],
    });
    noFindingOf(policy, 'criminal-offence-data');
  });
});

describe('joint-controller-arrangement (Art. 26(2); Fashion ID)', () => {
  test('a joint controller without the essence of the arrangement is a warning', () => {
    const policy = compliantPolicy();
    analyticsCo(policy).role = 'joint-controller';
    const finding = onlyFinding(policy, 'joint-controller-arrangement', 'warning', { field: 'jointArrangement' });
    expect(finding.source).toBe('GDPR Art. 26(2); CJEU C-40/17 (Fashion ID), 29 July 2019');
  });

  test('with the arrangement it passes', () => {
    const policy = compliantPolicy();
    Object.assign(analyticsCo(policy), { role: 'joint-controller', jointArrangement: 'We collect and send; they answer rights requests.' });
    noFindingOf(policy, 'joint-controller-arrangement');
  });

  test('a social-media pixel not marked as a joint controller is a note', () => {
    const policy = compliantPolicy();
    Object.assign(analyticsCo(policy), { name: 'Facebook Pixel', category: 'advertising', role: 'processor' });
    onlyFinding(policy, 'joint-controller-arrangement', 'info', { field: 'role' });
  });
});

describe('children-age-threshold: the age of the law that applies', () => {
  const withAge = (law: ApplicableLaw, age: number, establishment: string | null = 'GB') => {
    const policy = setController(compliantPolicy(law), { establishmentCountry: establishment });
    sectionOf(policy, 'children').ageThreshold = age;
    return policy;
  };

  test('EU: between 13 and 15 with no known member state is a warning', () => {
    expect(onlyFinding(withAge('eu-gdpr', 14), 'children-age-threshold', 'warning').message).toContain(
      'the age is 16 unless the member state',
    );
  });

  test("EU: the controller's member state decides when the data knows its age", () => {
    noFindingOf(withAge('eu-gdpr', 14, 'AT'), 'children-age-threshold');
    const finding = onlyFinding(withAge('eu-gdpr', 14, 'DE'), 'children-age-threshold', 'error');
    expect(finding.message).toContain('below 16');
    expect(finding.message).toContain('in Germany');
  });

  test("UK: a children's section that does not mention the Children's Code is pointed to it", () => {
    const policy = compliantPolicy('uk-gdpr');
    sectionOf(policy, 'children').lawReferences = ['UK GDPR Art. 8'];
    const finding = onlyFinding(policy, 'children-age-threshold', 'info', { field: 'lawReferences' });
    expect(finding.source).toBe('DPA 2018 s.123');
    expect(finding.message).toContain("Children's Code");
    noFindingOf(compliantPolicy('eu-gdpr'), 'children-age-threshold');
  });
});

describe('changes-announced (WP260 rev.01 para. 29)', () => {
  test('"check this page regularly" as the only way changes are announced is a warning', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'changes').body = 'We may update this policy. Please check this page regularly for any changes.';
    const finding = onlyFinding(policy, 'changes-announced', 'warning', { kind: 'section', slug: 'changes', field: 'body' });
    expect(finding.source).toBe('GDPR Arts. 5(1)(a) and 12(1); WP260 rev.01, para. 29');
  });

  test('the same clause next to a notification passes', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'changes').body =
      'Please check this page regularly. Where we make major changes we will notify you by email or by posting a notice on our website.';
    noFindingOf(policy, 'changes-announced');
  });
});

describe('insecure-links: the new texts are checked too', () => {
  test('an http link in the way to get a copy of a safeguard is a warning', () => {
    const policy = compliantPolicy();
    analyticsCo(policy).safeguardCopy = 'See http://analytics.example/clauses';
    onlyFinding(policy, 'insecure-links', 'warning', { kind: 'processor', field: 'safeguardCopy' });
  });
});

describe('transfer-safeguard-article: the article cited is the one that provides for the safeguard (Arts. 13(1)(f), 5(1)(a))', () => {
  /** The fixture's US provider under the given tools, its transfer notes saying what the test needs. */
  const citing = (law: ApplicableLaw | undefined, transferNotes: string, mechanisms: string[] = ['eu-scc-2021']) => {
    const policy = compliantPolicy(law);
    Object.assign(analyticsCo(policy), {
      transferMechanism: mechanisms[0],
      additionalTransferMechanisms: mechanisms.slice(1),
      safeguardCopy: 'Email privacy@example.test for a copy.',
      transferNotes,
    });
    return policy;
  };

  test("standard contractual clauses cited as Art. 46(2)(b), the binding corporate rules' paragraph (the seed), are a warning", () => {
    const policy = citing(
      'uk-gdpr',
      'The provider relies on model contract clauses adopted by the Commission under Art. 93(2) GDPR, which it describes as permitted by Art. 46(2)(b) GDPR; it may instead ask for your explicit consent (Art. 49(1)(a) GDPR).',
      ['standard-contractual-clauses', 'explicit-consent'],
    );
    const finding = onlyFinding(policy, 'transfer-safeguard-article', 'warning', {
      kind: 'processor',
      slug: 'analytics-co',
      field: 'transferNotes',
    });
    expect(finding.message).toContain('cites GDPR Art. 46(2)(b) for standard contractual clauses');
    expect(finding.message).toContain(
      'provides for binding corporate rules; the article for standard contractual clauses is GDPR Art. 46(2)(c)',
    );
    expect(finding.source).toBe('UK GDPR Arts. 13(1)(f), 14(1)(f) and 5(1)(a)');
  });

  test.each([
    [
      'UK: the IDTA cited as UK GDPR Art. 46(2)(c)',
      'uk-gdpr',
      'We use the ICO’s International Data Transfer Agreement (UK GDPR Art. 46(2)(c)).',
      ['uk-idta'],
      'UK GDPR Art. 46(2)(d)',
    ],
    [
      'German: Standardvertragsklauseln nach Art. 46 Abs. 2 lit. b DSGVO',
      'eu-gdpr',
      'Wir nutzen die Standardvertragsklauseln der Kommission nach Art. 46 Abs. 2 lit. b DSGVO.',
      ['eu-scc-2021'],
      'GDPR Art. 46(2)(c)',
    ],
    [
      'BCRs cited as an adequacy decision (Art. 45)',
      undefined,
      'The group is bound by binding corporate rules under Art. 45 GDPR.',
      ['binding-corporate-rules'],
      'GDPR Art. 46(2)(b)',
    ],
    [
      'explicit consent cited as Art. 46(2)(c)',
      undefined,
      'You give your explicit consent to the transfer, Art. 46(2)(c) GDPR.',
      ['explicit-consent'],
      'GDPR Art. 49',
    ],
  ])('%s is a warning naming the right article', (_name, law, notes, mechanisms, right) => {
    const finding = onlyFinding(citing(law as ApplicableLaw | undefined, notes, mechanisms), 'transfer-safeguard-article', 'warning', {
      field: 'transferNotes',
    });
    expect(finding.message).toContain(right);
  });

  test('a wrong article in the laws a section refers to is found there', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').lawReferences = ['Standard contractual clauses: GDPR Art. 46(2)(b)'];
    onlyFinding(policy, 'transfer-safeguard-article', 'warning', { kind: 'section', slug: 'analytics', field: 'lawReferences' });
  });

  test.each([
    [
      'the 2021 clauses as Art. 46(2)(c)',
      'We rely on the standard contractual clauses adopted by the Commission (Art. 46(2)(c) GDPR, Decision (EU) 2021/914).',
      ['eu-scc-2021'],
    ],
    ['the old clauses under Art. 46(5)', 'Model clauses of 2010, kept in force by Art. 46(5) GDPR.', ['standard-contractual-clauses']],
    [
      'binding corporate rules as Arts. 46(2)(b) and 47',
      'Our provider has binding corporate rules (Arts. 46(2)(b) and 47 GDPR).',
      ['binding-corporate-rules'],
    ],
    [
      'a code of conduct as Arts. 46(2)(e) and 40',
      'The provider adheres to an approved code of conduct under Art. 40 GDPR, relied on under Art. 46(2)(e) GDPR.',
      ['other'],
    ],
    [
      'certification as Arts. 46(2)(f) and 42',
      'The provider holds a certification under Art. 42 GDPR, a safeguard under Art. 46(2)(f) GDPR.',
      ['other'],
    ],
    [
      'an adequacy decision as Art. 45',
      'The provider is certified under the Data Privacy Framework, an adequacy decision under Art. 45 GDPR.',
      ['data-privacy-framework'],
    ],
    [
      'explicit consent as Art. 49(1)(a)',
      'Occasional transfers rest on your explicit consent (Art. 49(1)(a) GDPR).',
      ['eu-scc-2021', 'explicit-consent'],
    ],
    [
      'the IDTA as UK GDPR Art. 46(2)(d), issued under s.119A',
      'We use the IDTA issued by the ICO under s.119A DPA 2018 (UK GDPR Art. 46(2)(d)).',
      ['uk-idta'],
    ],
    [
      'the IDTA as Art. 46(2)(d) of the "UK General Data Protection Regulation", spelt out',
      'We use the IDTA (Article 46(2)(d) of the UK General Data Protection Regulation).',
      ['uk-idta'],
    ],
    [
      'the EU clauses with the UK Addendum',
      'The standard contractual clauses (Art. 46(2)(c) GDPR) with the UK Addendum (UK GDPR Art. 46(2)(d)).',
      ['eu-scc-2021', 'uk-addendum'],
    ],
    [
      'French: clauses contractuelles types, article 46, paragraphe 2, point c)',
      'Clauses contractuelles types de la Commission (article 46, paragraphe 2, point c) du RGPD).',
      ['eu-scc-2021'],
    ],
    ['an article next to no named tool and no selected one', 'Transfers follow Art. 46(2)(b) GDPR.', ['other']],
  ])('%s passes', (_name, notes, mechanisms) => {
    noFindingOf(citing('eu-and-uk-gdpr', notes, mechanisms), 'transfer-safeguard-article');
  });

  test('the compliant policy cites nothing wrong', () => {
    noFindingOf(compliantPolicy('eu-and-uk-gdpr'), 'transfer-safeguard-article');
  });
});

describe('uk-described-in-eea: the United Kingdom has been outside the EU since 31 January 2020 and the EEA since 31 December 2020', () => {
  const mailHost = (policy: PolicySnapshot) => sectionOf(policy, 'contact-form').processors[0];

  test('UK storage described as "within the European Economic Area" (the seed) is a warning in a UK notice', () => {
    const policy = compliantPolicy('uk-gdpr');
    mailHost(policy).storageDescription = 'Within the European Economic Area, on servers in the United Kingdom';
    const finding = onlyFinding(policy, 'uk-described-in-eea', 'warning', {
      kind: 'processor',
      slug: 'mail-host',
      field: 'storageDescription',
    });
    expect(finding.message).toContain('left the European Union on 31 January 2020');
    expect(finding.message).toContain('since the transition period ended on 31 December 2020');
    expect(finding.source).toBe('UK GDPR Arts. 5(1)(a) and 13(1)(f); Withdrawal Agreement Arts. 126 and 129');
  });

  test('in an EU notice of an EU controller it hides a transfer to a third country: an error', () => {
    const policy = setController(compliantPolicy('eu-gdpr'), { establishmentCountry: 'IE' });
    mailHost(policy).storageDescription = 'Within the EEA';
    const finding = onlyFinding(policy, 'uk-described-in-eea', 'error', { kind: 'processor', slug: 'mail-host' });
    expect(finding.message).toContain('Art. 13(1)(f)');
  });

  test.each([
    [
      'English, the seed',
      'Emails you send us will be stored within the European Economic Area on our email provider’s servers in the United Kingdom.',
    ],
    ['English, the UK among EEA countries', 'We keep your data in the UK or another EEA country.'],
    ['English, the UK as an EU member', 'The United Kingdom is part of the European Union.'],
    ['French', 'Nos courriels sont conservés dans l’Espace économique européen, sur des serveurs situés au Royaume-Uni.'],
    ['German', 'Die E-Mails werden innerhalb des EWR auf Servern im Vereinigten Königreich gespeichert.'],
  ])('a section text placing the UK inside the EEA or EU is found (%s)', (_name, body) => {
    const policy = compliantPolicy('uk-gdpr');
    sectionOf(policy, 'sharing').body = body;
    onlyFinding(policy, 'uk-described-in-eea', 'warning', { kind: 'section', slug: 'sharing', field: 'body' });
  });

  test.each([
    ['"outside the EEA"', 'Google stores the information outside the European Economic Area, on its servers in the United States.'],
    ['the UK and the EEA as two places', 'We store your data in the UK and in the EEA.'],
    ['a list of places', 'Our providers store data in the EEA, in the UK and in the US.'],
    ['a list of places without "in"', 'Our providers store data in the EU, the UK and the US.'],
    ['an EU country', 'Our backups are kept in Ireland, within the EEA.'],
    ['the past tense', 'The UK was part of the EU until 31 January 2020 and of the EEA until 31 December 2020.'],
    ['a denial', 'Since Brexit, the United Kingdom is no longer in the EEA.'],
    ['a web address ending in .uk', 'Our host (https://host.example.co.uk/terms) stores emails within the EEA, in Ireland.'],
    ['sources inside and outside the EU', 'We look up information in public sources, both inside and outside the EU.'],
  ])('%s passes', (_name, body) => {
    const policy = compliantPolicy('uk-gdpr');
    sectionOf(policy, 'sharing').body = body;
    noFindingOf(policy, 'uk-described-in-eea');
  });

  test('"within the EEA" alone is about the UK only when the item stores data nowhere else', () => {
    const policy = compliantPolicy('uk-gdpr');
    mailHost(policy).storageDescription = 'Within the EEA';
    onlyFinding(policy, 'uk-described-in-eea', 'warning', { slug: 'mail-host', field: 'storageDescription' });
    mailHost(policy).storageCountries = [
      { code: 'GB', name: 'United Kingdom' },
      { code: 'IE', name: 'Ireland' },
    ];
    noFindingOf(policy, 'uk-described-in-eea');
  });
});
