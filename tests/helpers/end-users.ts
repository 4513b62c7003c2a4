import { randomBytes } from 'node:crypto';
import type { TestApp } from './strapi';
import { createSmallPolicy, setClock, UID } from './policy-fixture';

export interface EndUser {
  id: number;
  documentId: string;
  email: string;
  password: string;
  jwt: string;
}

/** A site user registered through users-permissions' own route (`/api/auth/local/register`), with the JWT it returns. */
export const registerEndUser = async (app: TestApp, name: string): Promise<EndUser> => {
  const suffix = randomBytes(3).toString('hex');
  const email = `${name}-${suffix}@example.test`.toLowerCase();
  const password = 'End-User-Password-2026';
  const res = await app.http.post('/api/auth/local/register').send({ username: `${name}-${suffix}`, email, password });
  if (res.status !== 200) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.user.id, documentId: res.body.user.documentId, email, password, jwt: res.body.jwt };
};

/** The plugin's acceptance routes as a frontend calls them, with or without a user's JWT. */
export const acceptanceApi = (app: TestApp) => {
  const path = (slug: string, query = '') => `/api/privacy-policy/policies/${slug}/acceptance${query}`;
  const auth = (token?: string) => (token ? { Authorization: `Bearer ${token}` } : {});
  return {
    status: (slug: string, token?: string, query = '') => app.http.get(path(slug, query)).set(auth(token)),
    accept: (slug: string, body: unknown, token?: string, query = '') =>
      app.http
        .post(path(slug, query))
        .set(auth(token))
        .send(body as object),
  };
};

/** GraphQL over HTTP, with or without a bearer token. */
export const graphql =
  (app: TestApp) =>
  async (query: string, variables: object = {}, token?: string) => {
    const request = app.http.post('/graphql');
    if (token) request.set('Authorization', `Bearer ${token}`);
    return (await request.send({ query, variables })).body;
  };

/**
 * A policy of its own, published as 1.0 effective on `day(0)` through the admin publish route, and helpers
 * to publish its next versions; `day` counts calendar days from the suite's origin, and the clock is set
 * to `day(0)` first.
 */
export const acceptancePolicy = async (app: TestApp, adminJwt: string, day: (offset: number) => string, name: string) => {
  setClock(app, day(0));
  const fixture = await createSmallPolicy(app, name);
  const { documentId } = fixture.policy;
  const publish = async (body: object) => {
    const res = await app.http
      .post(`/privacy-policy/policies/${documentId}/versions`)
      .set('Authorization', `Bearer ${adminJwt}`)
      .send(body);
    if (res.status !== 201) throw new Error(`publish failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data.version.number as string;
  };
  await publish({ changeType: 'major', effectiveDate: day(0), changeSummary: 'First version' });
  const { slug } = await app.strapi.db
    .query(UID.policy)
    .findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug'] });
  let period = 6;
  return {
    documentId,
    slug: slug as string,
    /** A major change (a longer retention period) effective on the day given; returns its number. */
    async publishMajor(effectiveOffset: number) {
      period += 1;
      await app.strapi
        .documents(UID.retentionRule)
        .update({ documentId: fixture.retentionRule.documentId, data: { period: `P${period}Y` } as any });
      return publish({ changeType: 'major', effectiveDate: day(effectiveOffset), changeSummary: `Kept ${period} years` });
    },
    /** A minor change (a reworded section) effective on the day given; returns its number. */
    async publishMinor(effectiveOffset: number) {
      await app.strapi.documents(UID.section).update({
        documentId: fixture.section.documentId,
        data: { body: `Reworded on day ${effectiveOffset} (${randomBytes(4).toString('hex')}).` } as any,
      });
      return publish({ changeType: 'minor', effectiveDate: day(effectiveOffset), changeSummary: `Reworded on day ${effectiveOffset}` });
    },
  };
};

export type AcceptancePolicy = Awaited<ReturnType<typeof acceptancePolicy>>;
