import { DateTime } from 'luxon';
import type { CachedResponse, Encoding } from '../services/published-cache';

const PREFERENCE: Encoding[] = ['br', 'gzip', 'identity'];

/**
 * The encoding to send for an Accept-Encoding header (RFC 9110 §12.5.3): the acceptable one with the
 * highest quality, brotli before gzip before identity on a tie; identity when the header is absent.
 */
export const preferredEncoding = (header: string | undefined): Encoding => {
  if (!header) return 'identity';
  const quality: Partial<Record<string, number>> = {};
  for (const part of header.split(',')) {
    const [token, ...parameters] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
    quality[token] = q ? Number(q.slice(2)) || 0 : 1;
  }
  const wildcard = quality['*'];
  const qualityOf = (encoding: Encoding) => quality[encoding] ?? (encoding === 'identity' ? (wildcard === 0 ? 0 : 0.001) : (wildcard ?? 0));
  let best: Encoding = 'identity';
  for (const encoding of PREFERENCE) if (qualityOf(encoding) > qualityOf(best)) best = encoding;
  return best;
};

/**
 * Whether an If-None-Match header names the entity tag (RFC 9110 §13.1.2): "*" or any listed tag equal
 * under the weak comparison (§8.8.3.2), so `W/"x"` matches `"x"`.
 */
export const matchesIfNoneMatch = (header: string | undefined, etag: string): boolean => {
  if (!header) return false;
  if (header.trim() === '*') return true;
  for (const part of header.split(',')) {
    const tag = part.trim();
    if ((tag.startsWith('W/') ? tag.slice(2) : tag) === etag) return true;
  }
  return false;
};

const switchMoments = new Map<string, number>();

/** The moment (ms) an effective date starts in the configured time zone, worked out once per date. */
const switchMoment = (switchesOn: string, timeZone: string) => {
  const key = `${switchesOn}|${timeZone}`;
  let moment = switchMoments.get(key);
  if (moment === undefined) {
    moment = DateTime.fromISO(switchesOn, { zone: timeZone }).startOf('day').toMillis();
    if (switchMoments.size > 1000) switchMoments.clear();
    switchMoments.set(key, moment);
  }
  return moment;
};

/** What sending needs from an answer: a cached public answer, or the embed script. */
export type SendableAnswer = Pick<CachedResponse, 'etag' | 'switchesOn' | 'contentType' | 'encodings'>;

/**
 * Sends a cached answer: the body in the encoding the client prefers, an ETag per encoding (different
 * representations have different strong validators, RFC 9110 §8.8.3), `Vary: Accept-Encoding`, and a
 * cache lifetime that never runs past the moment an upcoming version takes effect; 304 when the client's
 * copy is current.
 */
export const sendAnswer = (
  ctx: any,
  answer: SendableAnswer,
  { maxAge, timeZone, now }: { maxAge: number; timeZone: string; now: number },
) => {
  const headers = ctx.request.header;
  const encoding = preferredEncoding(headers['accept-encoding']);
  const etag = encoding === 'identity' ? `"${answer.etag}"` : `"${answer.etag}-${encoding}"`;
  const lifetime = answer.switchesOn
    ? Math.max(0, Math.min(maxAge, Math.floor((switchMoment(answer.switchesOn, timeZone) - now) / 1000)))
    : maxAge;
  ctx.status = 200;
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', `public, max-age=${lifetime}`);
  // Appended: strapi::cors has already said Vary: Origin, which shared caches need as much.
  ctx.vary('Accept-Encoding');
  if (matchesIfNoneMatch(headers['if-none-match'], etag)) {
    ctx.status = 304;
    return;
  }
  ctx.type = answer.contentType;
  if (encoding !== 'identity') ctx.set('Content-Encoding', encoding);
  ctx.body = answer.encodings[encoding];
};
