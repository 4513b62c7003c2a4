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

const PERIOD = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * A retention period (an ISO 8601 duration such as P6Y or P1Y6M) in words, in the admin's language
 * ("6 years", "6 ans", "6 Jahre"); anything else as it is.
 */
export const useFormatPeriod = () => {
  const { locale } = useIntl();
  return useMemo(() => {
    const units = ['year', 'month', 'week', 'day'] as const;
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    return (value: string | null | undefined) => {
      const match = value ? PERIOD.exec(value) : null;
      if (!value || !match || !match.slice(1).some(Boolean)) return value ?? '';
      const parts = units.flatMap((unit, index) =>
        match[index + 1]
          ? [new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Number(match[index + 1]))]
          : [],
      );
      return list.format(parts);
    };
  }, [locale]);
};
