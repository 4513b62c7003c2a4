import { checkCompliance, COMPLIANCE_CHECKS } from '../../server/src/compliance';
import type { ComplianceFinding, FindingTarget, Severity } from '../../server/src/compliance/findings';
import type { PolicySnapshot } from '../../server/src/domain/snapshot';
import { compliantPolicy, sectionOf } from '../fixtures/compliant-policy';
import { claim, processor, retentionRule, section } from '../fixtures/snapshots';

const findingsOf = (policy: PolicySnapshot, check: string) => checkCompliance(policy).findings.filter((finding) => finding.check === check);

/** Asserts that the check found exactly one problem, as described, and returns it for further assertions. */
const onlyFinding = (policy: PolicySnapshot, check: string, severity: Severity, target: Partial<FindingTarget>): ComplianceFinding => {
  const findings = findingsOf(policy, check);
  expect(findings).toEqual([expect.objectContaining({ check, severity, target: expect.objectContaining(target) })]);
  return findings[0];
};

const expectMentions = (finding: ComplianceFinding, item: string) => {
  expect(finding.message).toContain(item);
  expect(finding.fix.length).toBeGreaterThan(0);
  expect(finding.fix).not.toContain('\n');
};

const noFindingOf = (policy: PolicySnapshot, check: string) => expect(findingsOf(policy, check)).toEqual([]);

const setController = (policy: PolicySnapshot, fields: Record<string, string | null>) => {
  policy.policy.controller = { ...policy.policy.controller, ...fields };
  return policy;
};

describe('the compliant policy fixture', () => {
  test('has no errors, warnings or notes', () => {
    const report = checkCompliance(compliantPolicy());
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(report.findings).toEqual([]);
  });

  test('every check ran on it', () => {
    expect(checkCompliance(compliantPolicy()).checks.map((check) => check.id)).toEqual(COMPLIANCE_CHECKS.map((check) => check.id));
  });
});

describe('controller-identity', () => {
  test('a controller with no contact route is an error', () => {
    const policy = setController(compliantPolicy(), { email: null, postalAddress: null, phone: null });
    const finding = onlyFinding(policy, 'controller-identity', 'error', {
      kind: 'controller',
      slug: null,
      field: null,
      label: 'Example Ltd',
    });
    expectMentions(finding, 'Example Ltd');
    expect(finding.source).toBe('GDPR Art. 13(1)(a)');
  });

  test('a policy with no controller is an error on the policy', () => {
    const policy = compliantPolicy();
    policy.policy.controller = null;
    expectMentions(
      onlyFinding(policy, 'controller-identity', 'error', { kind: 'policy', slug: 'privacy-policy', field: 'controller' }),
      'Privacy Policy',
    );
  });

  test('a controller without a name is an error on the name', () => {
    const policy = setController(compliantPolicy(), { name: '' });
    onlyFinding(policy, 'controller-identity', 'error', { kind: 'controller', field: 'name' });
  });

  test('a phone number alone is a contact route', () => {
    noFindingOf(setController(compliantPolicy(), { email: null, postalAddress: null, phone: '+44 20 7946 0000' }), 'controller-identity');
  });
});

describe('dpo-contact', () => {
  test('a named DPO without an email address is an error', () => {
    const policy = setController(compliantPolicy(), { dpoName: 'Jane Doe' });
    const finding = onlyFinding(policy, 'dpo-contact', 'error', { kind: 'controller', field: 'dpoEmail' });
    expectMentions(finding, 'Jane Doe');
  });

  test('a named DPO with an email address passes', () => {
    noFindingOf(setController(compliantPolicy(), { dpoName: 'Jane Doe', dpoEmail: 'dpo@example.test' }), 'dpo-contact');
  });
});

describe('purpose-legal-basis', () => {
  test('a section collecting data with no basis anywhere is an error', () => {
    const policy = compliantPolicy();
    policy.sections.push(section({ slug: 'orders', title: 'Orders', category: 'collection', dataCollected: ['Address'] }));
    const finding = onlyFinding(policy, 'purpose-legal-basis', 'error', {
      kind: 'section',
      slug: 'orders',
      field: 'legalBases',
      label: 'Orders',
    });
    expectMentions(finding, '"Orders"');
  });

  test('a subsection whose sibling states the basis is a warning', () => {
    const policy = compliantPolicy();
    policy.sections.push(
      section({
        slug: 'server-logs',
        title: 'Server logs',
        children: [
          section({ slug: 'log-contents', title: 'What the logs contain', dataCollected: ['IP address'] }),
          section({
            slug: 'log-security',
            title: 'Logs for security',
            legalBases: [claim('gdpr-art-6-1-f', 'Keeping the site secure', 'Detecting attacks')],
          }),
        ],
      }),
    );
    expectMentions(
      onlyFinding(policy, 'purpose-legal-basis', 'warning', { kind: 'section', slug: 'log-contents' }),
      'What the logs contain',
    );
  });

  test('a cookies section without a basis is a warning', () => {
    const policy = compliantPolicy();
    policy.sections.push(section({ slug: 'cookies', title: 'Cookies', category: 'cookies', dataCollected: ['Cookie identifiers'] }));
    onlyFinding(policy, 'purpose-legal-basis', 'warning', { kind: 'section', slug: 'cookies' });
  });

  test('a claim with no basis selected is an error', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').legalBases = [{ ...claim('x'), code: null, name: null }];
    expectMentions(
      onlyFinding(policy, 'purpose-legal-basis', 'error', { kind: 'section', slug: 'analytics', field: 'legalBases' }),
      'Website analytics',
    );
  });

  test('a policy stating no basis at all is one error on the policy', () => {
    const policy = compliantPolicy();
    policy.sections.forEach((entry) => (entry.legalBases = []));
    expectMentions(onlyFinding(policy, 'purpose-legal-basis', 'error', { kind: 'policy', slug: 'privacy-policy' }), 'Privacy Policy');
  });

  test('a subsection inherits the basis of its parent', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').children = [
      section({ slug: 'heatmaps', title: 'Heatmaps', category: 'use', dataCollected: ['Clicks'] }),
    ];
    noFindingOf(policy, 'purpose-legal-basis');
  });
});

describe('legitimate-interests-stated', () => {
  test('legitimate interests without a justification is an error, not also a justification warning', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').legalBases = [claim('gdpr-art-6-1-f', '')];
    const finding = onlyFinding(policy, 'legitimate-interests-stated', 'error', {
      kind: 'section',
      slug: 'analytics',
      field: 'legalBases',
    });
    expectMentions(finding, 'Website analytics');
    noFindingOf(policy, 'legal-basis-justification');
  });

  test('legitimate interests with a justification passes', () => {
    noFindingOf(compliantPolicy(), 'legitimate-interests-stated');
  });
});

describe('recipients-stated', () => {
  const withoutRecipients = () => {
    const policy = compliantPolicy();
    policy.sections = policy.sections.filter((entry) => entry.category !== 'sharing');
    policy.sections.forEach((entry) => (entry.processors = []));
    return policy;
  };

  test('no processors and no sharing section is an error', () => {
    expectMentions(
      onlyFinding(withoutRecipients(), 'recipients-stated', 'error', { kind: 'policy', slug: 'privacy-policy' }),
      'Privacy Policy',
    );
  });

  // Changed by issue 14: a sharing section no longer answers for every activity; each says who receives its data.
  test('a sharing section alone avoids the error, but each activity without recipients is a warning', () => {
    const policy = withoutRecipients();
    policy.sections.push(section({ slug: 'sharing', category: 'sharing', body: 'Our accountants.' }));
    const findings = findingsOf(policy, 'recipients-stated');
    expect(findings.map((finding) => [finding.severity, finding.target.slug])).toEqual([
      ['warning', 'contact-form'],
      ['warning', 'newsletter'],
      ['warning', 'analytics'],
      ['warning', 'security-logs'],
    ]);
    expect(findings[0].message).toContain('a general sharing section does not say which recipients get this data');
  });

  test('an activity that says nobody outside receives its data passes', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'security-logs').processors = [];
    sectionOf(policy, 'security-logs').body = 'We do not share these logs with anyone.';
    noFindingOf(policy, 'recipients-stated');
  });
});

describe('retention-stated', () => {
  const withoutPolicyWideCriteria = () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'retention').retentionRules = [];
    sectionOf(policy, 'analytics').retentionRules = [];
    return policy;
  };

  test('a policy without any retention rule is an error on the policy', () => {
    const policy = compliantPolicy();
    policy.sections.forEach((entry) => (entry.retentionRules = []));
    expectMentions(onlyFinding(policy, 'retention-stated', 'error', { kind: 'policy', field: 'retentionRules' }), 'Privacy Policy');
  });

  test('an uncovered activity is a warning when the policy has a retention section', () => {
    const finding = onlyFinding(withoutPolicyWideCriteria(), 'retention-stated', 'warning', {
      kind: 'section',
      slug: 'analytics',
      field: 'retentionRules',
    });
    expectMentions(finding, 'Website analytics');
  });

  test('an uncovered activity is an error when there is no retention section', () => {
    const policy = withoutPolicyWideCriteria();
    policy.sections = policy.sections.filter((entry) => entry.category !== 'retention');
    onlyFinding(policy, 'retention-stated', 'error', { kind: 'section', slug: 'analytics' });
  });

  // Changed by issue 14: general criteria in the retention section no longer cover an activity without its own rule.
  test('policy-wide criteria in the retention section do not cover an activity without a rule', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').retentionRules = [];
    onlyFinding(policy, 'retention-stated', 'warning', { kind: 'section', slug: 'analytics', field: 'retentionRules' });
  });

  test('a rule on the parent section covers its subsections', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').children = [section({ slug: 'heatmaps', category: 'use', dataCollected: ['Clicks'] })];
    noFindingOf(policy, 'retention-stated');
  });
});

describe('rights-stated', () => {
  test('a missing right is an error naming it', () => {
    const policy = compliantPolicy();
    const rights = sectionOf(policy, 'your-rights');
    rights.rights = rights.rights.filter((right) => right !== 'objection');
    const finding = onlyFinding(policy, 'rights-stated', 'error', { kind: 'section', slug: 'your-rights', field: 'rights' });
    expectMentions(finding, 'objection');
    expect(finding.fix).toContain('objection');
    expect(finding.source).toBe('GDPR Art. 13(2)(b)');
  });

  test('withdrawing consent is required when consent is claimed', () => {
    const policy = compliantPolicy();
    const rights = sectionOf(policy, 'your-rights');
    rights.rights = rights.rights.filter((right) => right !== 'withdraw-consent');
    expect(onlyFinding(policy, 'rights-stated', 'error', { slug: 'your-rights' }).source).toBe('GDPR Art. 13(2)(c)');
  });

  test('without a rights section every right is reported on the policy', () => {
    const policy = compliantPolicy();
    policy.sections = policy.sections.filter((entry) => entry.category !== 'rights');
    expect(findingsOf(policy, 'rights-stated').map((finding) => finding.target.kind)).toEqual(Array(8).fill('policy'));
  });

  test('withdrawing consent is not required when nothing relies on consent', () => {
    const policy = compliantPolicy();
    policy.sections = policy.sections.filter((entry) => entry.slug !== 'newsletter' && entry.slug !== 'analytics');
    const rights = sectionOf(policy, 'your-rights');
    rights.rights = rights.rights.filter((right) => right !== 'withdraw-consent');
    noFindingOf(policy, 'rights-stated');
  });
});

describe('provision-requirement', () => {
  test('a policy that never states it is an error', () => {
    const policy = compliantPolicy();
    policy.sections.forEach((entry) => (entry.provisionRequirement = null));
    expectMentions(onlyFinding(policy, 'provision-requirement', 'error', { kind: 'policy' }), 'Privacy Policy');
  });

  test('a collection section without it is a note', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'contact-form').provisionRequirement = null;
    const finding = onlyFinding(policy, 'provision-requirement', 'info', {
      kind: 'section',
      slug: 'contact-form',
      field: 'provisionRequirement',
    });
    expectMentions(finding, 'Contact form');
  });

  test('it is inherited from the parent, and not needed for data obtained from others', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'contact-form').children = [section({ slug: 'attachments', category: 'collection', dataCollected: ['Files'] })];
    policy.sections.push(
      section({
        slug: 'referrals',
        category: 'collection',
        dataCollected: ['Name'],
        dataSources: ['Partners'],
        legalBases: [claim('gdpr-art-6-1-f')],
      }),
    );
    noFindingOf(policy, 'provision-requirement');
  });
});

const automatedDecision = (fields: Partial<NonNullable<PolicySnapshot['sections'][number]['automatedDecision']>>) => ({
  kind: 'automated-decision',
  logic: 'Scores the application by income',
  significance: 'It decides whether you get credit',
  howToObject: 'Ask us for a human review',
  legalEffect: true,
  ...fields,
});

describe('automated-decision-logic', () => {
  test('an automated decision without its logic is an error', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').automatedDecision = automatedDecision({ logic: null });
    const finding = onlyFinding(policy, 'automated-decision-logic', 'error', {
      kind: 'section',
      slug: 'analytics',
      field: 'automatedDecision.logic',
    });
    expectMentions(finding, 'Website analytics');
  });

  test('an automated decision with its logic passes', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').automatedDecision = automatedDecision({});
    noFindingOf(policy, 'automated-decision-logic');
  });
});

describe('automated-decision-objection', () => {
  test('a decision with legal effect and no way to contest it is a warning', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').automatedDecision = automatedDecision({ howToObject: null });
    const finding = onlyFinding(policy, 'automated-decision-objection', 'warning', {
      kind: 'section',
      slug: 'analytics',
      field: 'automatedDecision.howToObject',
    });
    expectMentions(finding, 'Website analytics');
  });

  test('profiling without legal effect need not say how to contest it', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').automatedDecision = automatedDecision({ kind: 'profiling', howToObject: null, legalEffect: false });
    noFindingOf(policy, 'automated-decision-objection');
  });
});

describe('data-sources-stated', () => {
  test('a collection section about data from third parties without sources is an error', () => {
    const policy = compliantPolicy();
    policy.sections.push(
      section({
        slug: 'referrals',
        title: 'Information from third parties',
        category: 'collection',
        dataCollected: ['Name'],
        legalBases: [claim('gdpr-art-6-1-f')],
      }),
    );
    const finding = onlyFinding(policy, 'data-sources-stated', 'error', { kind: 'section', slug: 'referrals', field: 'dataSources' });
    expectMentions(finding, 'Information from third parties');
  });

  test('a section listing a source without naming sources is an error', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').processors.push(processor({ slug: 'data-broker', role: 'source' }));
    onlyFinding(policy, 'data-sources-stated', 'error', { kind: 'section', slug: 'analytics' });
  });

  test('sources stated by the parent section pass', () => {
    const policy = compliantPolicy();
    policy.sections.push(
      section({
        slug: 'from-others',
        category: 'collection',
        dataSources: ['Business partners'],
        children: [
          section({
            slug: 'referrals',
            title: 'Referrals from third parties',
            category: 'collection',
            dataCollected: ['Name'],
            legalBases: [claim('gdpr-art-6-1-f')],
          }),
        ],
      }),
    );
    noFindingOf(policy, 'data-sources-stated');
  });
});

describe('transfer-safeguard', () => {
  const analyticsProcessor = (policy: PolicySnapshot) => sectionOf(policy, 'analytics').processors[0];

  test('a transfer outside the UK/EEA with no safeguard is an error', () => {
    const policy = compliantPolicy();
    analyticsProcessor(policy).transferMechanism = 'none-needed';
    const finding = onlyFinding(policy, 'transfer-safeguard', 'error', {
      kind: 'processor',
      slug: 'analytics-co',
      field: 'transferMechanism',
      label: 'Analytics Co',
    });
    expectMentions(finding, 'Analytics Co');
    expect(finding.message).toContain('United States of America');
  });

  test('an undescribed "other" safeguard is a warning', () => {
    const policy = compliantPolicy();
    analyticsProcessor(policy).transferMechanism = 'other';
    expectMentions(
      onlyFinding(policy, 'transfer-safeguard', 'warning', { kind: 'processor', slug: 'analytics-co', field: 'transferNotes' }),
      'Analytics Co',
    );
  });

  test('a described "other" safeguard passes', () => {
    const policy = compliantPolicy();
    Object.assign(analyticsProcessor(policy), { transferMechanism: 'other', transferNotes: 'Bespoke contract clauses' });
    noFindingOf(policy, 'transfer-safeguard');
  });
});

describe('privacy-shield', () => {
  // Changed by issue 14: the replacements are those of the policy's law (here the EU GDPR, the default); the UK ones
  // (the UK Extension, the IDTA, the UK Addendum) are tested with a UK notice in compliance-law.test.ts.
  const expectReplacementsNamed = (finding: ComplianceFinding) => {
    expect(finding.source).toBe('CJEU C-311/18 (Schrems II), 16 July 2020');
    for (const text of [
      'invalid since 16 July 2020',
      'an adequacy decision under GDPR Art. 45',
      'EU–US Data Privacy Framework for certified US recipients (since 10 July 2023)',
      'standard contractual clauses',
      'binding corporate rules',
    ]) {
      expect(finding.message).toContain(text);
    }
    expect(finding.message).not.toContain('International Data Transfer Agreement');
  };

  test('a processor relying on the Privacy Shield is an error, not also a missing safeguard', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').processors[0].transferMechanism = 'privacy-shield';
    const finding = onlyFinding(policy, 'privacy-shield', 'error', {
      kind: 'processor',
      slug: 'analytics-co',
      field: 'transferMechanism',
      label: 'Analytics Co',
    });
    expectMentions(finding, 'Processor "Analytics Co"');
    expectReplacementsNamed(finding);
    noFindingOf(policy, 'transfer-safeguard');
  });

  test('the Privacy Shield as an additional mechanism is an error', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').processors[0].additionalTransferMechanisms = ['privacy-shield'];
    onlyFinding(policy, 'privacy-shield', 'error', { kind: 'processor', slug: 'analytics-co', field: 'additionalTransferMechanisms' });
  });

  test('a section body mentioning the Privacy Shield is an error on its body', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'sharing').body = 'Our providers are certified under the EU-U.S. privacy shield.';
    const finding = onlyFinding(policy, 'privacy-shield', 'error', { kind: 'section', slug: 'sharing', field: 'body' });
    expectMentions(finding, 'Who we share your information with');
    expectReplacementsNamed(finding);
  });

  test('an introduction mentioning the Privacy Shield is an error on the policy', () => {
    const policy = compliantPolicy();
    policy.policy.introduction = 'Transfers rely on the Privacy Shield.';
    onlyFinding(policy, 'privacy-shield', 'error', { kind: 'policy', field: 'introduction' });
  });

  test('the Data Privacy Framework passes', () => {
    noFindingOf(compliantPolicy(), 'privacy-shield');
  });
});

describe('consent-for-contract', () => {
  test('consent for data people must provide is an error', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'newsletter').provisionRequirement = 'You must give your email address to place an order.';
    const finding = onlyFinding(policy, 'consent-for-contract', 'error', { kind: 'section', slug: 'newsletter', field: 'legalBases' });
    expectMentions(finding, 'Newsletter');
    expect(finding.source).toBe('GDPR Art. 7(4); EDPB Guidelines 05/2020');
  });

  test('consent next to contract for the same reason is an error', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'contact-form').legalBases = [claim('gdpr-art-6-1-b', 'To answer you'), claim('gdpr-art-6-1-a', 'To answer you')];
    expectMentions(onlyFinding(policy, 'consent-for-contract', 'error', { kind: 'section', slug: 'contact-form' }), 'Contact form');
  });

  test('consent for a purpose the contract does not cover, or for optional data, passes', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').legalBases = [
      claim('gdpr-art-6-1-b', 'To provide the service you asked for'),
      claim('gdpr-art-6-1-a', 'For a reason unrelated to a contract'),
    ];
    noFindingOf(policy, 'consent-for-contract');
  });

  test('a provision requirement that says the data is optional, in English or French, passes', () => {
    for (const requirement of ['Subscribing is optional.', "L'inscription est facultative."]) {
      const policy = compliantPolicy();
      sectionOf(policy, 'newsletter').provisionRequirement = requirement;
      noFindingOf(policy, 'consent-for-contract');
    }
  });
});

describe('retention-rule-period', () => {
  test('a rule with neither period nor criteria is an error on the rule', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').retentionRules = [retentionRule({ slug: 'analytics-data', name: 'Analytics data' })];
    const finding = onlyFinding(policy, 'retention-rule-period', 'error', {
      kind: 'retention-rule',
      slug: 'analytics-data',
      label: 'Analytics data',
    });
    expectMentions(finding, 'Analytics data');
  });

  test('rules with a period or criteria pass', () => {
    noFindingOf(compliantPolicy(), 'retention-rule-period');
  });
});

describe('legal-basis-justification', () => {
  test('a claim without a justification is a warning', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'contact-form').legalBases = [{ ...claim('gdpr-art-6-1-b', ''), justification: null, name: 'Contract' }];
    const finding = onlyFinding(policy, 'legal-basis-justification', 'warning', {
      kind: 'section',
      slug: 'contact-form',
      field: 'legalBases',
    });
    expectMentions(finding, 'Contact form');
    expect(finding.message).toContain('Contract');
  });

  test('justified claims pass', () => {
    noFindingOf(compliantPolicy(), 'legal-basis-justification');
  });
});

// Changed by issue 14: a threshold above the age of consent is lawful and protective; only one below it is an error,
// judged against the law that applies, not the law cited. Citing COPPA is a note. compliance-law.test.ts has the rest.
describe('children-age-threshold', () => {
  const withChildren = (ageThreshold: number, lawReferences: string[], law?: 'eu-gdpr' | 'uk-gdpr' | 'eu-and-uk-gdpr') => {
    const policy = compliantPolicy(law);
    Object.assign(sectionOf(policy, 'children'), { ageThreshold, lawReferences });
    return policy;
  };

  test('18 while citing COPPA is a note that COPPA is US law, not a mismatch', () => {
    const finding = onlyFinding(
      withChildren(18, ["Children's Online Privacy Protection Act of 1998 (COPPA)"]),
      'children-age-threshold',
      'info',
      {
        kind: 'section',
        slug: 'children',
        field: 'lawReferences',
        label: 'Children',
      },
    );
    expect(finding.message).toContain('cites COPPA, a US law; it is not the rule here');
    expect(finding.source).toBe('COPPA, 15 U.S.C. § 6501(1)');
  });

  test('12 is below the lowest age any member state may set: an error', () => {
    const finding = onlyFinding(withChildren(12, ['GDPR Art. 8']), 'children-age-threshold', 'error', {
      slug: 'children',
      field: 'ageThreshold',
    });
    expect(finding.message).toContain('states 12, below 13');
  });

  test('12 in a UK notice is below the UK age of 13 (DPA 2018 s.9): an error', () => {
    const finding = onlyFinding(withChildren(12, ['UK GDPR Art. 8', "Children's Code"], 'uk-gdpr'), 'children-age-threshold', 'error', {
      slug: 'children',
    });
    expect(finding.source).toBe('UK GDPR Art. 8(1); DPA 2018 s.9');
    expect(finding.message).toContain('below 13');
  });

  test.each([
    [17, ['GDPR Art. 8'], undefined],
    [16, ['GDPR Art. 8'], undefined],
    [18, ['A law we do not know'], undefined],
    [14, ['UK GDPR Art. 8', "Children's Code"], 'uk-gdpr'],
    [13, ['UK GDPR Art. 8', "Children's Code"], 'uk-gdpr'],
  ] as const)('%p citing %p under %p passes', (age, laws, law) => {
    noFindingOf(withChildren(age, [...laws], law), 'children-age-threshold');
  });
});

describe('insecure-links', () => {
  test('each http link is a warning, once per place', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'sharing').body = 'See http://example.org/a. And again (http://example.org/a), or [here](https://example.org/b).';
    const finding = onlyFinding(policy, 'insecure-links', 'warning', { kind: 'section', slug: 'sharing', field: 'body' });
    expectMentions(finding, 'http://example.org/a');
    expect(finding.fix).toContain('https://example.org/a');
  });

  test('processor and controller links are checked too', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'analytics').processors[0].optOutUrl = 'http://analytics.example/opt-out';
    setController(policy, { supervisoryAuthorityUrl: 'http://ico.org.uk/' });
    expect(findingsOf(policy, 'insecure-links').map((finding) => [finding.target.kind, finding.target.field])).toEqual([
      ['controller', 'supervisoryAuthorityUrl'],
      ['processor', 'optOutUrl'],
    ]);
  });

  test('https links pass', () => {
    noFindingOf(compliantPolicy(), 'insecure-links');
  });
});

describe('checkCompliance', () => {
  test('sorts errors before warnings before notes, then in document order', () => {
    const policy = compliantPolicy();
    sectionOf(policy, 'contact-form').provisionRequirement = null;
    sectionOf(policy, 'sharing').body = 'See http://example.org.';
    sectionOf(policy, 'children').ageThreshold = 12;
    setController(policy, { dpoName: 'Jane Doe' });
    const report = checkCompliance(policy);
    expect(report.findings.map((finding) => [finding.severity, finding.check])).toEqual([
      ['error', 'dpo-contact'],
      ['error', 'children-age-threshold'],
      ['warning', 'insecure-links'],
      ['info', 'provision-requirement'],
    ]);
    expect(report.counts).toEqual({ error: 2, warning: 1, info: 1 });
  });

  test('a cookies policy is checked for mistakes only', () => {
    const policy = compliantPolicy();
    policy.policy.kind = 'cookies';
    policy.sections = [section({ slug: 'intro', body: 'We use cookies, see http://example.org.' })];
    const report = checkCompliance(policy);
    expect(report.checks.map((check) => check.id)).not.toContain('rights-stated');
    expect(report.checks.map((check) => check.id)).toContain('privacy-shield');
    expect(report.findings.map((finding) => finding.check)).toEqual(['insecure-links']);
  });

  test('every check has a kebab-case id, a source and a title', () => {
    for (const check of COMPLIANCE_CHECKS) {
      expect(check.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(check.source).not.toBe('');
      expect(check.title).not.toBe('');
    }
    expect(new Set(COMPLIANCE_CHECKS.map((check) => check.id)).size).toBe(COMPLIANCE_CHECKS.length);
  });
});
