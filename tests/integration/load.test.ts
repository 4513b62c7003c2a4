import { createHash } from 'node:crypto';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, contentManager } from '../helpers/admin-api';
import { UID } from '../helpers/policy-fixture';

/**
 * A bounded load test on loopback: readers in a worker thread read the policy back to back, with no pause,
 * while an editor publishes version after version for LOAD_SECONDS. Every answer must be a 200 whose body
 * is, byte for byte, one complete version. The run is bounded by time, not by easing the load: CI reads
 * for 20 s; the long run is
 * `LOAD_SECONDS=300 npx jest --selectProjects integration --runTestsByPath tests/integration/load.test.ts`
 * and asserts the same.
 */
const READERS = Number(process.env.LOAD_READERS ?? 200);
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
/** Publishes that must complete under load, so that readers see the policy change under them. */
const MIN_PUBLISHES = 2;
/** Each reader reads at least this often while the versions are published. */
const READS_PER_READER = 5;

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

test(
  `${READERS} concurrent readers, reading without pause while versions are published, never see a half-published policy, and no request fails`,
  async () => {
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
    // A connection of its own per publish (supertest), apart from the readers' pool.
    const publish = (body: object) =>
      app.http
        .post(`/privacy-policy/policies/${policy.documentId}/versions`)
        .set('authorization', `Bearer ${token}`)
        .send({ effectiveDate: today, ...body });
    expect((await publish({ changeType: 'major', changeSummary: 'First' })).status).toBe(201);

    const url = `${baseUrl}/api/privacy-policy/policies/under-load?format=json`;
    const worker = new Worker(path.resolve(__dirname, '..', 'processes', 'load-readers.js'), { workerData: { url, readers: READERS } });
    const result = new Promise<{ seen: [string, number][]; failures: string[] }>((resolve, reject) => {
      worker.on('message', (message) => message.seen && resolve(message));
      worker.on('error', reject);
    });
    await new Promise((resolve) => worker.once('message', resolve));

    // Each publish edits all five sections, so a read that mixed two versions would match neither.
    let published = 0;
    const publishFailures: string[] = [];
    const deadline = Date.now() + LOAD_SECONDS * 1000;
    try {
      const underway = () => publishFailures.length === 0 && (Date.now() < deadline || published < MIN_PUBLISHES);
      for (let revision = 1; underway(); revision += 1) {
        for (const section of sections) {
          await app.strapi
            .documents(UID.section)
            .update({ documentId: section.documentId, data: { body: `${section.title}, revision ${revision}.` } });
        }
        const res = await publish({ changeType: 'minor' });
        if (res.status === 201) published += 1;
        else publishFailures.push(`${res.status} ${res.text.slice(0, 120)}`);
      }
    } finally {
      worker.postMessage('stop');
    }
    const { seen: seenList, failures } = await result;
    await worker.terminate();
    const seen = new Map(seenList);
    expect(publishFailures).toEqual([]);
    expect(published).toBeGreaterThanOrEqual(MIN_PUBLISHES);

    const versions = new Set<string>();
    for (let minor = 0; minor <= published; minor += 1) {
      const body = (await app.http.get(`/api/privacy-policy/policies/under-load?format=json&version=1.${minor}`)).text;
      versions.add(sha256(body));
    }
    expect(failures).toEqual([]);
    const unknown = [...seen.keys()].filter((hash) => !versions.has(hash));
    expect(unknown).toEqual([]);
    const reads = [...seen.values()].reduce((sum, count) => sum + count, 0);
    expect(reads).toBeGreaterThanOrEqual(READERS * READS_PER_READER);
    process.stdout.write(
      `[load test] ${reads} reads by ${READERS} readers in ${LOAD_SECONDS} s, during ${published} publishes; ${seen.size} distinct versions seen, 0 failures\n`,
    );
    // The readers saw the policy change under them, not one version throughout.
    expect(seen.size).toBeGreaterThan(1);
    // LOAD_SECONDS of load, plus the publish in flight at the deadline and the setup.
  },
  LOAD_SECONDS * 1000 + 90_000,
);
