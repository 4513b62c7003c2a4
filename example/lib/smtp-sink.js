'use strict';

const { mkdirSync, writeFileSync } = require('fs');
const path = require('path');

/**
 * The demo's mail server: an SMTP server on a free local port that prints each email it receives (the
 * recipients and the subject) and saves it whole in `outbox`, so a newcomer sees every confirmation and
 * notification the plugin sends without setting up mail.
 */
const startSmtpSink = async ({ outbox, root = process.cwd(), log = console.log }) => {
  const { SMTPServer } = require('smtp-server');
  const { simpleParser } = require('mailparser');
  mkdirSync(outbox, { recursive: true });
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        received += 1;
        const file = path.join(outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${received}.eml`);
        writeFileSync(file, raw);
        const message = await simpleParser(raw);
        const to = session.envelope.rcptTo.map((recipient) => recipient.address).join(', ');
        log(`[demo] email to ${to}: "${message.subject}" (saved as ${path.relative(root, file)})`);
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.server.address().port, close: () => new Promise((resolve) => server.close(resolve)) };
};

module.exports = { startSmtpSink };
