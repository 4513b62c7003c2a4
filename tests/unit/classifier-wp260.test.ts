/**
 * Issue 14: the change classifier per WP260 rev.01 paras 29–30. Every reason, with a change that triggers it and
 * one that does not; "review" for prose it cannot read; the publishing rule refuses a minor publish only for "major".
 */
import { classify, type ClassifierRule } from '../../server/src/versioning/classifier';
import { diffSnapshots } from '../../server/src/versioning/diff';
import { publishingRuleViolations } from '../../server/src/versioning/publishing-rules';
import { fieldLabel } from '../../server/src/rendering/vocabulary';
import type { PolicySnapshot } from '../../server/src/domain/snapshot';
import { claim, processor, retentionRule, section, snapshot } from '../fixtures/snapshots';

const host = () => processor({ slug: 'host', name: 'Host Ltd', category: 'hosting' });

/** A small UK notice: a contact activity with a host in the UK, rights, and the controller's details. */
const base = (law = 'uk-gdpr'): PolicySnapshot => {
  const policy = snapshot([
    section({
      slug: 'contact',
      title: 'Contact',
      body: 'We answer your messages.',
      dataCollected: ['email address'],
      dataSources: [],
      legalBases: [claim('gdpr-art-6-1-f', 'Answering you', 'Answering your messages', 'CustomerCare')],
      processors: [host()],
      retentionRules: [retentionRule({ slug: 'messages', name: 'Messages', period: 'P1Y' })],
    }),
    section({ slug: 'rights', title: 'Your rights', category: 'rights', rights: ['access', 'erasure', 'objection', 'complaint'] }),
  ]);
  policy.policy.applicableLaw = law;
  policy.policy.controller = {
    name: 'Example Ltd',
    establishmentCountry: 'GB',
    email: 'privacy@example.test',
    website: 'https://example.test',
  };
  return policy;
};

const contact = (policy: PolicySnapshot) => policy.sections[0];
const classifyChange = (change: (policy: PolicySnapshot) => void, law?: string) => {
  const to = base(law);
  change(to);
  return classify(diffSnapshots(base(law), to));
};
const rulesOf = (change: (policy: PolicySnapshot) => void, law?: string): ClassifierRule[] =>
  classifyChange(change, law).reasons.map((reason) => reason.rule);

describe('always major', () => {
  test.each<[ClassifierRule, string, (policy: PolicySnapshot) => void, (policy: PolicySnapshot) => void]>([
    [
      'controller-changed',
      'a new contact address / the website only (review)',
      (policy) => (policy.policy.controller!.email = 'dpo@example.test'),
      (policy) => (policy.policy.controller!.website = 'https://www.example.test'),
    ],
    [
      'purpose-changed',
      'a changed purpose / a reworded justification (review)',
      (policy) => (contact(policy).legalBases[0] = claim('gdpr-art-6-1-f', 'Answering you', 'Selling to you', 'DirectMarketing')),
      (policy) =>
        (contact(policy).legalBases[0] = claim('gdpr-art-6-1-f', 'Answering you quickly', 'Answering your messages', 'CustomerCare')),
    ],
    [
      'new-recipient',
      'a new kind of recipient / another host, besides the first (review)',
      (policy) => contact(policy).processors.push(processor({ slug: 'crm', name: 'CRM Inc', category: 'it-services' })),
      (policy) => contact(policy).processors.push(processor({ slug: 'backup-host', name: 'Backup Host', category: 'hosting' })),
    ],
    [
      'new-transfer-outside-uk-eea',
      'a new third country / a host in the UK',
      (policy) => (contact(policy).processors[0].storageCountries = [{ code: 'US', name: 'United States' }]),
      (policy) => (contact(policy).processors[0].storageCountries = [{ code: 'GB', name: 'United Kingdom' }]),
    ],
    [
      'longer-retention',
      'a longer period / a shorter one',
      (policy) => (contact(policy).retentionRules[0].period = 'P2Y'),
      (policy) => (contact(policy).retentionRules[0].period = 'P6M'),
    ],
    [
      'new-automated-decision',
      'a new automated decision / its logic reworded (review)',
      (policy) =>
        (contact(policy).automatedDecision = {
          kind: 'profiling',
          logic: 'Scores',
          significance: null,
          howToObject: null,
          legalEffect: false,
        }),
      () => undefined,
    ],
    [
      'new-data-source',
      'a new source / a source dropped',
      (policy) => (contact(policy).dataSources = ['Business directories']),
      () => undefined,
    ],
  ])('%s: %s', (rule, _name, triggers, doesNot) => {
    const major = classifyChange(triggers);
    expect(major.suggestion).toBe('major');
    expect(major.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ rule, effect: 'major' })]));
    expect(rulesOf(doesNot)).not.toContain(rule);
  });

  test('weaker-safeguard: a stronger safeguard is not major', () => {
    const weak = base();
    Object.assign(contact(weak).processors[0], {
      storageCountries: [{ code: 'IN', name: 'India' }],
      transferMechanism: 'explicit-consent',
    });
    const strong = base();
    Object.assign(contact(strong).processors[0], { storageCountries: [{ code: 'IN', name: 'India' }], transferMechanism: 'uk-idta' });
    expect(classify(diffSnapshots(strong, weak)).reasons.map((reason) => reason.rule)).toEqual(['weaker-safeguard']);
    expect(classify(diffSnapshots(weak, strong)).reasons.map((reason) => reason.rule)).toEqual([]);
  });

  test('new-automated-decision: a decision gaining legal effects is major; its logic reworded is for review', () => {
    const profiling = { kind: 'profiling', logic: 'Scores', significance: null, howToObject: null, legalEffect: false };
    const from = base();
    contact(from).automatedDecision = profiling;
    const significant = base();
    contact(significant).automatedDecision = { ...profiling, kind: 'automated-decision', legalEffect: true };
    expect(classify(diffSnapshots(from, significant)).reasons.map((reason) => reason.rule)).toEqual(['new-automated-decision']);
    const reworded = base();
    contact(reworded).automatedDecision = { ...profiling, logic: 'Scores by pages visited' };
    expect(classify(diffSnapshots(from, reworded))).toMatchObject({ suggestion: 'review', reasons: [{ rule: 'text-changed' }] });
  });

  test('new-data-source: a processor in the role of a source is a new source, not a new recipient', () => {
    expect(
      rulesOf((policy) => contact(policy).processors.push(processor({ slug: 'broker', role: 'source', category: 'business-partner' }))),
    ).toEqual(['new-data-source']);
    const withSources = base();
    contact(withSources).dataSources = ['Directories', 'Partners'];
    const fewer = base();
    contact(fewer).dataSources = ['Directories'];
    expect(classify(diffSnapshots(withSources, fewer)).suggestion).toBe('minor');
  });

  test('new-transfer-outside-uk-eea follows the law: the UK is a third country for an EU notice, not for a UK one', () => {
    const withoutEstablishment = (law: string) => {
      const policy = base(law);
      policy.policy.controller!.establishmentCountry = null;
      return policy;
    };
    const addUkRecipient = (law: string) => {
      const to = withoutEstablishment(law);
      contact(to).processors.push(processor({ slug: 'crm', name: 'CRM Ltd', category: 'it-services' }));
      return classify(diffSnapshots(withoutEstablishment(law), to));
    };
    expect(addUkRecipient('eu-gdpr').reasons.map((reason) => reason.message)).toEqual([
      'new recipient "CRM Ltd" (it-services)',
      '"CRM Ltd" stores data outside the European Economic Area (EEA) (GB)',
    ]);
    expect(addUkRecipient('uk-gdpr').reasons.map((reason) => reason.rule)).toEqual(['new-recipient']);
    // A UK controller's own country is not a transfer, even for an EU notice.
    expect(rulesOf((policy) => contact(policy).processors.push(processor({ slug: 'crm', category: 'it-services' })), 'eu-gdpr')).toEqual([
      'new-recipient',
    ]);
  });
});

describe('minor, with a stated reason', () => {
  test('provider-swapped: a provider replaced by one of the same kind, in the same country, under the same safeguard', () => {
    const classification = classifyChange(
      (policy) => (contact(policy).processors = [processor({ slug: 'new-host', name: 'New Host', category: 'hosting' })]),
    );
    expect(classification).toEqual({
      suggestion: 'minor',
      reasons: [
        {
          rule: 'provider-swapped',
          effect: 'minor',
          message: '"New Host" replaces "Host Ltd": the same kind of recipient (hosting), in the same countries, under the same safeguard',
          path: 'processors.new-host',
        },
      ],
    });
  });

  test('provider-swapped: a provider renamed in place is a swap too', () => {
    expect(classifyChange((policy) => (contact(policy).processors[0].name = 'Host Group Ltd'))).toMatchObject({
      suggestion: 'minor',
      reasons: [{ rule: 'provider-swapped', path: 'processors.host.name' }],
    });
  });

  test('provider-swapped: not in another country, or under another safeguard', () => {
    const elsewhere = classifyChange(
      (policy) =>
        (contact(policy).processors = [
          processor({ slug: 'new-host', name: 'New Host', category: 'hosting', storageCountries: [{ code: 'US', name: 'United States' }] }),
        ]),
    );
    expect(elsewhere.suggestion).toBe('major');
    expect(elsewhere.reasons.map((reason) => reason.rule)).toEqual(['new-transfer-outside-uk-eea', 'recipient-added']);
  });

  test('label-changed: a changed title or slug is minor with its reason; a changed text is not a label', () => {
    expect(
      classifyChange((policy) => {
        policy.policy.title = 'Privacy Notice';
        contact(policy).title = 'Contacting us';
      }),
    ).toMatchObject({
      suggestion: 'minor',
      reasons: [
        { rule: 'label-changed', path: 'sections.contact.title' },
        { rule: 'label-changed', path: 'policy.title' },
      ],
    });
    expect(rulesOf((policy) => (contact(policy).body = 'We answer your emails.'))).not.toContain('label-changed');
  });
});

describe('review: prose the classifier cannot read', () => {
  test('text-changed: a reworded body, introduction or justification asks for a read, and says so', () => {
    const classification = classifyChange((policy) => {
      contact(policy).body = 'We answer your messages within a day.';
      policy.policy.introduction = 'New introduction.';
    });
    expect(classification.suggestion).toBe('review');
    expect(classification.reasons.map((reason) => [reason.rule, reason.effect])).toEqual([
      ['text-changed', 'review'],
      ['text-changed', 'review'],
    ]);
    expect(classification.reasons[0].message).toContain('cannot read prose');
    expect(classify(diffSnapshots(base(), base()))).toEqual({ suggestion: 'minor', reasons: [] });
  });

  test('applicable-law-changed: a new law is for review; the same law is nothing', () => {
    expect(classifyChange((policy) => (policy.policy.applicableLaw = 'eu-and-uk-gdpr'))).toMatchObject({
      suggestion: 'review',
      reasons: [{ rule: 'applicable-law-changed' }],
    });
    expect(rulesOf(() => undefined)).toEqual([]);
  });

  test('recipient-added: a recipient of a kind already named is for review; one of a new kind is major', () => {
    expect(classifyChange((policy) => contact(policy).processors.push(processor({ slug: 'backup', category: 'hosting' })))).toMatchObject({
      suggestion: 'review',
      reasons: [{ rule: 'recipient-added' }],
    });
    expect(rulesOf((policy) => contact(policy).processors.push(processor({ slug: 'crm', category: 'it-services' })))).not.toContain(
      'recipient-added',
    );
  });

  test('major wins over review, and the major reasons come first', () => {
    const classification = classifyChange((policy) => {
      contact(policy).body = 'Reworded.';
      contact(policy).dataCollected.push('phone number');
    });
    expect(classification.suggestion).toBe('major');
    expect(classification.reasons.map((reason) => reason.effect)).toEqual(['major', 'review']);
  });
});

describe('the publishing rule classified-major', () => {
  const request = { changeType: 'minor', effectiveDate: '2031-03-01' };
  const context = (classification: ReturnType<typeof classify>) => ({
    isFirstVersion: false,
    today: '2031-03-01',
    noticePeriodDays: 30,
    classification,
    pendingVersion: null,
  });

  test('refuses a minor publish of a major change, naming only the major reasons', () => {
    const classification = classifyChange((policy) => {
      contact(policy).body = 'Reworded.';
      contact(policy).retentionRules[0].period = 'P2Y';
    });
    const [violation] = publishingRuleViolations(request, context(classification));
    expect(violation.rule).toBe('classified-major');
    expect(violation.message).toBe(
      'this change looks major ("Messages" is kept longer (P1Y → P2Y)): publish it as major, or set overrideClassifier to publish it as minor',
    );
  });

  test('lets a minor publish of a change for review go ahead', () => {
    const classification = classifyChange((policy) => (contact(policy).body = 'Reworded.'));
    expect(classification.suggestion).toBe('review');
    expect(publishingRuleViolations(request, context(classification))).toEqual([]);
  });
});

describe('the fields the diff now compares have a label in every language', () => {
  test.each([
    ['processor', 'safeguardCopy'],
    ['processor', 'jointArrangement'],
    ['legalBasis', 'purpose'],
    ['legalBasis', 'dpvPurpose'],
    ['policy', 'applicableLaw'],
    ['policy', 'controller.establishmentCountry'],
  ] as const)('%s.%s', (entity, field) => {
    for (const language of ['en', 'fr', 'de']) {
      const label = fieldLabel(entity, field, language);
      expect(label).not.toBe(field);
      expect(label.length).toBeGreaterThan(0);
    }
  });

  test('the diff names them when they change', () => {
    const to = base();
    Object.assign(contact(to).processors[0], { safeguardCopy: 'On request', jointArrangement: 'Shared' });
    contact(to).legalBases[0] = claim('gdpr-art-6-1-f', 'Answering you', 'Answering your letters', 'CommunicationManagement');
    to.policy.applicableLaw = 'eu-and-uk-gdpr';
    const diff = diffSnapshots(base(), to);
    expect(diff.processors.changed[0].changes.map((change) => change.field)).toEqual(['safeguardCopy', 'jointArrangement']);
    expect(diff.legalBases.changed[0].changes.map((change) => change.field)).toEqual(['purpose', 'dpvPurpose']);
    expect(diff.policy).toEqual([{ field: 'applicableLaw', from: 'uk-gdpr', to: 'eu-and-uk-gdpr' }]);
  });
});
