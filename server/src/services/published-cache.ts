import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { Core } from '@strapi/strapi';
import { publicationStateModel } from '../models';

const STATE_ROW = 1;
const CHANNEL = 'privacy_policy_publication';

/** A finished public answer as it is made, before it is kept. */
export interface AnswerBody {
  etag: string;
  /** The day (YYYY-MM-DD) an upcoming version takes effect and the answer stops being true, if any. */
  switchesOn: string | null;
  contentType: string;
  body: string;
}

/** A kept answer: the body in each encoding, made once, and what it was made under. */
export interface CachedResponse extends AnswerBody {
  generation: number;
  /** The day (in the configured time zone) the entry was made: an effective date may switch at midnight. */
  today: string;
  encodings: { identity: Buffer; gzip: Buffer; br: Buffer };
  bytes: number;
}

export type Encoding = keyof CachedResponse['encodings'];

interface CacheConfig {
  maxBytes: number;
  pollIntervalMs: number;
}

/**
 * Finished public answers (bodies in identity, gzip and brotli, with their ETag) per request key, kept
 * while the publication generation is the one they were made under and the day has not changed.
 *
 * The generation lives in one database row raised in the same transaction as every publish, unpublish,
 * delete or withdrawal. Reads do not query it: this instance learns of a change at once (its own
 * writes), from PostgreSQL's LISTEN/NOTIFY when on PostgreSQL (sent at commit), and otherwise from a poll
 * of the row every `cache.pollIntervalMs` (MySQL/MariaDB, SQLite). The cache holds at most
 * `cache.maxBytes` of bodies, the least recently used going first.
 */
const publishedCache = ({ strapi }: { strapi: Core.Strapi }) => {
  const table = () => strapi.db.connection(publicationStateModel.tableName);
  const config = (): CacheConfig => strapi.plugin('privacy-policy').config<CacheConfig>('cache');
  const entries = new Map<string, CachedResponse>();
  const state = {
    known: null as number | null,
    bytes: 0,
    poller: null as NodeJS.Timeout | null,
    listener: null as { end(): Promise<void> } | null,
    stopped: true,
  };

  const readGeneration = async (): Promise<number> => {
    const row = await table().select('generation').where('id', STATE_ROW).first();
    return Number(row?.generation ?? 0);
  };

  /** Generations only go up: a late poll answer never takes a newer one back. */
  const learn = (generation: number) => {
    if (state.known === null || generation > state.known) state.known = generation;
  };

  const poll = async () => {
    try {
      learn(await readGeneration());
    } catch (error: any) {
      strapi.log.warn(`[privacy-policy] read cache: could not read the publication generation (${error?.message ?? error})`);
    }
  };

  const startPolling = () => {
    if (state.poller || state.stopped) return;
    state.poller = setInterval(poll, config().pollIntervalMs);
    state.poller.unref();
  };

  /** A connection of its own (not the pool's) that listens for publications from every instance. */
  const listen = async () => {
    const { Client } = require('pg');
    const connection = (strapi.db.connection.client as any).config.connection;
    const client = new Client(typeof connection === 'function' ? await connection() : connection);
    client.on('notification', (message: { payload?: string }) => learn(Number(message.payload)));
    client.on('error', (error: Error) => {
      strapi.log.warn(`[privacy-policy] read cache: LISTEN connection lost (${error.message}); polling instead`);
      state.listener = null;
      startPolling();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    state.listener = client;
    // Anything committed between the first read and the LISTEN.
    learn(await readGeneration());
  };

  const evictUntilFits = (incoming: number) => {
    const { maxBytes } = config();
    for (const [key, entry] of entries) {
      if (state.bytes + incoming <= maxBytes) break;
      entries.delete(key);
      state.bytes -= entry.bytes;
    }
  };

  return {
    /** Creates the state row if this is the first start on the database. */
    async install() {
      await table().insert({ id: STATE_ROW, generation: 0 }).onConflict('id').ignore();
    },

    /** Learns the generation and starts hearing of changes; reads never query it after this. */
    async start() {
      state.stopped = false;
      learn(await readGeneration());
      if (strapi.db.dialect.client === 'postgres') {
        try {
          await listen();
          return;
        } catch (error: any) {
          strapi.log.warn(`[privacy-policy] read cache: LISTEN failed (${error?.message ?? error}); polling instead`);
        }
      }
      startPolling();
    },

    async stop() {
      state.stopped = true;
      if (state.poller) clearInterval(state.poller);
      state.poller = null;
      const listener = state.listener;
      state.listener = null;
      await listener?.end().catch(() => undefined);
    },

    /** The generation answers are made under: the one this instance knows, read from the row only before start. */
    async generation(): Promise<number> {
      if (state.known === null) learn(await readGeneration());
      return state.known!;
    },

    /** The generation this instance knows, without waiting; null before it has learnt one. */
    knownGeneration(): number | null {
      return state.known;
    },

    /** Marks every cached answer stale, on every instance, in the surrounding transaction. */
    async invalidate() {
      await strapi.db.transaction(async ({ trx, onCommit }) => {
        await table().transacting(trx).where('id', STATE_ROW).increment('generation', 1);
        const generation = Number((await table().transacting(trx).select('generation').where('id', STATE_ROW).first())?.generation ?? 0);
        if (strapi.db.dialect.client === 'postgres')
          await strapi.db.connection.raw('SELECT pg_notify(?, ?)', [CHANNEL, String(generation)]).transacting(trx);
        onCommit(() => learn(generation));
      });
    },

    get(key: string, generation: number, today: string): CachedResponse | null {
      const entry = entries.get(key);
      if (!entry || entry.generation !== generation || entry.today !== today) return null;
      // Most recently used last, for eviction.
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },

    /** Keeps an answer with its compressed bodies, made once here; answers larger than the whole cache are not kept. */
    set(key: string, answer: AnswerBody, made: { generation: number; today: string }): CachedResponse {
      const identity = Buffer.from(answer.body, 'utf8');
      const encodings = {
        identity,
        gzip: gzipSync(identity, { level: 6 }),
        br: brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
      };
      const entry: CachedResponse = { ...answer, ...made, encodings, bytes: identity.length + encodings.gzip.length + encodings.br.length };
      const previous = entries.get(key);
      if (previous) {
        entries.delete(key);
        state.bytes -= previous.bytes;
      }
      if (entry.bytes > config().maxBytes) return entry;
      evictUntilFits(entry.bytes);
      entries.set(key, entry);
      state.bytes += entry.bytes;
      return entry;
    },

    /** What the cache holds, for the benchmarks and the operators' docs. */
    stats() {
      return { entries: entries.size, bytes: state.bytes, maxBytes: config().maxBytes, generation: state.known };
    },
  };
};

export default publishedCache;
