import type { ProcessorSnapshot } from '../services/snapshot';
import { RIGHT_LABELS, TRANSFER_MECHANISM_LABELS } from '../domain/enums';

export const rightLabel = (right: string) => RIGHT_LABELS[right as keyof typeof RIGHT_LABELS] ?? right;

export const mechanismLabel = (mechanism: string) => TRANSFER_MECHANISM_LABELS[mechanism] ?? mechanism;

export const CONTROLLER_LABELS: Record<string, string> = {
  name: 'Data controller',
  registrationNumber: 'Registration number',
  registrationAuthority: 'Registered with',
  postalAddress: 'Postal address',
  email: 'Email',
  phone: 'Telephone',
  website: 'Website',
  dpoName: 'Data protection officer',
  dpoEmail: 'Data protection officer email',
  representativeName: 'Representative',
  representativeAddress: 'Representative address',
  supervisoryAuthority: 'Supervisory authority',
  supervisoryAuthorityUrl: 'Supervisory authority website',
};

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
    safeguards.length ? `Safeguard: ${text(safeguards.join('; '))}` : '',
    processor.transferNotes ? text(processor.transferNotes) : '',
    processor.optOutUrl ? link(processor.optOutUrl, 'How to opt out') : '',
  ].filter(Boolean);
};
