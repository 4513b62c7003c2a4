import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MODEL_UID, subscriberModel } from '../models';
import { cellText, toCsv } from '../rendering/csv';

export const SUBSCRIBER_CSV_COLUMNS = [
  'id',
  'email',
  'scope',
  'status',
  'locale',
  'createdAt',
  'confirmedAt',
  'unsubscribedAt',
  'consent',
] as const;

export interface SubscriberFilter {
  q?: string;
  status?: string;
  scope?: string;
}

/** A subscriber as an admin sees it: the address, the scope, the status and the consent record. */
const present = (row: any) => ({
  id: row.id as number,
  email: row.email as string | null,
  scope: row.scope as string,
  status: row.status as string,
  locale: row.locale as string | null,
  createdAt: row.createdAt,
  confirmedAt: row.confirmedAt,
  unsubscribedAt: row.unsubscribedAt,
  consent: row.consent,
});

/** Subscriber administration: list, search, export and erase. Subscribers are never readable anywhere else. */
const subscriberAdmin = ({ strapi }: { strapi: Core.Strapi }) => {
  const subscribers = () => strapi.db.query(MODEL_UID.subscriber as any);

  const whereOf = (filter: SubscriberFilter) => ({
    ...(filter.q ? { email: { $containsi: filter.q.trim().toLowerCase() } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.scope ? { scope: filter.scope } : {}),
  });

  const statusCounts = async () => {
    const rows = await strapi.db.connection(subscriberModel.tableName).groupBy('status').select('status').count({ count: '*' });
    const counts: Record<string, number> = { pending: 0, confirmed: 0, unsubscribed: 0 };
    for (const row of rows as any[]) counts[row.status] = Number(row.count);
    return counts;
  };

  const findRow = async (id: number) => {
    const row = await subscribers().findOne({ where: { id } });
    if (!row) throw new errors.NotFoundError(`No subscriber has the id ${id}`);
    return row;
  };

  return {
    async list(filter: SubscriberFilter, { page, pageSize }: { page: number; pageSize: number }) {
      const where = whereOf(filter);
      const [rows, total, counts] = await Promise.all([
        subscribers().findMany({ where, orderBy: { id: 'desc' }, offset: (page - 1) * pageSize, limit: pageSize }),
        subscribers().count({ where }),
        statusCounts(),
      ]);
      return { subscribers: rows.map(present), pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total }, counts };
    },

    /** One subscriber with their last 50 delivery records. */
    async findOne(id: number) {
      const row = await findRow(id);
      const deliveries = await strapi.db.query(MODEL_UID.delivery as any).findMany({
        where: { subscriberId: row.id },
        select: ['id', 'kind', 'notificationId', 'status', 'attempts', 'sentAt', 'lastError'],
        orderBy: { id: 'desc' },
        limit: 50,
      });
      return { ...present(row), deliveries };
    },

    /** The matching subscribers as CSV, every cell quoted and safe to open in a spreadsheet. */
    async exportCsv(filter: SubscriberFilter) {
      const rows = await subscribers().findMany({ where: whereOf(filter), orderBy: { id: 'asc' } });
      return toCsv(
        SUBSCRIBER_CSV_COLUMNS,
        rows.map((row: any) => SUBSCRIBER_CSV_COLUMNS.map((column) => cellText(present(row)[column]))),
        { quoteAll: true },
      );
    },

    /** Erasure request: the subscriber and every delivery record about them. */
    async erase(id: number) {
      await findRow(id);
      const deliveriesDeleted = await strapi.db.transaction(async () => {
        const removed = await strapi.db.query(MODEL_UID.delivery as any).deleteMany({ where: { subscriberId: id } });
        await subscribers().delete({ where: { id } });
        return removed.count as number;
      });
      return { id, erased: true, deliveriesDeleted };
    },
  };
};

export default subscriberAdmin;
