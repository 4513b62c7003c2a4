import { render, RenderContext } from '../../server/src/rendering';
import { processor, retentionRule, section, snapshot } from '../fixtures/snapshots';

/**
 * "Order information. kept for 6 years" read as a broken sentence: every renderer now writes a retention
 * rule as "Order information: kept for 6 years. Counted from …", with a capital after every full stop,
 * even when the editor typed the next part in lower case.
 */
const context: RenderContext = { version: null, upcoming: null };

const policy = () =>
  snapshot([
    section({
      slug: 'orders',
      title: 'Your orders',
      processors: [
        processor({
          slug: 'ledger',
          name: 'Ledger Ltd',
          purpose: 'keeps our books.',
          transferMechanism: 'standard-contractual-clauses',
          additionalTransferMechanisms: ['binding-corporate-rules'],
        }),
      ],
      retentionRules: [
        retentionRule({
          slug: 'order-information',
          dataCategory: 'Order information',
          period: 'P6Y',
          periodText: '6 years',
          triggerDescription: 'counted from the end of the financial year.',
          reason: 'We are legally obliged to keep tax records',
        }),
        retentionRule({
          slug: 'everything-else',
          dataCategory: 'All other information',
          triggerDescription: 'No fixed period: kept no longer than necessary',
        }),
      ],
    }),
  ]);

const lowerCaseAfterFullStop = /\.\s+(?:\*\*|<[^>]+>)*\p{Ll}/u;

test.each([
  [
    'html',
    'Order information</strong>: kept for 6 years. Counted from the end of the financial year. Reason: We are legally obliged to keep tax records',
  ],
  [
    'markdown',
    '**Order information**: kept for 6 years. Counted from the end of the financial year. Reason: We are legally obliged to keep tax records',
  ],
  [
    'text',
    'Order information: kept for 6 years. Counted from the end of the financial year. Reason: We are legally obliged to keep tax records',
  ],
])('%s: the retention rule reads as sentences', (format, sentence) => {
  const output = (render(policy(), context, format as 'html' | 'markdown' | 'text') as string).replace(/\s*\n\s*/g, ' ');
  expect(output).toContain(sentence);
  expect(output).toMatch(/All other information(<\/strong>|\*\*)?: No fixed period: kept no longer than necessary/);
  expect(output).not.toMatch(lowerCaseAfterFullStop);
  expect(output).not.toContain('..');
});

test.each(['html', 'markdown', 'text'])('%s: a processor\'s parts read as sentences, and two safeguards are "Safeguards"', (format) => {
  const output = (render(policy(), context, format as 'html' | 'markdown' | 'text') as string).replace(/\s*\n\s*/g, ' ');
  // The policy states no applicable law, so it is an EU GDPR notice: the United Kingdom is outside its territory.
  expect(output).toMatch(
    /Ledger Ltd(<\/strong>|\*\*)?\. Keeps our books\. Stored in: United Kingdom\. Transferred outside the European Economic Area \(EEA\)\. Safeguards: Standard contractual clauses; Binding corporate rules/,
  );
});
