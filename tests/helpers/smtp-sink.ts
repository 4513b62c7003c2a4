import { SMTPServer } from 'smtp-server';
import { simpleParser, ParsedMail } from 'mailparser';
import { AddressInfo } from 'node:net';

export interface CapturedMessage {
  to: string;
  parsed: ParsedMail;
}

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/**
 * A real SMTP server on a free local port that keeps every message it accepts. It can refuse for a
 * while (transient 4xx), refuse some recipients for good (5xx), and be slow.
 */
export const startSmtpSink = async () => {
  const messages: CapturedMessage[] = [];
  const behaviour = { refuseNext: 0, refuseCode: 421, rejectRecipients: new Set<string>(), delayMs: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    disableReverseLookup: true,
    size: 10 * 1024 * 1024,
    onMailFrom(_address, _session, callback) {
      if (behaviour.refuseNext > 0) {
        behaviour.refuseNext -= 1;
        return callback(smtpError(behaviour.refuseCode, 'Service busy, try again later'));
      }
      callback();
    },
    onRcptTo(address, _session, callback) {
      if (behaviour.rejectRecipients.has(address.address.toLowerCase())) return callback(smtpError(550, 'Mailbox unavailable'));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        const parsed = await simpleParser(Buffer.concat(chunks));
        for (const recipient of session.envelope.rcptTo) messages.push({ to: recipient.address.toLowerCase(), parsed });
        if (behaviour.delayMs) await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    messages,
    behaviour,
    to: (address: string) => messages.filter((message) => message.to === address.toLowerCase()),
    async waitFor(predicate: () => boolean, timeoutMs = 30_000) {
      const started = Date.now();
      while (!predicate()) {
        if (Date.now() - started > timeoutMs)
          throw new Error(`timed out after ${timeoutMs} ms waiting for the SMTP sink (${messages.length} messages)`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;
