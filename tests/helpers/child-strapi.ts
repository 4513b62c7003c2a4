import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const SCRIPT = path.resolve(__dirname, '..', 'processes', 'strapi-child.js');

export interface ChildStrapi {
  process: ChildProcess;
  /** http://127.0.0.1:<port> */
  url: string;
  output: () => string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** A port the OS has just handed out as free (a random pick could be one of the ephemeral ports in use). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Starts the example app in a separate Node process and resolves once it is up. */
export const startChildStrapi = async (env: Record<string, string>): Promise<ChildStrapi> => {
  const port = await freePort();
  const child = spawn(process.execPath, [SCRIPT], {
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: 'test', STRAPI_TELEMETRY_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('READY')) resolve();
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`child Strapi exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    process: child,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    kill: (signal: NodeJS.Signals = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
};

/** Environment for a child Strapi on a prepared database, sending to a local SMTP sink, with the worker on. */
export const deliveringChildEnv = (databaseEnv: Record<string, string>, smtpPort: number, delivery: Record<string, string>) => ({
  ...databaseEnv,
  DEMO_CONTENT: 'false',
  DEMO_ADMIN: 'false',
  PRIVACY_POLICY_DELIVERY: 'true',
  PRIVACY_POLICY_POLL_MS: '100',
  SMTP_PORT: String(smtpPort),
  ...delivery,
});
