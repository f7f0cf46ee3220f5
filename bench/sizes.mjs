// JS of a production build, gzip-compressed as e2e/serve.mjs serves it (zlib's default level):
// "initial" is what index.html loads before any route runs (its <script src> and modulepreload
// links, which Angular writes for every initial chunk); "total" is every .js file in the build,
// lazy chunks and the worker included.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function jsSizes(browserDir) {
  const html = readFileSync(join(browserDir, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]),
  );
  const files = readdirSync(browserDir).filter((f) => f.endsWith('.js'));
  const gz = (f) => gzipSync(readFileSync(join(browserDir, f))).length;
  const sizes = Object.fromEntries(files.map((f) => [f, gz(f)]));
  const sum = (fs) => fs.reduce((s, f) => s + sizes[f], 0);
  return {
    initialFiles: [...initial],
    initialGzipBytes: sum([...initial].filter((f) => f in sizes)),
    totalGzipBytes: sum(files),
    files: sizes,
  };
}
