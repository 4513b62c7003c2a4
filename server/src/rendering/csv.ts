import { stringify } from 'csv-stringify/sync';

/**
 * RFC 4180 CSV by csv-stringify: CRLF line ends, fields with a comma, quote or line break quoted, and every
 * cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) prefixed with an
 * apostrophe (OWASP's advice on CSV injection). `quoteAll` quotes every non-empty data cell too.
 */
export const toCsv = (columns: readonly string[], rows: string[][], { quoteAll = false }: { quoteAll?: boolean } = {}) => {
  const options = { record_delimiter: 'windows' as const, escape_formulas: true, quoted_match: /[\r\n]/ };
  return stringify([[...columns]], options) + stringify(rows, { ...options, quoted: quoteAll });
};

/** A value as one CSV cell: dates in ISO 8601, objects as JSON, nothing as an empty cell. */
export const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};
