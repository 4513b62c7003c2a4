import { DateTime } from 'luxon';

/**
 * Sets ETag and Cache-Control and answers 304 when the client's copy is current. The cache lifetime never
 * runs past the moment an upcoming version takes effect, so caches switch on time.
 */
export const cacheable = (
  ctx: any,
  { etag, maxAge, switchesOn, timeZone, now }: { etag: string; maxAge: number; switchesOn?: string | null; timeZone: string; now: Date },
) => {
  let lifetime = maxAge;
  if (switchesOn) {
    const switchAt = DateTime.fromISO(switchesOn, { zone: timeZone }).startOf('day').toMillis();
    lifetime = Math.max(0, Math.min(lifetime, Math.floor((switchAt - now.getTime()) / 1000)));
  }
  ctx.status = 200;
  ctx.set('ETag', `"${etag}"`);
  ctx.set('Cache-Control', `public, max-age=${lifetime}`);
  if (ctx.fresh) {
    ctx.status = 304;
    return true;
  }
  return false;
};
