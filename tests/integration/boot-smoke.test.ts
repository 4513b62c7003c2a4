import { startStrapi, TestApp } from '../helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startStrapi();
});
afterAll(async () => {
  await app?.stop();
});

test('boots with the plugin and its content types', async () => {
  expect(app.strapi.contentType('plugin::privacy-policy.policy')).toBeDefined();
  const bases = await app.strapi.db.query('plugin::privacy-policy.legal-basis').count();
  expect(bases).toBe(16);
  const res = await app.http.get('/api/privacy-policy/policies');
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ data: [], meta: { total: 0 } });
});
