import { UID } from '../../domain/uids';
import { getService } from '../../utils/get-service';
import type { DocumentMiddleware, Next } from './context';

const CHANGES_WHAT_THE_PUBLIC_READS = new Set(['publish', 'unpublish', 'delete']);

/**
 * A publish, unpublish or delete of a policy changes what the public may read: the publication
 * generation goes up in the same transaction, so every instance's read cache drops its entries.
 */
export const publicationCache: DocumentMiddleware = (strapi) => async (ctx, next: Next) => {
  if (ctx.uid !== UID.policy || !CHANGES_WHAT_THE_PUBLIC_READS.has(ctx.action)) return next();
  return strapi.db.transaction(async () => {
    const result = await next();
    await getService('published-cache', { strapi }).invalidate();
    return result;
  });
};
