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

export const formatDate = (isoDate: string | null | undefined) => {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
};

export const legalBasisLabel = (claim: { name: string | null; regulation: string | null; article: string | null }) =>
  [claim.name, [claim.regulation, claim.article].filter(Boolean).join(' ')].filter(Boolean).join(' — ');
