// @ts-check
// The web explorer's own static server (apps/web/scripts/serve.mjs) on a free loopback port.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WEB_SERVE } from './paths.mjs';

function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const s = createServer();
      s.once('error', reject);
      s.listen(0, '127.0.0.1', () => {
        const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
        s.close(() => resolve(port));
      });
    })
  );
}

/** Start serving `outDir`; resolves with its origin and a `stop()` that ends only this server. */
export async function serveStatic(outDir) {
  const port = await freePort();
  const child = spawn(process.execPath, [WEB_SERVE], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DOSTYK_OUT: outDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const origin = `http://127.0.0.1:${port}`;
  await /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('serve.mjs did not start within 20 s')), 20_000);
      let err = '';
      child.stderr.on('data', (b) => {
        err += b;
      });
      child.stdout.on('data', (b) => {
        if (String(b).includes('served')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`serve.mjs exited ${code}: ${err.trim().slice(-300)}`));
      });
    })
  );
  return {
    origin,
    stop: () =>
      /** @type {Promise<void>} */ (
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        })
      ),
  };
}
