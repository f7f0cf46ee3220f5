// The layer rule, checked against eslint itself: for every pair of layers, an import from a file in
// the lower layer into a real file of the higher one must fail `npm run lint`, and the reverse must
// pass. Run by `npm run lint` with `node --test`.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, dirname } from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const require = createRequire(import.meta.url);
const { LAYERS } = require('../layers.config.js');
const root = join(dirname(new URL(import.meta.url).pathname), '..');
const app = join(root, 'src/app');
const eslint = new ESLint({ cwd: root });

/** A non-spec TypeScript file of the folder, or the file itself for app.ts and the like. */
function sampleFile(folder) {
  const path = join(app, folder);
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path, { recursive: true }).map(String).sort();
  const file = files.find((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
  assert.ok(file, `src/app/${folder} has a TypeScript file`);
  return join(path, file);
}

/** The lint messages for a file in `from` that imports the sample file of `to`. */
async function lintImport(fromFolder, toFolder) {
  const target = sampleFile(toFolder);
  const fromDir = statSync(join(app, fromFolder)).isDirectory() ? join(app, fromFolder) : app;
  const filePath = join(fromDir, 'layer-fixture.ts');
  let specifier = relative(fromDir, target).replace(/\.ts$/, '');
  if (!specifier.startsWith('.')) specifier = `./${specifier}`;
  const code = `import * as fixture from '${specifier}';\n\nexport const used = fixture;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths');
}

const pairs = [];
LAYERS.forEach((lower, i) =>
  LAYERS.slice(i + 1).forEach((higher) => {
    pairs.push([lower, higher]);
  }),
);

for (const [lower, higher] of pairs) {
  for (const from of lower.folders)
    for (const to of higher.folders) checkPair(lower, from, higher, to);
}

function checkPair(lower, from, higher, to) {
  test(`${from} (${lower.name}) may not import ${to} (${higher.name})`, async () => {
    const messages = await lintImport(from, to);
    assert.equal(messages.length, 1, `an import of ${to} from ${from} fails lint`);
    assert.match(messages[0].message, new RegExp(`"${lower.name}" is below`));
  });
  test(`${to} (${higher.name}) may import ${from} (${lower.name})`, async () => {
    assert.deepEqual(await lintImport(to, from), []);
  });
}

test('every folder and file of src/app belongs to exactly one layer', () => {
  const assigned = LAYERS.flatMap((layer) => layer.folders);
  assert.equal(new Set(assigned).size, assigned.length, 'no folder in two layers');
  const entries = readdirSync(app).filter(
    (name) => statSync(join(app, name)).isDirectory() || /^[^.]+\.ts$/.test(name),
  );
  for (const entry of entries) assert.ok(assigned.includes(entry), `src/app/${entry} has a layer`);
});

test('the model may not use Angular', async () => {
  const code = `import { signal } from '@angular/core';\n\nexport const s = signal(1);\n`;
  const [result] = await eslint.lintText(code, { filePath: join(app, 'model/layer-fixture.ts') });
  assert.deepEqual(
    result.messages.map((m) => m.ruleId),
    ['no-restricted-imports'],
  );
});

test('an import cycle fails lint', async () => {
  // model/goal-sensitivity.ts uses LEVERS from model/levers.ts: levers importing it back closes a loop.
  const code = `import { tornado } from './goal-sensitivity';\n\nexport const t = tornado;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(app, 'model/levers.ts') });
  assert.ok(result.messages.some((m) => m.ruleId === 'import-x/no-cycle'));
});
