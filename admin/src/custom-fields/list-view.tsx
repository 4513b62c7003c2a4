import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { customFieldUid } from '../../../shared/editor-fields/custom-fields';
import { periodInWords } from '../../../shared/editor-fields/period';
import { contentTypeOf, translatedText } from '../../../shared/editor-fields/translate';
import type { EditorLanguage } from '../../../shared/editor-fields/types';
import { useChoiceName } from './translate';

/** One column of the content manager's list view, as the `Admin/CM/pages/ListView/inject-column-in-table` hook receives it. */
interface ListHeader {
  name: string;
  label: unknown;
  attribute?: { customField?: string; options?: { choices?: string }; [other: string]: unknown };
  cellFormatter?: unknown;
  [other: string]: unknown;
}

interface ListHookArgs {
  displayedHeaders: ListHeader[];
  layout: { settings?: { displayName?: unknown }; [other: string]: unknown };
}

/** A cell's text, cut with an ellipsis past 16rem (the whole text on hover), so one long name does not widen the table. */
const CellText = ({ text }: { text: string }) => (
  <Typography textColor="neutral800" ellipsis maxWidth="16rem" title={text}>
    {text}
  </Typography>
);

const ChoiceCell = ({ vocabulary, value }: { vocabulary?: string; value: unknown }) => {
  const choiceName = useChoiceName();
  return <CellText text={typeof value === 'string' && value !== '' ? choiceName(vocabulary, value) : '-'} />;
};

const PeriodCell = ({ value }: { value: unknown }) => {
  const { locale } = useIntl();
  const words = typeof value === 'string' ? periodInWords(value, locale) : null;
  return <CellText text={words ?? (typeof value === 'string' && value !== '' ? value : '-')} />;
};

/** A cell that shows a value in words, for the plugin's choice and retention-period columns; none for the others. */
const cellFormatterFor = (header: ListHeader) => {
  const customField = header.attribute?.customField;
  if (customField === customFieldUid('choice')) {
    const vocabulary = header.attribute?.options?.choices;
    return function ChoiceColumn(row: Record<string, unknown>) {
      return <ChoiceCell vocabulary={vocabulary} value={row[header.name]} />;
    };
  }
  if (customField === customFieldUid('retentionPeriod')) {
    return function PeriodColumn(row: Record<string, unknown>) {
      return <PeriodCell value={row[header.name]} />;
    };
  }
  return undefined;
};

/**
 * The list view of the plugin's content types with column names in the admin's language (an admin's
 * own column name is kept) and choices and retention periods in words instead of "data-privacy-framework"
 * or "P6Y". The content type is found by its display name, as for the edit view.
 */
export const translateListView = (args: ListHookArgs, language: EditorLanguage | null): ListHookArgs => {
  const key = contentTypeOf(args.layout?.settings?.displayName);
  if (!key) return args;
  return {
    ...args,
    displayedHeaders: args.displayedHeaders.map((header) => {
      if (typeof header.label !== 'string' || header.cellFormatter) return header;
      const cellFormatter = cellFormatterFor(header);
      return {
        ...header,
        label: translatedText(key, header.name, 'label', header.label, language),
        ...(cellFormatter ? { cellFormatter } : {}),
      };
    }),
  };
};
