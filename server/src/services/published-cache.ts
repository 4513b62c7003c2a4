import type { Core } from '@strapi/strapi';
import { publicationStateModel } from '../models';

const ENTRY_LIMIT = 256;
const STATE_ROW = 1;

export interface CachedResponse {
  generation: number;
  /** The day (in the configured time zone) the entry was made: an effective date may switch at midnight. */
  today: string;
  etag: string;
  switchesOn: string | null;
  contentType: string;
  body: string;
}

/**
 * Finished public responses (body bytes and ETag) per request key. An entry is served while the
 * publication generation in the database is the one it was made under and the day has not changed, so
 * a publish on any instance sharing the database invalidates every instance's entries at once.
 */
const publishedCache = ({ strapi }: { strapi: Core.Strapi }) => {
  const table = () => strapi.db.connection(publicationStateModel.tableName);
  const entries = new Map<string, CachedResponse>();

  return {
    async generation(): Promise<number> {
      const row = await table().select('generation').where('id', STATE_ROW).first();
      return Number(row?.generation ?? 0);
    },

    /** Creates the state row if this is the first start on the database. */
    async install() {
      await table().insert({ id: STATE_ROW, generation: 0 }).onConflict('id').ignore();
    },

    /** Marks every cached response stale; joins the surrounding transaction, so readers see it with the write. */
    async invalidate() {
      await strapi.db.transaction(async ({ trx }) => {
        await table().transacting(trx).where('id', STATE_ROW).increment('generation', 1);
      });
    },

    get(key: string, generation: number, today: string): CachedResponse | null {
      const entry = entries.get(key);
      return entry && entry.generation === generation && entry.today === today ? entry : null;
    },

    set(key: string, entry: CachedResponse) {
      entries.delete(key);
      if (entries.size >= ENTRY_LIMIT) entries.delete(entries.keys().next().value as string);
      entries.set(key, entry);
    },
  };
};

export default publishedCache;
