import http from 'node:http';
import { AddressInfo } from 'node:net';
import type { TestApp } from './strapi';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as sent on the wire: not decompressed. */
  body: Buffer;
}

/** A GET over a real socket that keeps the body as sent (supertest would decompress it). */
export const rawGet = (app: TestApp, path: string, headers: Record<string, string> = {}): Promise<RawResponse> =>
  rawRequest(app, 'GET', path, headers);

/** A request over a real socket that keeps the body as sent. */
export const rawRequest = async (
  app: TestApp,
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> => {
  const server = app.strapi.server.httpServer as http.Server;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
};
