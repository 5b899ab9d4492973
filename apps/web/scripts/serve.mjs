#!/usr/bin/env node
// @ts-check
// Serves the static export in out/ on $PORT (default 3000) with plain node:http: correct content types,
// `/x` → `/x.html` or `/x/index.html`, unknown paths → the localized 404 page with status 404, and the
// headers from out/_headers (the same Content-Security-Policy a static host would send), and text compressed
// (Brotli or gzip, as the browser accepts) as every static host serves it.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = resolve(process.env.DOSTYK_OUT ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'out'));
const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? '0.0.0.0';
const LOCALES = ['en', 'it', 'ru', 'kk', 'zh'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
};

/** Parses Netlify/Cloudflare-style `_headers`: a path pattern line, then indented `Name: value` lines. */
function readHeaders() {
  const file = join(ROOT, '_headers');
  if (!existsSync(file)) return [];
  /** @type {{ re: RegExp, headers: [string, string][] }[]} */
  const rules = [];
  /** @type {{ re: RegExp, headers: [string, string][] } | undefined} */
  let current;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      current = { re, headers: [] };
      rules.push(current);
    } else if (current) {
      const i = line.indexOf(':');
      if (i > 0) current.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}
const HEADER_RULES = readHeaders();

function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The file for a URL path, or undefined. Never leaves ROOT. */
function resolveFile(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = normalize(join(ROOT, decoded));
  if (base !== ROOT && !base.startsWith(ROOT + sep)) return undefined;
  const candidates = decoded.endsWith('/')
    ? [join(base, 'index.html'), `${base.replace(/[/\\]$/, '')}.html`]
    : [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find(isFile);
}

function notFoundPage(pathname) {
  const first = pathname.split('/')[1] ?? '';
  const localized = LOCALES.includes(first) ? join(ROOT, first, '404.html') : undefined;
  if (localized && isFile(localized)) return localized;
  const global = join(ROOT, '404.html');
  return isFile(global) ? global : undefined;
}

/** Text types worth compressing; images other than SVG and fonts are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.csv',
  '.txt',
  '.md',
  '.xml',
  '.svg',
  '.map',
]);
/** Files above this size stream as they are (the synthetic benchmark datasets: tens of megabytes, compressed on the fly, would stall the server). */
const MAX_COMPRESS = 16 * 1024 * 1024;
/** Compressed bodies by file, encoding and modification time: each file is compressed once per change. */
const compressedCache = new Map();

function pickEncoding(req) {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return undefined;
}

function compressed(file, encoding, stat) {
  const key = `${encoding}:${file}`;
  const hit = compressedCache.get(key);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.body;
  const raw = readFileSync(file);
  const body =
    encoding === 'br'
      ? brotliCompressSync(raw, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
        })
      : gzipSync(raw, { level: 6 });
  compressedCache.set(key, { mtimeMs: stat.mtimeMs, size: stat.size, body });
  return body;
}

function send(req, res, status, file, pathname) {
  const headers = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
  };
  for (const rule of HEADER_RULES)
    if (rule.re.test(pathname)) for (const [k, v] of rule.headers) headers[k.toLowerCase()] = v;
  if (pathname.startsWith('/_next/static/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
  const stat = statSync(file);
  const encoding =
    COMPRESSIBLE.has(extname(file)) && stat.size <= MAX_COMPRESS ? pickEncoding(req) : undefined;
  if (COMPRESSIBLE.has(extname(file))) headers.vary = 'accept-encoding';
  if (encoding) {
    const body = compressed(file, encoding, stat);
    headers['content-encoding'] = encoding;
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    return res.end(req.method === 'HEAD' ? undefined : body);
  }
  headers['content-length'] = String(stat.size);
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' });
    return res.end();
  }
  let pathname;
  try {
    pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    res.writeHead(400);
    return res.end();
  }
  // `/en/` → `/en`: one address per page.
  if (pathname.length > 1 && pathname.endsWith('/') && resolveFile(pathname.slice(0, -1))) {
    const search = (req.url ?? '').slice(
      (req.url ?? '').indexOf('?') >= 0 ? (req.url ?? '').indexOf('?') : (req.url ?? '').length,
    );
    res.writeHead(308, { location: pathname.slice(0, -1) + search });
    return res.end();
  }
  const file = resolveFile(pathname);
  if (file) return send(req, res, 200, file, pathname);
  const missing = notFoundPage(pathname);
  if (missing) return send(req, res, 404, missing, pathname);
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found\n');
});

if (!existsSync(ROOT)) {
  console.error(`serve: ${ROOT} does not exist; run the build first`);
  process.exit(1);
}
server.listen(PORT, HOST, () => {
  console.log(`Dostyk is served on http://localhost:${PORT}`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
