import { useMemo } from 'react';
import { useIntl } from 'react-intl';

/**
 * Dates in words, in the admin's language: a calendar day (YYYY-MM-DD, a policy's effective date) is
 * shown as that day wherever the browser is; a moment (an ISO timestamp) in the browser's time zone.
 */
export const useFormatDate = () => {
  const { locale } = useIntl();
  return useMemo(() => {
    const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const momentFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    return {
      day: (value: string | null | undefined) => {
        if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return value ?? '';
        return dayFormat.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
      },
      moment: (value: string | null | undefined) => {
        const date = value ? new Date(value) : null;
        return date && !Number.isNaN(date.getTime()) ? momentFormat.format(date) : (value ?? '');
      },
    };
  }, [locale]);
};
