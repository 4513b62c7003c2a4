import { createHmac } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterMySQL,
  RateLimiterPostgres,
  RateLimiterRes,
  RateLimiterSQLite,
} from 'rate-limiter-flexible';
import { getService } from '../utils/get-service';

export interface Window {
  max: number;
  windowSeconds: number;
}

export type RateLimitStore = 'database' | 'memory';

const PRUNE_EVERY_MS = 5 * 60 * 1000;

/** The table rate-limiter-flexible keeps its counters in: one row per key (limit and address or IP), pruned of expired rows. */
export const RATE_LIMIT_TABLE = 'privacy_policy_rate_limits';

/**
 * Request limits with rate-limiter-flexible, counted where every Strapi instance sees them: in the
 * database by default (one atomic upsert per request on the key's row: INSERT … ON CONFLICT on PostgreSQL
 * and SQLite, INSERT … ON DUPLICATE KEY UPDATE on MySQL/MariaDB), or in this process's memory
 * (`subscriptions.rateLimit.store: 'memory'`). Each key counts hits in a fixed window of `windowSeconds`
 * that starts at its first hit; rows whose window ended over an hour ago are deleted every five minutes by
 * this service's own timer (not the library's, which would outlive the database connection on shutdown).
 * Keys are email addresses and IP addresses: they are stored as an HMAC under the plugin's token secret,
 * so the table holds no personal data in the clear.
 */
const rateLimiter = ({ strapi }: { strapi: Core.Strapi }) => {
  const limiters = new Map<string, RateLimiterAbstract>();
  let pruneTimer: NodeJS.Timeout | undefined;
  const store = (): RateLimitStore => strapi.plugin('privacy-policy').config<RateLimitStore>('subscriptions.rateLimit.store');

  const databaseLimiter = (options: { points: number; duration: number; keyPrefix: string }): RateLimiterAbstract => {
    const common = {
      ...options,
      storeClient: strapi.db.connection,
      storeType: 'knex',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      clearExpiredByTimeout: false,
    };
    switch (strapi.db.dialect.client) {
      case 'postgres':
        return new RateLimiterPostgres(common as any);
      case 'mysql':
        return new RateLimiterMySQL({ ...common, dbName: (strapi.db.connection.client as any).config.connection.database } as any);
      default:
        return new RateLimiterSQLite(common as any);
    }
  };

  const counterKey = (key: string) => createHmac('sha256', getService('emails', { strapi }).tokenSecret()).update(key).digest('base64url');

  /** One limiter per limit and window; rebuilt when the configuration changes. */
  const limiterFor = (name: string, { max, windowSeconds }: Window) => {
    const key = `${store()}|${name}|${max}|${windowSeconds}`;
    let limiter = limiters.get(key);
    if (!limiter) {
      const options = { points: max, duration: windowSeconds, keyPrefix: `pp-${name}` };
      limiter = store() === 'memory' ? new RateLimiterMemory(options) : databaseLimiter(options);
      limiters.set(key, limiter);
    }
    return limiter;
  };

  const createTable = async () => {
    const knex = strapi.db.connection;
    if (await knex.schema.hasTable(RATE_LIMIT_TABLE)) return;
    await knex.schema.createTable(RATE_LIMIT_TABLE, (table) => {
      table.string('key', 255).primary();
      table.integer('points').notNullable().defaultTo(0);
      table.bigInteger('expire');
    });
  };

  /** Deletes the counters whose window ended more than `olderThanMs` ago; returns how many. */
  const prune = async (olderThanMs = 60 * 60 * 1000): Promise<number> =>
    strapi.db
      .connection(RATE_LIMIT_TABLE)
      .where('expire', '<', Date.now() - olderThanMs)
      .delete();

  return {
    /** Creates the counters' table, with the columns rate-limiter-flexible writes, if it is missing, and starts pruning it. */
    async install() {
      await createTable();
      clearInterval(pruneTimer);
      pruneTimer = setInterval(() => {
        prune().catch((error: Error) => strapi.log.warn(`[privacy-policy] pruning rate limits failed: ${error.message}`));
      }, PRUNE_EVERY_MS);
      pruneTimer.unref();
    },

    prune,

    /** Stops pruning (plugin destroy), before the database connection closes. */
    stop() {
      clearInterval(pruneTimer);
      pruneTimer = undefined;
    },

    /** Counts a hit on `key` for the limit `name`, and tells whether it is within the limit. */
    async allow(name: string, key: string, window: Window): Promise<boolean> {
      try {
        await limiterFor(name, window).consume(counterKey(key));
        return true;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return false;
        throw rejection;
      }
    },

    /** Forgets every counter (tests and operators). */
    async reset() {
      limiters.clear();
      if (await strapi.db.connection.schema.hasTable(RATE_LIMIT_TABLE)) await strapi.db.connection(RATE_LIMIT_TABLE).delete();
    },
  };
};

export default rateLimiter;
