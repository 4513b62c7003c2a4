import http from 'node:http';
import { AddressInfo } from 'node:net';

/** A local HTTP endpoint that keeps every webhook Strapi sends it: the event header and the JSON body. */
export const startWebhookReceiver = async () => {
  const received: { event: string | undefined; body: any }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ event: req.headers['x-strapi-event'] as string | undefined, body: JSON.parse(body) });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
