import type { ProcessorSnapshot, RetentionRuleSnapshot } from '../domain/snapshot';
import { RIGHT_LABELS, TRANSFER_MECHANISM_LABELS } from '../domain/enums';
import { vocabulary } from './vocabulary';

export const rightLabel = (right: string) => RIGHT_LABELS[right as keyof typeof RIGHT_LABELS] ?? right;

export const mechanismLabel = (mechanism: string) => TRANSFER_MECHANISM_LABELS[mechanism] ?? mechanism;

/** The controller's fields by their English labels (the vocabulary holds them in every language). */
export const CONTROLLER_LABELS: Record<string, string> = vocabulary('en').controller;

/** A date as words in `locale` (English ones in the British order: 31 May 2018). */
export const formatDate = (isoDate: string | null | undefined, locale = 'en-GB') => {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const dateLocale = locale.toLowerCase().startsWith('en') ? 'en-GB' : locale;
  try {
    return new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
};

export const legalBasisLabel = (claim: { name: string | null; regulation: string | null; article: string | null }) =>
  [claim.name, [claim.regulation, claim.article].filter(Boolean).join(' ')].filter(Boolean).join(' — ');

/** How a renderer writes text, links and emphasis (HTML or Markdown). */
export interface Markup {
  text: (value: string) => string;
  link: (href: string | null, text: string) => string;
  strong: (value: string) => string;
}

/** A processor's facts as sentences, the same in every format. */
export const processorParts = (processor: ProcessorSnapshot, { text, link, strong }: Markup) => {
  const where = processor.storageDescription ?? processor.storageCountries.map((country) => country.name).join(', ');
  const safeguards = [processor.transferMechanism, ...processor.additionalTransferMechanisms]
    .filter((mechanism) => mechanism !== 'none-needed')
    .map(mechanismLabel);
  return [
    strong(processor.disclosedByName ? link(processor.privacyPolicyUrl, processor.name) : text(processor.name)),
    processor.purpose ? text(processor.purpose) : '',
    where ? `Stored in: ${text(where)}` : '',
    processor.transfersOutsideUkEea ? 'Transferred outside the UK/EEA' : '',
    safeguards.length ? `${safeguards.length > 1 ? 'Safeguards' : 'Safeguard'}: ${text(safeguards.join('; '))}` : '',
    processor.transferNotes ? text(processor.transferNotes) : '',
    processor.optOutUrl ? link(processor.optOutUrl, 'How to opt out') : '',
  ].filter(Boolean);
};

/**
 * Parts joined as sentences: a full stop between them unless the part before already ends one, and a
 * capital at the start of every sentence, so an editor's "counted from…" never reads ". counted from".
 */
export const joinSentences = (parts: string[]) =>
  parts
    .filter(Boolean)
    .reduce(
      (text, part) =>
        text ? `${text}${/[.!?]$/.test(text) ? '' : '.'} ${part.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())}` : part,
      '',
    );

/**
 * A retention rule in sentences, the same in every format: "Order information: kept for 6 years.
 * Counted from the close of the financial year. Reason: …".
 */
export const retentionSentences = (rule: RetentionRuleSnapshot, { text, strong }: Pick<Markup, 'text' | 'strong'>) => {
  const label = strong(text(rule.dataCategory));
  const [first, ...rest] = [
    rule.periodText ? `kept for ${text(rule.periodText)}` : '',
    rule.triggerDescription ? text(rule.triggerDescription) : '',
    rule.reason ? `Reason: ${text(rule.reason)}` : '',
  ].filter(Boolean);
  return joinSentences([first ? `${label}: ${first}` : label, ...rest]);
};

/** Said of a version that was withdrawn before it took effect (it never applied). */
export const withdrawnNotice = (withdrawn: { at: string; reason: string }) =>
  `This version was withdrawn on ${formatDate(withdrawn.at.slice(0, 10))} and never took effect.${withdrawn.reason ? ` Reason given: ${withdrawn.reason}` : ''}`;
