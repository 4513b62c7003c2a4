'use strict';

const net = require('net');

/**
 * nodemailer `getSocket` hook that turns Nagle's algorithm off. nodemailer leaves it on, and against
 * a server that delays its ACKs (Linux does, by 40 ms) each message then waits about 40 ms: on
 * loopback that caps a pooled connection at roughly 25 messages/s instead of hundreds.
 */
module.exports = (options, callback) => {
  const socket = net.connect(options.port, options.host);
  socket.setNoDelay(true);
  socket.once('connect', () => callback(null, { connection: socket }));
  socket.once('error', callback);
};
