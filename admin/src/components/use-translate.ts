import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../plugin-id';

/** Plugin-scoped messages; every string lives in translations/<locale>.json. */
export const useTranslate = () => {
  const { formatMessage } = useIntl();
  return (id: string, values?: Record<string, string | number>) => formatMessage({ id: `${PLUGIN_ID}.${id}`, defaultMessage: id }, values);
};
