import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per time zone: making an Intl.DateTimeFormat costs far more than using one. */
const dayFormatter = (timeZone: string) => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** The plugin's notion of "now" and "today"; tests replace `now` to move time. */
const clock = ({ strapi }: { strapi: Core.Strapi }) => {
  // "Today" is asked on every public read: it is kept with the moments its day starts and ends in the time
  // zone, and worked out again only outside them, so the switch at midnight stays exact.
  let remembered = { zone: '', from: 0, until: 0, day: '' };

  const service = {
    now(): Date {
      return new Date();
    },

    /** The date (YYYY-MM-DD) of `at`, default now, in the configured time zone. */
    today(at?: Date): string {
      const timeZone = strapi.plugin('privacy-policy').config<string>('timeZone');
      const moment = (at ?? service.now()).getTime();
      if (remembered.zone === timeZone && moment >= remembered.from && moment < remembered.until) return remembered.day;
      const day = dayFormatter(timeZone).format(moment);
      const start = DateTime.fromISO(day, { zone: timeZone }).startOf('day');
      remembered = { zone: timeZone, from: start.toMillis(), until: start.plus({ days: 1 }).toMillis(), day };
      return day;
    },
  };
  return service;
};

export default clock;
