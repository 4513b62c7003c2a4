/** The formats of a policy's version feed: Atom 1.0 (the default), RSS 2.0 and JSON Feed 1.1. */
export const FEED_FORMATS = ['atom', 'rss', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const PUBLIC_API_PATH = '/api/privacy-policy';

/**
 * The absolute addresses of a policy's public pages in one locale, from the public URL (publicUrlOf):
 * what the feeds and the archive page link to. Every link carries the locale, so a reader of the French
 * archive stays in French.
 */
export const policyLinks = (publicUrl: string, slug: string, locale: string) => {
  const policy = `${publicUrl}${PUBLIC_API_PATH}/policies/${encodeURIComponent(slug)}`;
  const query = (parameters: Record<string, string>) => new URLSearchParams(parameters).toString();
  return {
    /** One version as a standalone page to read (what a feed entry and the archive link to), or as the HTML fragment. */
    version: (number: string, format: 'html' | 'printable' = 'printable') => `${policy}?${query({ version: number, format, locale })}`,
    /** The version in effect, as the standalone printable page. */
    current: () => `${policy}?${query({ format: 'printable', locale })}`,
    /** The printable redline between two versions. */
    redline: (from: string, to: string) => `${policy}/diff?${query({ from, to, format: 'printable', locale })}`,
    feed: (format: FeedFormat) => `${policy}/feed?${query({ format, locale })}`,
    archive: () => `${policy}/archive?${query({ locale })}`,
    subscribe: () => `${publicUrl}${PUBLIC_API_PATH}/subscriptions`,
  };
};

export type PolicyLinks = ReturnType<typeof policyLinks>;
