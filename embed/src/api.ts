/**
 * Calls to the plugin's public routes. The base is where this script was loaded from
 * (`…/api/privacy-policy/embed.js` → `…/api/privacy-policy/`), so a page on another origin needs no
 * configuration; an element's `api` attribute overrides it.
 */
const SCRIPT_BASE = new URL('./', import.meta.url).href;

export const apiBase = (element: Element) => {
  const given = element.getAttribute('api');
  return given ? new URL(given.endsWith('/') ? given : `${given}/`, document.baseURI).href : SCRIPT_BASE;
};

/** A URL under the API base with its query; empty values are left out. */
export const apiUrl = (element: Element, path: string, query: Record<string, string | null | undefined> = {}) => {
  const url = new URL(path, apiBase(element));
  for (const [name, value] of Object.entries(query)) if (value) url.searchParams.set(name, value);
  return url.href;
};

/** A refusal from the API: its status, Strapi's message and the field it names, if any. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

const refusal = async (response: Response) => {
  const body = await response.json().catch(() => null);
  const error = body?.error;
  const path = error?.details?.errors?.[0]?.path;
  return new ApiError(response.status, String(error?.message ?? response.statusText), Array.isArray(path) ? String(path[0]) : null);
};

/**
 * A request without cookies (`credentials: 'omit'`): the public routes need none, and the acceptance
 * routes take the user's token in the Authorization header only.
 */
const send = async (url: string, init: RequestInit = {}) => {
  const response = await fetch(url, { credentials: 'omit', ...init });
  if (!response.ok) throw await refusal(response);
  return response;
};

export const getJson = async <T>(url: string, token?: string | null): Promise<T> =>
  (await send(url, { headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) } })).json();

export const getText = async (url: string): Promise<string> => (await send(url, { headers: { Accept: 'text/html' } })).text();

export const postJson = async <T>(url: string, body: unknown, token?: string | null): Promise<T> =>
  (
    await send(url, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })
  ).json();

export interface VersionMeta {
  number: string;
  effectiveDate: string;
  changeSummary: string | null;
}

export interface PolicyListEntry {
  slug: string;
  title: string;
  locale: string;
  version: VersionMeta | null;
  upcoming: VersionMeta | null;
}

/**
 * The locales to try, best first: the one asked for, its language (`en-GB` → `en`), then the server's
 * default (null). A locale taken from the page's `lang` is a preference, not a requirement: a site in
 * `en-GB` whose policy is published in `en` still shows it.
 */
const localeCandidates = (locale: string | null) => [...new Set([locale, locale?.split('-')[0] ?? null, null])];

/**
 * The policy's entry in the list of published policies (small: title, current and upcoming versions) and
 * the locale the server answered in; the entry is null when no candidate locale has the policy. A locale
 * the server does not have (a 400 naming `locale`), or in which the policy is not published, falls back to
 * the next candidate.
 */
export const findPolicy = async (element: Element, slug: string, locale: string | null) => {
  let found: { entry: PolicyListEntry | null; locale: string | null } = { entry: null, locale };
  for (const candidate of localeCandidates(locale)) {
    try {
      const list = await getJson<{ data: PolicyListEntry[]; meta: { locale: string } }>(apiUrl(element, 'policies', { locale: candidate }));
      found = { entry: list.data.find((policy) => policy.slug === slug) ?? null, locale: list.meta.locale };
      if (found.entry) return found;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 400 && error.field === 'locale')) throw error;
    }
  }
  return found;
};

/** Links readers follow: standalone pages the server renders in the policy's language. */
export const links = (element: Element, slug: string, locale: string | null) => {
  const policyPath = `policies/${encodeURIComponent(slug)}`;
  return {
    printable: (version?: string) => apiUrl(element, policyPath, { format: 'printable', version, locale }),
    redline: (from: string, to: string) => apiUrl(element, `${policyPath}/diff`, { from, to, format: 'printable', locale }),
    archive: () => apiUrl(element, `${policyPath}/archive`, { locale }),
  };
};
