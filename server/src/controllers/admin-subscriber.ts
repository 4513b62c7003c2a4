import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { validateIdParam } from './validation/id';
import { MODEL_UID, subscriberModel } from '../models';
import { validateSubscriberList } from './validation/subscription';

const CSV_COLUMNS = ['id', 'email', 'scope', 'status', 'locale', 'createdAt', 'confirmedAt', 'unsubscribedAt', 'consent'] as const;

// Quotes every cell and defuses spreadsheet formulas (=, +, -, @ at the start of a cell).
const csvCell = (value: unknown) => {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'object' && !(value instanceof Date)
        ? JSON.stringify(value)
        : value instanceof Date
          ? value.toISOString()
          : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
};

const present = (row: any) => ({
  id: row.id,
  email: row.email,
  scope: row.scope,
  status: row.status,
  locale: row.locale,
  createdAt: row.createdAt,
  confirmedAt: row.confirmedAt,
  unsubscribedAt: row.unsubscribedAt,
  consent: row.consent,
});

/** Admin-only: subscribers are never readable anywhere else. */
const adminSubscriberController = ({ strapi }: { strapi: Core.Strapi }) => {
  const subscribers = () => strapi.db.query(MODEL_UID.subscriber as any);

  const whereOf = (query: { q?: string; status?: string; scope?: string }) => ({
    ...(query.q ? { email: { $containsi: query.q.trim().toLowerCase() } } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.scope ? { scope: query.scope } : {}),
  });

  const statusCounts = async () => {
    const rows = await strapi.db.connection(subscriberModel.tableName).groupBy('status').select('status').count({ count: '*' });
    const counts: Record<string, number> = { pending: 0, confirmed: 0, unsubscribed: 0 };
    for (const row of rows as any[]) counts[row.status] = Number(row.count);
    return counts;
  };

  return {
    async find(ctx: any) {
      const query = await validateSubscriberList(ctx.query);
      const page = Number(query.page ?? 1);
      const pageSize = Number(query.pageSize ?? 25);
      const where = whereOf(query);
      const [rows, total, counts] = await Promise.all([
        subscribers().findMany({ where, orderBy: { id: 'desc' }, offset: (page - 1) * pageSize, limit: pageSize }),
        subscribers().count({ where }),
        statusCounts(),
      ]);
      ctx.body = {
        data: rows.map(present),
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total }, counts },
      };
    },

    async findOne(ctx: any) {
      const row = await subscribers().findOne({ where: { id: await validateIdParam(ctx.params) } });
      if (!row) throw new errors.NotFoundError(`No subscriber has the id ${ctx.params.id}`);
      const deliveries = await strapi.db.query(MODEL_UID.delivery as any).findMany({
        where: { subscriberId: row.id },
        select: ['id', 'kind', 'notificationId', 'status', 'attempts', 'sentAt', 'lastError'],
        orderBy: { id: 'desc' },
        limit: 50,
      });
      ctx.body = { data: { ...present(row), deliveries } };
    },

    async export(ctx: any) {
      const query = await validateSubscriberList(ctx.query);
      const rows = await subscribers().findMany({ where: whereOf(query), orderBy: { id: 'asc' } });
      ctx.type = 'text/csv; charset=utf-8';
      ctx.set('Content-Disposition', 'attachment; filename="privacy-policy-subscribers.csv"');
      ctx.body =
        [CSV_COLUMNS.join(','), ...rows.map((row: any) => CSV_COLUMNS.map((column) => csvCell(present(row)[column])).join(','))].join(
          '\r\n',
        ) + '\r\n';
    },

    /** Erasure request: the subscriber and every delivery record about them. */
    async delete(ctx: any) {
      const id = await validateIdParam(ctx.params);
      const row = await subscribers().findOne({ where: { id } });
      if (!row) throw new errors.NotFoundError(`No subscriber has the id ${ctx.params.id}`);
      const deliveries = await strapi.db.transaction(async () => {
        const removed = await strapi.db.query(MODEL_UID.delivery as any).deleteMany({ where: { subscriberId: id } });
        await subscribers().delete({ where: { id } });
        return removed.count;
      });
      ctx.body = { data: { id, erased: true, deliveriesDeleted: deliveries } };
    },
  };
};

export default adminSubscriberController;
