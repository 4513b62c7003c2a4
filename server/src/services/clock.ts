import type { Core } from '@strapi/strapi';

/** The plugin's notion of "now" and "today"; tests replace `now` to move time. */
const clock = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = {
    now(): Date {
      return new Date();
    },

    /** The date (YYYY-MM-DD) of `at`, default now, in the configured time zone. */
    today(at?: Date): string {
      const timeZone = strapi.plugin('privacy-policy').config<string>('timeZone');
      return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at ?? service.now());
    },
  };
  return service;
};

export default clock;
