import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const OUT = join(import.meta.dirname, '..', 'out');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

let server: ChildProcess | undefined;

/** Serves the static export with the project's own server (scripts/serve.mjs) for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync(join(OUT, 'en.html')))
    throw new Error('apps/web/out is missing: run the build before the e2e tests');
  const port = await freePort();
  server = spawn(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'serve.mjs')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server?.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('served on')) resolve();
    });
    server?.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    server?.kill('SIGTERM');
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
