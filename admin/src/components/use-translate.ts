import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../shared/plugin-id';
import english from '../translations/en.json';

const DEFAULTS: Record<string, string> = english;

/**
 * Plugin-scoped messages; every string lives in translations/<locale>.json. The English text is the
 * default message, so a key missing from another locale shows in English, never as its id. The function
 * keeps its identity between renders, so it can sit in a hook's dependencies.
 */
export const useTranslate = () => {
  const { formatMessage } = useIntl();
  return useCallback(
    (id: string, values?: Record<string, string | number>) =>
      formatMessage({ id: `${PLUGIN_ID}.${id}`, defaultMessage: DEFAULTS[id] ?? id }, values),
    [formatMessage],
  );
};
