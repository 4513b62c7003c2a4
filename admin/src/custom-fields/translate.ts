import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../shared/plugin-id';
import english from '../translations/en.json';

const DEFAULTS: Record<string, string> = english;

/**
 * The custom fields' own messages (translations/<locale>.json), with English as the default message. A
 * key no language has (a value added to a schema enumeration before its name) shows `fallback`.
 */
export const useEditorTranslate = () => {
  const { formatMessage } = useIntl();
  return useCallback(
    (id: string, values?: Record<string, string | number>, fallback?: string) =>
      formatMessage({ id: `${PLUGIN_ID}.${id}`, defaultMessage: DEFAULTS[id] ?? fallback ?? id }, values),
    [formatMessage],
  );
};

/** The name of a choice: `choices.<vocabulary>.<value>`, or the value itself when no name exists. */
export const useChoiceName = () => {
  const t = useEditorTranslate();
  return useCallback(
    (vocabulary: string | undefined, value: string) => (vocabulary ? t(`choices.${vocabulary}.${value}`, undefined, value) : value),
    [t],
  );
};
