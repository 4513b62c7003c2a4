import type { Core } from '@strapi/strapi';
import { UID } from '../../domain/uids';
import { getService } from '../../utils/get-service';

const CONTENT_MANAGER_PUBLISH = new RegExp(`^/content-manager/collection-types/${UID.policy.replace(/\./g, '\\.')}/[^/]+/actions/publish$`);

/** The header that tells what a publish recorded: `recorded 2.1`, or `unchanged 2.1` when the content had not changed. */
export const VERSION_HEADER = 'X-Privacy-Policy-Version';

export const versionHeaderValue = (outcome: { recorded: boolean; version: { number: string } }) =>
  `${outcome.recorded ? 'recorded' : 'unchanged'} ${outcome.version.number}`;

/**
 * On the content manager's own Publish route for a policy, adds the header once the publish has answered:
 * the version is read back by its key, the published entry the answer names.
 */
export const versionHeader = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<void>) => {
  await next();
  if (ctx.method !== 'POST' || ctx.status >= 300 || !CONTENT_MANAGER_PUBLISH.test(ctx.path)) return;
  const entry = ctx.body?.data as { id?: number; documentId?: string; locale?: string } | undefined;
  if (!entry?.id || !entry.documentId) return;
  const history = getService('version-history', { strapi });
  const recorded = await history.recordedFromEntry(entry.id);
  const version = recorded ?? (await history.latest(entry.documentId, entry.locale ?? undefined));
  if (version) ctx.set(VERSION_HEADER, versionHeaderValue({ recorded: Boolean(recorded), version }));
};
