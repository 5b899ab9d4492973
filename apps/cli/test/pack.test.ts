import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { CLI_ROOT } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'dostyk-pack-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// npm's own cache and config stay out of the user's; nothing here may reach the network.
const env = {
  ...process.env,
  npm_config_offline: 'true',
  npm_config_cache: join(tmp, 'cache'),
  npm_config_update_notifier: 'false',
};
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, env, encoding: 'utf8' });

it('the packed tarball installs in an empty folder and `npx dostyk --version` runs', () => {
  npm(['pack', '--pack-destination', tmp], CLI_ROOT);
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  expect(tarball).toBeDefined();
  const app = join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{"name":"empty","private":true}');
  npm(['install', '--no-audit', '--no-fund', join(tmp, tarball as string)], app);
  // The bundle carries every dependency: nothing but the CLI itself was installed.
  expect(readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['@dostyk']);
  const version = execFileSync('npx', ['dostyk', '--version'], { cwd: app, env, encoding: 'utf8' }).trim();
  expect(version).toMatch(/^\d+\.\d+\.\d+/);
  const show = execFileSync('npx', ['dostyk', 'search', 'zanatas'], { cwd: app, env, encoding: 'utf8' });
  expect(show).toContain('zhanatas-wind-farm');
});
