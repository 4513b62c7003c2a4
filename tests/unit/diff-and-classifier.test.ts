import { diffSnapshots } from '../../server/src/versioning/diff';
import { classify } from '../../server/src/versioning/classifier';
import { claim, processor, retentionRule, section, snapshot } from '../fixtures/snapshots';

const ukfast = processor({ slug: 'ukfast', name: 'UKFast', category: 'hosting' });
const orders = retentionRule({ slug: 'orders', name: 'Orders', period: 'P6Y' });
// The seed is a UK notice: its UK host is no transfer (the law decides what is a third country).
const base = () => {
  const policy = snapshot([
    section({ slug: 'summary', title: 'Summary', body: 'We collect little.' }),
    section({
      slug: 'contact',
      title: 'Contact',
      children: [
        section({
          slug: 'email',
          title: 'Email',
          dataCollected: ['email address'],
          legalBases: [claim('gdpr-art-6-1-f')],
          processors: [ukfast],
        }),
        section({ slug: 'phone', title: 'Phone', dataCollected: ['phone number'] }),
      ],
    }),
    section({ slug: 'retention', title: 'Retention', retentionRules: [orders] }),
    section({ slug: 'rights', title: 'Rights', rights: ['access', 'erasure', 'complaint'] }),
  ]);
  policy.policy.applicableLaw = 'uk-gdpr';
  return policy;
};

const rules = (from = base(), to = base()) => classify(diffSnapshots(from, to)).reasons.map((reason) => reason.rule);

test('identical snapshots give an empty diff and a minor suggestion', () => {
  const diff = diffSnapshots(base(), base());
  expect(diff.isEmpty).toBe(true);
  expect(classify(diff)).toEqual({ suggestion: 'minor', reasons: [] });
});

// Changed by issue 14: prose the classifier cannot read is "review", not minor.
test('a reworded body is a word-level diff and is for review', () => {
  const to = base();
  to.sections[0].body = 'We collect very little.';
  const diff = diffSnapshots(base(), to);
  expect(diff.sections.reworded).toEqual([
    {
      slug: 'summary',
      name: 'Summary',
      changes: [
        {
          field: 'body',
          from: 'We collect little.',
          to: 'We collect very little.',
          words: [{ value: 'We collect ' }, { value: 'very ', added: true }, { value: 'little.' }],
        },
      ],
    },
  ]);
  expect(classify(diff)).toEqual({
    suggestion: 'review',
    reasons: [
      {
        rule: 'text-changed',
        effect: 'review',
        message: 'the text of section "Summary" changed: the classifier cannot read prose; read it',
        path: 'sections.summary.body',
      },
    ],
  });
});

test('sections added, removed and moved are told apart', () => {
  const to = base();
  const [summary, contact, retention, rights] = to.sections;
  contact.children.reverse();
  to.sections = [contact, summary, retention, rights, section({ slug: 'copyright', title: 'Copyright' })];
  const diff = diffSnapshots(base(), to);
  expect(diff.sections.added.map((entry) => entry.slug)).toEqual(['copyright']);
  expect(diff.sections.moved.map((entry) => entry.slug).sort()).toEqual(['contact', 'email', 'phone', 'summary']);
  const removedTo = base();
  removedTo.sections[1].children.pop();
  expect(diffSnapshots(base(), removedTo).sections.removed).toEqual([
    { slug: 'phone', title: 'Phone', parent: 'contact', processingActivity: true },
  ]);
  // Adding a section with no processing facts is not a major change.
  expect(classify(diff).suggestion).toBe('minor');
});

test('a section moved under another parent is a move', () => {
  const to = base();
  const phone = to.sections[1].children.pop()!;
  to.sections[0].children.push(phone);
  expect(diffSnapshots(base(), to).sections.moved).toEqual([
    expect.objectContaining({ slug: 'phone', fromParent: 'contact', toParent: 'summary' }),
  ]);
});

test('rule: a new processing activity is major', () => {
  const to = base();
  to.sections.push(section({ slug: 'newsletter', title: 'Newsletter', dataCollected: ['email address'] }));
  expect(rules(base(), to)).toContain('new-processing-activity');
});

test('rule: more data collected in an activity is major', () => {
  const to = base();
  to.sections[1].children[1].dataCollected.push('call recordings');
  const classification = classify(diffSnapshots(base(), to));
  expect(classification.suggestion).toBe('major');
  expect(classification.reasons).toEqual([
    {
      rule: 'new-data-collected',
      effect: 'major',
      message: '"Phone" collects more data: call recordings',
      path: 'sections.phone.dataCollected',
    },
  ]);
});

test('rule: a new processor or recipient is major', () => {
  const to = base();
  to.sections[1].children[1].processors = [processor({ slug: 'telephone-provider', name: 'Telephone provider', category: 'telephony' })];
  expect(rules(base(), to)).toEqual(['new-recipient']);
});

test('rule: a processor moving storage outside the UK/EEA is major, field by field', () => {
  const to = base();
  to.sections[1].children[0].processors = [
    processor({
      slug: 'ukfast',
      name: 'UKFast',
      category: 'hosting',
      storageCountries: [{ code: 'US', name: 'United States of America' }],
      transfersOutsideUkEea: true,
    }),
  ];
  const diff = diffSnapshots(base(), to);
  expect(diff.processors.changed[0].changes).toEqual(
    expect.arrayContaining([
      { field: 'transfersOutsideUkEea', from: false, to: true },
      { field: 'storageCountries', from: ['GB'], to: ['US'], added: ['US'], removed: ['GB'] },
    ]),
  );
  expect(classify(diff).reasons.map((reason) => reason.rule)).toEqual(['new-transfer-outside-uk-eea']);
});

test('rule: a new processor outside the UK/EEA is both a new recipient and a new transfer', () => {
  const to = base();
  to.sections[0].processors = [
    processor({
      slug: 'ga',
      name: 'Google Analytics',
      storageCountries: [{ code: 'US', name: 'US' }],
      transfersOutsideUkEea: true,
      transferMechanism: 'data-privacy-framework',
    }),
  ];
  expect(rules(base(), to)).toEqual(['new-recipient', 'new-transfer-outside-uk-eea']);
});

test('rule: a weaker safeguard for a transfer outside the UK/EEA is major; a stronger one is not', () => {
  const outside = (mechanism: string, additional: string[] = []) => {
    const next = base();
    next.sections[1].children[0].processors = [
      processor({
        slug: 'ukfast',
        storageCountries: [{ code: 'US', name: 'US' }],
        transfersOutsideUkEea: true,
        transferMechanism: mechanism,
        additionalTransferMechanisms: additional,
      }),
    ];
    return next;
  };
  // Changed by issue 14: 'standard-contractual-clauses' now means the repealed pre-2021 clauses; the 2021 ones are 'eu-scc-2021'.
  expect(rules(outside('eu-scc-2021'), outside('explicit-consent'))).toEqual(['weaker-safeguard']);
  expect(rules(outside('eu-scc-2021', ['explicit-consent']), outside('explicit-consent'))).toEqual(['weaker-safeguard']);
  expect(rules(outside('privacy-shield'), outside('data-privacy-framework'))).toEqual([]);
  expect(rules(outside('standard-contractual-clauses'), outside('eu-scc-2021'))).toEqual([]);
});

test('rule: a new legal basis is major; a reworded justification is not', () => {
  const to = base();
  to.sections[1].children[0].legalBases.push(claim('gdpr-art-6-1-b'));
  const diff = diffSnapshots(base(), to);
  expect(diff.legalBases.added).toEqual([
    { section: 'email', code: 'gdpr-art-6-1-b', name: 'gdpr-art-6-1-b', article: 'Article gdpr-art-6-1-b' },
  ]);
  expect(classify(diff).reasons.map((reason) => reason.rule)).toEqual(['new-legal-basis']);

  const reworded = base();
  reworded.sections[1].children[0].legalBases = [claim('gdpr-art-6-1-f', 'a better reason')];
  const rewordedDiff = diffSnapshots(base(), reworded);
  expect(rewordedDiff.legalBases.changed[0].changes[0]).toMatchObject({ field: 'justification', from: 'because', to: 'a better reason' });
  // Changed by issue 14: a reworded justification is prose to read ("review"), not minor.
  expect(classify(rewordedDiff).suggestion).toBe('review');
});

test('rule: a longer retention period is major; a shorter one is not', () => {
  const withPeriod = (period: string | null) => {
    const next = base();
    next.sections[2].retentionRules = [retentionRule({ slug: 'orders', name: 'Orders', period })];
    return next;
  };
  const longer = diffSnapshots(withPeriod('P6Y'), withPeriod('P7Y'));
  expect(longer.retentionRules.changed[0].changes).toEqual([{ field: 'period', from: 'P6Y', to: 'P7Y' }]);
  expect(classify(longer).reasons).toEqual([
    { rule: 'longer-retention', effect: 'major', message: '"Orders" is kept longer (P6Y → P7Y)', path: 'retentionRules.orders.period' },
  ]);
  expect(rules(withPeriod('P6Y'), withPeriod('P18M'))).toEqual([]);
  expect(rules(withPeriod('P1Y'), withPeriod(null))).toEqual(['longer-retention']);
});

test('rule: a right no longer stated anywhere is major; moving it between sections is not', () => {
  const removed = base();
  removed.sections[3].rights = ['access', 'complaint'];
  expect(classify(diffSnapshots(base(), removed)).reasons).toEqual([
    { rule: 'removed-right', effect: 'major', message: 'the policy no longer states the right: erasure', path: 'rights' },
  ]);
  const moved = base();
  moved.sections[3].rights = ['access', 'complaint'];
  moved.sections[0].rights = ['erasure'];
  expect(rules(base(), moved)).toEqual([]);
});

test('policy and controller field changes are listed', () => {
  const to = base();
  to.policy.title = 'Privacy Notice';
  to.policy.controller = { name: 'Example Group Ltd' };
  expect(diffSnapshots(base(), to).policy).toEqual([
    { field: 'title', from: 'Privacy Policy', to: 'Privacy Notice' },
    { field: 'controller.name', from: 'Example Ltd', to: 'Example Group Ltd' },
  ]);
});
