import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';

const { startSmtpSink } = require('../../example/lib/smtp-sink');

test("the demo's mail server prints each email's recipients and subject and keeps the whole message", async () => {
  const outbox = mkdtempSync(path.join(tmpdir(), 'pp-demo-outbox-'));
  const printed: string[] = [];
  const sink = await startSmtpSink({ outbox, root: outbox, log: (line: string) => printed.push(line) });
  try {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: sink.port, secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: 'privacy@example.test',
      to: 'reader@example.test',
      subject: 'Confirm your subscription',
      text: 'Follow the link.',
    });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^\[demo\] email to reader@example\.test: "Confirm your subscription" \(saved as .+\.eml\)$/);
    const [saved] = readdirSync(outbox);
    expect(readFileSync(path.join(outbox, saved), 'utf8')).toContain('Follow the link.');
  } finally {
    await sink.close();
    rmSync(outbox, { recursive: true, force: true });
  }
});
