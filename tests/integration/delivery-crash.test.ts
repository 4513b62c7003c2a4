import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { deliveringChildEnv, startChildStrapi, ChildStrapi } from '../helpers/child-strapi';
import { prepareQueuedNotification } from '../helpers/notification-setup';
import type { TestDatabase } from '../helpers/database';

const SUBSCRIBERS = 300;
const CONCURRENCY = 5;

let sink: SmtpSink;
let database: TestDatabase;
const children: ChildStrapi[] = [];

afterAll(async () => {
  for (const child of children) await child.kill('SIGKILL');
  await sink?.close();
  await database?.drop();
});

const notices = () => sink.messages.filter((message) => message.parsed.subject?.includes('version 2.0'));

test('a SIGKILL mid-run loses nothing: after a restart every subscriber has the version, duplicates only from the in-flight chunk', async () => {
  sink = await startSmtpSink();
  const prepared = await prepareQueuedNotification(SUBSCRIBERS);
  database = prepared.database;
  const env = deliveringChildEnv(database.env, sink.port, {
    SMTP_POOL: 'false',
    PRIVACY_POLICY_MESSAGES_PER_SECOND: '150',
    PRIVACY_POLICY_CONCURRENCY: String(CONCURRENCY),
    PRIVACY_POLICY_BATCH_SIZE: '50',
    PRIVACY_POLICY_LEASE_SECONDS: '5',
  });

  const first = await startChildStrapi(env);
  children.push(first);
  await sink.waitFor(() => notices().length >= 60, 60_000);
  await first.kill('SIGKILL');
  const deliveredBeforeCrash = notices().length;
  expect(deliveredBeforeCrash).toBeLessThan(SUBSCRIBERS);

  const second = await startChildStrapi(env);
  children.push(second);
  await sink.waitFor(() => new Set(notices().map((message) => message.to)).size === SUBSCRIBERS, 90_000);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await second.kill('SIGTERM');

  const perRecipient = new Map<string, number>();
  for (const message of notices()) perRecipient.set(message.to, (perRecipient.get(message.to) ?? 0) + 1);
  expect([...perRecipient.keys()].sort()).toEqual([...prepared.emails].sort());
  const duplicates = notices().length - SUBSCRIBERS;
  // Only a chunk that was being sent when the process died can go out twice.
  expect(duplicates).toBeGreaterThanOrEqual(0);
  expect(duplicates).toBeLessThanOrEqual(CONCURRENCY);
  process.stdout.write(`[crash test] ${deliveredBeforeCrash} delivered before SIGKILL, ${duplicates} duplicate(s) after restart\n`);
  // Three Strapi boots (one to prepare the queue, two in child processes around the SIGKILL): long by design.
}, 180_000);
