import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const config: NextConfig = {
  // A static site: every page is HTML in out/, served by scripts/serve.mjs or any static host.
  output: 'export',
  // /en/projects -> out/en/projects.html; the server resolves both forms.
  trailingSlash: false,
  images: { unoptimized: true },
  poweredByHeader: false,
  // The public address, for canonical and Open Graph URLs: record pages derive their head in the browser
  // too (it is not shipped in their props), so the browser's copy of lib/links.ts must know it.
  env: { NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL || process.env.SITE_URL || '' },
  reactStrictMode: true,
  // The data package ships ESM with JSON subpaths; let Next compile it like app code.
  transpilePackages: ['@dostyk/data'],
  // `pnpm typecheck` (tsc --noEmit) checks types as its own Turborepo task; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Static generation is CPU-bound: use both cores of the CI machines.
  experimental: { cpus: 2 },
};

export default withNextIntl(config);
