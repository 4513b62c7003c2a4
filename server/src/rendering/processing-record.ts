import type {
  LegalBasisClaimSnapshot,
  PolicySnapshot,
  ProcessorSnapshot,
  RetentionRuleSnapshot,
  SectionSnapshot,
} from '../domain/snapshot';
import { eachSection, processingActivities, ProcessingActivity } from '../domain/processing-activities';
import { isUkOrEea } from '../domain/regions';
import { markdownToPlainText } from './text';
import { toCsv } from './csv';
import { mechanismName, parseArticle, purposeOf, Reader, readerOf } from './reader';

/** One processing activity as GDPR Art. 30(1) asks it to be recorded. */
export interface ProcessingRecordRow {
  activity: string;
  section: string;
  purpose: string;
  dataCategories: string[];
  legalBases: string[];
  recipients: string[];
  transfers: string[];
  retention: string[];
}

export interface ProcessingRecord {
  controller: {
    name: string | null;
    postalAddress: string | null;
    email: string | null;
    phone: string | null;
    dpoName: string | null;
    dpoEmail: string | null;
    representativeName: string | null;
    representativeAddress: string | null;
  };
  rows: ProcessingRecordRow[];
}

// Recipients not disclosed by name are recorded by category only.
const RECIPIENT_CATEGORY_LABELS: Record<string, string> = {
  hosting: 'Hosting providers',
  email: 'Email providers',
  backup: 'Backup providers',
  telephony: 'Telephone providers',
  quotation: 'Quotation service providers',
  analytics: 'Analytics providers',
  advertising: 'Advertising providers',
  accounting: 'Accountants',
  advisory: 'Professional advisers',
  insurance: 'Insurers',
  contractor: 'Contractors',
  'business-partner': 'Business partners',
  'it-services': 'IT service providers',
  'web-development': 'Web developers',
  other: 'Other recipients',
};

const unique = (items: string[]) => [...new Set(items)];

const firstSentence = (text: string) => {
  const paragraph = text
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, ' ')
    .trim();
  return /^.*?[.!?](?=\s|$)/.exec(paragraph)?.[0] ?? paragraph;
};

/** The section title, followed by the first sentence of its body when it has one. */
const sectionPurpose = (section: SectionSnapshot) => {
  const sentence = firstSentence(markdownToPlainText(section.body, { linkUrls: false }));
  return sentence ? `${section.title}: ${sentence}` : section.title;
};

/**
 * Art. 30(1)(b): the purposes, as the activity's legal basis claims state them, each with its W3C DPV
 * concept when the editor chose one ("Answering your enquiries (dpv:CommunicationManagement)"). An activity
 * whose claims state no purpose (a policy recorded before purposes existed) is described by its section.
 */
const purposeText = (reader: Reader, activity: ProcessingActivity) => {
  const purposes = unique(
    activity.legalBases.flatMap((claim) => {
      const text = purposeOf(reader, claim);
      if (!text) return [];
      return [claim.dpvPurpose ? `${text} (dpv:${claim.dpvPurpose})` : text];
    }),
  );
  return purposes.length ? purposes.join('; ') : sectionPurpose(activity.section);
};

/** For example "GDPR Art. 6(1)(f) Legitimate interests", or "UK GDPR Art. 6(1)(f) Legitimate interests" under the UK GDPR. */
const legalBasisText = (reader: Reader, claim: LegalBasisClaimSnapshot) => {
  const article = claim.article?.replace(/^Article\s+/i, 'Art. ');
  const cited =
    claim.regulation === 'GDPR' && claim.code?.startsWith('gdpr-') && article && parseArticle(article)
      ? reader.regimes.map((regime) => regime.article(article)).join('; ')
      : [claim.regulation, article].filter(Boolean).join(' ');
  return [cited, claim.name].filter(Boolean).join(' ');
};

const recipientName = (processor: ProcessorSnapshot) =>
  processor.disclosedByName ? processor.name : (RECIPIENT_CATEGORY_LABELS[processor.category] ?? RECIPIENT_CATEGORY_LABELS.other);

/** For example "Facebook to United States of America — Standard contractual clauses, Explicit consent". */
const transferText = (reader: Reader, processor: ProcessorSnapshot) => {
  const countries = processor.storageCountries.filter(({ code }) => !isUkOrEea(code)).map(({ name }) => name);
  const safeguards = [processor.transferMechanism, ...processor.additionalTransferMechanisms]
    .filter((mechanism) => mechanism !== 'none-needed')
    .map((mechanism) => mechanismName(reader, mechanism));
  return `${recipientName(processor)} to ${countries.join(', ') || 'outside the UK/EEA'} — ${safeguards.join(', ') || 'no safeguard stated'}`;
};

/** For example "Order information: 6 years — Counted from the close of the financial year". */
const retentionText = (rule: RetentionRuleSnapshot) => {
  const when = rule.periodText
    ? [rule.periodText, rule.triggerDescription]
    : [rule.triggerDescription, rule.criteria.length ? `Criteria: ${rule.criteria.join(' / ')}` : null];
  return `${rule.name}: ${when.filter(Boolean).join(' — ') || 'no period stated'}`;
};

/** Rules with criteria in a retention section: the policy's general statement for data given no period. */
const policyWideRules = (snapshot: PolicySnapshot) =>
  eachSection(snapshot)
    .filter(({ section }) => section.category === 'retention')
    .flatMap(({ section }) => section.retentionRules)
    .filter((rule) => rule.criteria.length > 0);

const row = (reader: Reader, activity: ProcessingActivity, fallbackRules: RetentionRuleSnapshot[]): ProcessingRecordRow => {
  const recipients = activity.processors.filter((processor) => processor.role !== 'source');
  return {
    activity: activity.path.join(' › '),
    section: activity.section.slug,
    purpose: purposeText(reader, activity),
    dataCategories: activity.dataCategories,
    legalBases: activity.legalBases.map((claim) => legalBasisText(reader, claim)),
    recipients: unique(recipients.map(recipientName)),
    transfers: unique(
      recipients.filter((processor) => processor.transfersOutsideUkEea).map((processor) => transferText(reader, processor)),
    ),
    retention: (activity.retentionRules.length ? activity.retentionRules : fallbackRules).map(retentionText),
  };
};

/** The GDPR Art. 30 record of processing activities, one row per activity with the facts it inherits; in English, for the controller. */
export const processingRecord = (snapshot: PolicySnapshot): ProcessingRecord => {
  const reader = readerOf({ policy: { ...snapshot.policy, locale: 'en' } });
  const controller: Record<string, string | null> = snapshot.policy.controller ?? {};
  const field = (name: string) => controller[name] ?? null;
  return {
    controller: {
      name: field('name'),
      postalAddress: field('postalAddress'),
      email: field('email'),
      phone: field('phone'),
      dpoName: field('dpoName'),
      dpoEmail: field('dpoEmail'),
      representativeName: field('representativeName'),
      representativeAddress: field('representativeAddress'),
    },
    rows: processingActivities(snapshot).map((activity) => row(reader, activity, policyWideRules(snapshot))),
  };
};

const CSV_COLUMNS: [string, (row: ProcessingRecordRow) => string | string[]][] = [
  ['activity', (r) => r.activity],
  ['section', (r) => r.section],
  ['purpose', (r) => r.purpose],
  ['data_categories', (r) => r.dataCategories],
  ['legal_bases', (r) => r.legalBases],
  ['recipients', (r) => r.recipients],
  ['transfers', (r) => r.transfers],
  ['retention', (r) => r.retention],
];

/** The record as RFC 4180 CSV with a header row and CRLF line ends; lists are joined with "; ". */
export const processingRecordCsv = (record: ProcessingRecord) =>
  toCsv(
    CSV_COLUMNS.map(([name]) => name),
    record.rows.map((row) =>
      CSV_COLUMNS.map(([, pick]) => {
        const value = pick(row);
        return Array.isArray(value) ? value.join('; ') : value;
      }),
    ),
  );
