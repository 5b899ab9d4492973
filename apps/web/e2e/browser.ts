import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const BASE = () => inject('baseUrl');
export const LOCALES = ['en', 'it', 'ru', 'kk', 'zh'] as const;

/** System Chromium, headless, with nothing that reaches the network on its own. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Watched {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen so far. */
  errors: string[];
}

/** A page that records every console error, page error and failed same-origin request. */
export async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Leaving a page cancels its pending requests; that is not a failure of the site.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().includes('/404') && r.request().resourceType() !== 'document')
      errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, errors };
}

type Rec = { id: string };
/** The dataset as the site ships it, to pick real record ids. */
export function shippedDataset(): Record<string, Rec[]> {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'out', 'downloads', 'dataset.json'), 'utf8'),
  );
}

/** One path per page type (with a real record for record pages), relative to /{locale}. */
export function pageTypes(): { type: string; path: string }[] {
  const d = shippedDataset();
  const exported = (c: string, id: string) =>
    existsSync(join(import.meta.dirname, '..', 'out', 'en', c, `${id}.html`));
  const first = (c: string) =>
    d[c]?.find((r) => r.id === 'zhanatas-wind-farm')?.id ?? d[c]?.find((r) => exported(c, r.id))?.id;
  const out = [
    { type: 'home', path: '' },
    { type: 'projects', path: '/projects' },
    { type: 'timeline', path: '/timeline' },
    { type: 'figures', path: '/figures' },
    { type: 'data', path: '/data' },
    { type: 'about', path: '/about' },
    { type: 'search', path: '/search?q=wind' },
  ];
  for (const c of ['projects', 'events', 'agreements', 'people', 'organizations', 'frameworks', 'places']) {
    if (c !== 'projects') out.push({ type: `${c} list`, path: `/${c}` });
    const id = first(c);
    if (id) out.push({ type: `${c} record`, path: `/${c}/${id}` });
  }
  return out;
}
