'use strict';
// A counting SMTP sink in its own process, so that it does not share a CPU core's event loop with Strapi.
// Reports { port } when listening and { received } when asked.
const { SMTPServer } = require('smtp-server');

let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  maxClients: 1000,
  disableReverseLookup: true,
  onData(stream, _session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      received += 1;
      callback();
    });
  },
});
// Without this, TCP delayed ACKs cap each connection at about 25 messages/s on loopback.
server.server.on('connection', (socket) => socket.setNoDelay(true));
server.listen(0, '127.0.0.1', () => process.send({ port: server.server.address().port }));
process.on('message', (message) => {
  if (message === 'count') process.send({ received });
  if (message === 'stop') server.close(() => process.exit(0));
});
