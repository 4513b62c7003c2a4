import { createHash } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';

/**
 * A bounded load test on loopback: 200 readers read the policy without pause while an editor publishes
 * 20 versions. Every answer must be a 200 whose body is, byte for byte, one complete version.
 */
const READERS = 200;
const PUBLISHES = 20;
const THINK_MS = 400;
const UID = { section: 'plugin::privacy-policy.policy-section', policy: 'plugin::privacy-policy.policy' };

let app: TestApp;
let baseUrl: string;
let token: string;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

beforeAll(async () => {
  app = await startStrapi();
  await new Promise<void>((resolve) => app.strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(app.strapi.server.httpServer.address() as AddressInfo).port}`;
  token = await adminToken(app);
});
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 500));
  await app?.stop();
});

test(`${READERS} concurrent readers during ${PUBLISHES} publishes never see a half-published policy, and no request fails`, async () => {
  const cm = contentManager(app, token);
  const sections = [];
  for (let index = 0; index < 5; index += 1) {
    sections.push(
      (
        await cm.create(UID.section, {
          title: `Part ${index + 1}`,
          category: 'other',
          body: `Part ${index + 1}, revision 0.`,
          dataCollected: [`item ${index}`],
        })
      ).body.data,
    );
  }
  const policy = (
    await cm.create(UID.policy, {
      title: 'Under load',
      slug: 'under-load',
      sections: { connect: sections.map(({ id, documentId }) => ({ id, documentId })) },
    })
  ).body.data;
  const today = app.strapi.plugin('privacy-policy').service('clock').today();
  const publish = (body: object) =>
    fetch(`${baseUrl}/privacy-policy/policies/${policy.documentId}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ effectiveDate: today, ...body }),
    });
  expect((await publish({ changeType: 'major', changeSummary: 'First' })).status).toBe(201);

  const url = `${baseUrl}/api/privacy-policy/policies/under-load?format=json`;
  const seen = new Map<string, number>();
  const failures: string[] = [];
  let publishing = true;
  const reader = async () => {
    while (publishing) {
      try {
        const response = await fetch(url);
        const body = await response.text();
        if (response.status !== 200) failures.push(`${response.status} ${body.slice(0, 120)}`);
        else seen.set(sha256(body), (seen.get(sha256(body)) ?? 0) + 1);
      } catch (error) {
        failures.push(String(error));
      }
      // A short pause per reader keeps the run bounded: client and server share this process's cores.
      await new Promise((resolve) => setTimeout(resolve, THINK_MS));
    }
  };
  const readers = Array.from({ length: READERS }, reader);

  // Each publish edits all five sections, so a read that mixed two versions would match neither.
  try {
    for (let revision = 1; revision <= PUBLISHES; revision += 1) {
      for (const section of sections) {
        await app.strapi
          .documents(UID.section)
          .update({ documentId: section.documentId, data: { body: `${section.title}, revision ${revision}.` } });
      }
      const res = await publish({ changeType: 'minor' });
      expect(res.status).toBe(201);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  } finally {
    publishing = false;
    await Promise.all(readers);
  }

  const versions = new Set<string>();
  for (let minor = 0; minor <= PUBLISHES; minor += 1) {
    const body = await (await fetch(`${baseUrl}/api/privacy-policy/policies/under-load?format=json&version=1.${minor}`)).text();
    versions.add(sha256(body));
  }
  expect(failures).toEqual([]);
  const unknown = [...seen.keys()].filter((hash) => !versions.has(hash));
  expect(unknown).toEqual([]);
  const reads = [...seen.values()].reduce((sum, count) => sum + count, 0);
  expect(reads).toBeGreaterThan(READERS * 2);
  process.stdout.write(
    `[load test] ${reads} reads by ${READERS} readers during ${PUBLISHES} publishes, ${seen.size} distinct versions seen, 0 failures\n`,
  );
  // The readers saw the policy change under them, not one version throughout.
  expect(seen.size).toBeGreaterThan(1);
}, 180_000);
