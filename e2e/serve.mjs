#!/usr/bin/env node
// A tiny static server for the production build, with no dependencies.
// - serves the browser build (found from angular.json, or DIST_DIR);
// - falls back to index.html for unknown paths without a file extension (client-side routes);
// - gzips text responses when the client accepts it;
// - listens on 127.0.0.1:$PORT (default 4300);
// - sends a strict Content-Security-Policy with Trusted Types (see CSP below) on every response.
// Usage: npx ng build && node e2e/serve.mjs
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const HOST = process.env.HOST || '127.0.0.1';
const PORT = Number(process.env.PORT || 4300);

/** The build's browser folder: DIST_DIR, else the first project's outputPath in angular.json. */
function distDir() {
  if (process.env.DIST_DIR) return resolve(ROOT, process.env.DIST_DIR);
  const workspace = JSON.parse(readFileSync(join(ROOT, 'angular.json'), 'utf8'));
  const [name, project] = Object.entries(workspace.projects)[0];
  const out = project.architect?.build?.options?.outputPath;
  if (typeof out === 'string') return resolve(ROOT, out, 'browser');
  if (out && typeof out === 'object') return resolve(ROOT, out.base ?? `dist/${name}`, out.browser ?? 'browser');
  return resolve(ROOT, 'dist', name, 'browser');
}

const DIST = distDir();
if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`serve: no build at ${DIST}. Run \`npx ng build\` first.`);
  process.exit(1);
}

/**
 * The Content-Security-Policy, enforced. Scripts come only from this origin (plus the hash of any
 * inline script the build leaves in index.html; the production build keeps none: critical-CSS
 * inlining is off because its onload handler is inline script). No eval. Trusted Types: script
 * sinks take only values minted by the named policies: Angular's sanitizer ('angular'), the
 * bundler's ('angular#bundler'), the deck export's SVG parser ('svg-export'), and 'default', which
 * the app defines to let ECharts clear its own elements (innerHTML = '') and nothing else
 * (src/app/trusted-types.ts). 'angular#unsafe-bypass' is not listed, so
 * bypassSecurityTrust* cannot work even if someone writes it.
 * style-src needs 'unsafe-inline': Angular adds component styles as <style> elements, and
 * ECharts and Angular Material set style attributes.
 * connect-src allows data: and blob: because exports fetch data URLs (PNG) and object URLs.
 */
function contentSecurityPolicy(inlineScripts) {
  const hashes = inlineScripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' data: blob:",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types angular angular#bundler svg-export default",
  ].join('; ');
}

/** Inline <script> bodies of index.html (not <script src>), whose hashes the policy must allow. */
function inlineScripts(html) {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
}

const CSP = contentSecurityPolicy(inlineScripts(readFileSync(join(DIST, 'index.html'), 'utf8')));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.map', '.txt', '.svg', '.ico']);
// Angular's output hashing puts 16 upper-case hex-like characters before the extension.
const HASHED = /-[A-Z0-9]{8,}\.(js|css)$/;

const cache = new Map(); // absolute path -> { mtimeMs, body, gzipped }

function load(file) {
  const { mtimeMs } = statSync(file);
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit;
  const body = readFileSync(file);
  const entry = { mtimeMs, body, gzipped: COMPRESSIBLE.has(extname(file)) ? gzipSync(body) : null };
  cache.set(file, entry);
  return entry;
}

/** The file for a URL path, or null; never outside DIST. */
function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = normalize(join(DIST, decoded));
  if (file !== DIST && !file.startsWith(DIST + sep)) return null;
  try {
    const stats = statSync(file);
    if (stats.isFile()) return file;
    if (stats.isDirectory() && existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  } catch {
    // not found
  }
  return null;
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  let file = fileFor(pathname);
  if (!file) {
    // Client-side routes (/sources, /model, ...) get the app; missing files get a 404.
    if (extname(pathname) !== '') {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    file = join(DIST, 'index.html');
  }
  const ext = extname(file);
  const { body, gzipped } = load(file);
  const gzip = gzipped !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const payload = gzip ? gzipped : body;
  res.writeHead(200, {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Content-Length': payload.length,
    'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CSP,
    ...(gzipped !== null ? { Vary: 'Accept-Encoding' } : {}),
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
});

server.on('error', (error) => {
  console.error(`serve: ${error.message}`);
  process.exit(1);
});
server.listen(PORT, HOST, () => {
  console.log(`serve: ${DIST} on http://${HOST}:${PORT}/`);
  if (process.env.PRINT_CSP) console.log(`serve: Content-Security-Policy: ${CSP}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
