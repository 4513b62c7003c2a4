import type { Core } from '@strapi/strapi';

export interface Window {
  max: number;
  windowSeconds: number;
}

/** Sliding-window counters kept in memory (per Strapi instance). */
const rateLimiter = (_: { strapi: Core.Strapi }) => {
  const hits = new Map<string, number[]>();

  const prune = (now: number) => {
    if (hits.size < 10_000) return;
    for (const [key, times] of hits) if (!times.length || times[times.length - 1] < now - 86_400_000) hits.delete(key);
  };

  return {
    /** Records a hit and tells whether it is within the limit. */
    allow(key: string, { max, windowSeconds }: Window, now = Date.now()) {
      prune(now);
      const since = now - windowSeconds * 1000;
      const recent = (hits.get(key) ?? []).filter((time) => time > since);
      const allowed = recent.length < max;
      if (allowed) recent.push(now);
      hits.set(key, recent);
      return allowed;
    },

    reset() {
      hits.clear();
    },
  };
};

export default rateLimiter;
