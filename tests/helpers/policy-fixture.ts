import type { TestApp } from './strapi';

export const UID = {
  legalBasis: 'plugin::privacy-policy.legal-basis',
  processor: 'plugin::privacy-policy.processor',
  retentionRule: 'plugin::privacy-policy.retention-rule',
  section: 'plugin::privacy-policy.policy-section',
  policy: 'plugin::privacy-policy.policy',
  version: 'plugin::privacy-policy.policy-version',
  subscriber: 'plugin::privacy-policy.subscriber',
  notification: 'plugin::privacy-policy.notification',
  delivery: 'plugin::privacy-policy.delivery',
} as const;

/** A calendar day as YYYY-MM-DD, counted from a fixed origin so that tests never depend on the real date. */
export const dayFrom = (origin: string) => (offset: number) => {
  const [year, month, date] = origin.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + offset)).toISOString().slice(0, 10);
};

/** Today's date (UTC) as YYYY-MM-DD, for tests that run against the real date (browser, child processes). */
export const today = () => new Date().toISOString().slice(0, 10);

/** The day `offset` days after `from` (default: the real today). */
export const daysFromToday = (offset: number, from = today()) => dayFrom(from)(offset);

/** The plugin's own today, which a test may have moved with `setClock`. */
export const pluginToday = (app: TestApp): string => app.strapi.plugin('privacy-policy').service('clock').today();

/** Moves the plugin's clock to noon (UTC) of a day; `time` picks another moment of that day. */
export const setClock = (app: TestApp, date: string, time = '12:00:00Z') => {
  app.strapi.plugin('privacy-policy').service('clock').now = () => new Date(`${date}T${time}`);
};

/**
 * A suite's calendar: `day(n)` is the day n days after `origin`, and `setToday(n)` moves the plugin's clock to
 * noon (UTC) of it. `app` is read only when the clock is set, so the calendar can be declared before Strapi boots.
 */
export const clockOf = (app: () => TestApp, origin: string) => {
  const day = dayFrom(origin);
  return { day, setToday: (offset: number, time?: string) => setClock(app(), day(offset), time) };
};

export const connect = (entry: { id: number; documentId: string }) => ({ connect: [{ id: entry.id, documentId: entry.documentId }] });

export interface Entry {
  id: number;
  documentId: string;
}

/**
 * A small policy of its own for one test: a hosting processor, an order-retention rule (P6Y from the end
 * of the financial year) and one section stating both, created through the document service.
 */
export const createSmallPolicy = async (app: TestApp, name: string) => {
  const documents = app.strapi.documents;
  const processor: Entry = await documents(UID.processor).create({
    data: { name: `${name} host`, category: 'hosting', storageCountries: ['GB'] } as any,
  });
  const retentionRule: Entry = await documents(UID.retentionRule).create({
    data: { name: `${name} orders`, dataCategory: 'Order information', period: 'P6Y', trigger: 'end-of-financial-year' } as any,
  });
  const section: Entry = await documents(UID.section).create({
    data: {
      title: 'Orders',
      category: 'collection',
      body: 'We keep a record of every order.',
      dataCollected: ['name', 'postal address'],
      processors: [processor.documentId],
      retentionRules: [retentionRule.documentId],
    } as any,
  });
  const policy: Entry & { slug: string } = await documents(UID.policy).create({
    data: { title: `${name} Privacy Policy`, sections: [section.documentId] } as any,
  });
  return { processor, retentionRule, section, policy };
};
