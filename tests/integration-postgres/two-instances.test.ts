import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { deliveringChildEnv, startChildStrapi, ChildStrapi } from '../helpers/child-strapi';
import { prepareQueuedNotification } from '../helpers/notification-setup';
import { testDatabaseClient, TestDatabase } from '../helpers/database';

const SUBSCRIBERS = 5000;

let sink: SmtpSink;
let database: TestDatabase;
const children: ChildStrapi[] = [];

afterAll(async () => {
  for (const child of children) await child.kill('SIGKILL');
  await sink?.close();
  await database?.drop();
});

test('two Strapi instances on one PostgreSQL database deliver 5,000 messages with zero duplicates', async () => {
  expect(testDatabaseClient()).toBe('postgres');
  sink = await startSmtpSink();
  const prepared = await prepareQueuedNotification(SUBSCRIBERS);
  database = prepared.database;
  const env = deliveringChildEnv(database.env, sink.port, {
    PRIVACY_POLICY_MESSAGES_PER_SECOND: '5000',
    PRIVACY_POLICY_CONCURRENCY: '10',
    PRIVACY_POLICY_BATCH_SIZE: '100',
  });
  children.push(...(await Promise.all([startChildStrapi(env), startChildStrapi(env)])));
  const notices = () => sink.messages.filter((message) => message.parsed.subject?.includes('version 2.0'));
  await sink.waitFor(() => new Set(notices().map((message) => message.to)).size === SUBSCRIBERS, 180_000);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(notices()).toHaveLength(SUBSCRIBERS);

  const { Client } = require('pg');
  const client = new Client({
    host: database.env.DATABASE_HOST,
    port: Number(database.env.DATABASE_PORT),
    user: database.env.DATABASE_USERNAME,
    database: database.env.DATABASE_NAME,
  });
  await client.connect();
  try {
    const { rows } = await client.query(
      "select lease_owner, status, count(*)::int as count from privacy_policy_deliveries where kind = 'notification' group by lease_owner, status",
    );
    expect(rows.every((row: any) => row.status === 'sent')).toBe(true);
    expect(rows.reduce((sum: number, row: any) => sum + row.count, 0)).toBe(SUBSCRIBERS);
    // Both instances took part.
    expect(rows.length).toBe(2);
  } finally {
    await client.end();
  }
  // Three Strapi boots (one to queue the notification, two delivering in child processes) and 5,000 emails: long by design.
}, 300_000);
