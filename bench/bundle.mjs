// Bundles a TypeScript entry (source text importing from src/app) with esbuild for Node, as the
// worker and the app run it, and imports the result: how the Node benchmarks load app code.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadBundle(root, name, entry) {
  const dir = join(root, 'bench/.generated');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}-entry.ts`), entry);
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [join(dir, `${name}-entry.ts`)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    minify: true,
    outfile,
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** Bundles a script for a browser page (one classic script, no imports left) and returns its path. */
export async function browserBundle(root, name, entryPoint) {
  const outfile = join(root, 'bench/.generated', `${name}.js`);
  await build({
    entryPoints: [entryPoint],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
