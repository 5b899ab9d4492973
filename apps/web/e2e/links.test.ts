import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startupScripts } from '../scripts/startup-scripts.mjs';
import { BASE } from './browser';

const OUT = join(import.meta.dirname, '..', 'out');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === '_next' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

describe('links', () => {
  it('every internal link and asset of every exported page resolves', async () => {
    const files = htmlFiles(OUT);
    expect(files.length).toBeGreaterThan(50);
    const targets = new Map<string, string>();
    const idsByFile = new Map<string, Set<string>>();
    const fragments: [string, string][] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      idsByFile.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string)));
      for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const raw = (m[1] as string).replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|data:|blob:)/.test(raw)) continue;
        if (raw.startsWith('#')) {
          fragments.push([file, decodeURIComponent(raw.slice(1))]);
          continue;
        }
        const path = raw.split('#')[0]?.split('?')[0] ?? '';
        if (path && !targets.has(path)) targets.set(path, relative(OUT, file));
      }
    }
    // In-page anchors (footnotes, skip links, table of contents) point at elements that exist.
    const missingAnchors = fragments
      .filter(([file, id]) => !idsByFile.get(file)?.has(id))
      .map(([f, id]) => `${relative(OUT, f)}#${id}`);
    expect(missingAnchors).toEqual([]);

    const broken: string[] = [];
    const list = [...targets.entries()];
    for (let i = 0; i < list.length; i += 16) {
      await Promise.all(
        list.slice(i, i + 16).map(async ([path, from]) => {
          const res = await fetch(`${BASE()}${path}`, { method: 'HEAD', redirect: 'manual' });
          if (res.status !== 200) broken.push(`${path} (${res.status}) from ${from}`);
        }),
      );
    }
    expect(broken).toEqual([]);
  });

  it('serves sitemap.xml, robots.txt and the downloads with their content types', async () => {
    const check = async (path: string, type: RegExp) => {
      const res = await fetch(`${BASE()}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(type);
      return res.text();
    };
    const sitemap = await check('/sitemap.xml', /xml/);
    expect(sitemap).toContain('/zh/projects');
    expect(sitemap).toContain('hreflang');
    // The e2e build has no public address (SITE_URL): the sitemap's URLs are site-relative and robots.txt
    // names no sitemap rather than a host that is not the site.
    expect(await check('/robots.txt', /text\/plain/)).not.toContain('Sitemap:');
    await check('/downloads/dataset.json', /application\/json/);
    await check('/downloads/places.geojson', /geo\+json/);
    const res = await fetch(`${BASE()}/en`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('names no localhost in any built file when no public address is configured', () => {
    const out = join(import.meta.dirname, '..', 'out');
    const naming: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (
          // Pages, RSC payloads, sitemap and data files: what the build writes about the site. (The framework's
          // URL polyfill chunk carries the word as a literal of its URL parser; it names no host.)
          /\.(html|txt|xml|json|webmanifest)$/.test(name) &&
          readFileSync(path, 'utf8').includes('localhost')
        )
          naming.push(relative(out, path));
      }
    };
    walk(out);
    expect(naming).toEqual([]);
  });

  it('never serves files outside out/, and redirects a trailing slash', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/en/%00']) {
      const res = await fetch(`${BASE()}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('"name": "@dostyk/web"');
    }
    const res = await fetch(`${BASE()}/en/projects/?sector=energy`, { redirect: 'manual' });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/en/projects?sector=energy');
  });
});

describe('start-up scripts', () => {
  it('are marked for eager compilation (V8 compile hint); chunks loaded later are not', async () => {
    const started = new Set<string>();
    for (const page of ['/en', '/en/projects', '/zh/projects/zhanatas-wind-farm']) {
      const html = await (await fetch(`${BASE()}${page}`)).text();
      for (const src of startupScripts(html)) started.add(src);
    }
    expect(started.size).toBeGreaterThan(3);
    for (const src of started) {
      const code = await (await fetch(`${BASE()}${src}`)).text();
      expect(code.startsWith('//# allFunctionsCalledOnLoad\n'), src).toBe(true);
    }
    // Chunks loaded later (the projects worker, lazy imports) stay lazily compiled.
    const later = readdirSync(join(OUT, '_next', 'static', 'chunks'), { recursive: true })
      .map((f) => `/_next/static/chunks/${String(f)}`)
      .filter((f) => f.endsWith('.js') && !started.has(f));
    expect(later.length).toBeGreaterThan(0);
    const unmarked = later.filter(
      (f) => !readFileSync(join(OUT, f), 'utf8').startsWith('//# allFunctionsCalledOnLoad'),
    );
    expect(unmarked.length).toBeGreaterThan(0);
  });
});

describe('the static site', () => {
  it('ships no React Server Components payloads (no page navigates client-side), but keeps robots.txt', () => {
    const payloads = readdirSync(OUT, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.txt') && f !== 'robots.txt');
    expect(payloads).toEqual([]);
    expect(statSync(join(OUT, 'robots.txt')).size).toBeGreaterThan(0);
  });
});
