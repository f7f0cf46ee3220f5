// Importing a 5,000-row data pack in Node: reading and checking the CSV over the shipped pack
// (src/app/data-packs/data-pack-file.ts, papaparse + zod), then the review (figures added and
// revised, each goal's status on both packs), timed against papaparse alone parsing the same text:
// the bare parse any CSV import pays. `node bench/pack-import.mjs` runs it alone.
import { loadBundle } from './bundle.mjs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ENTRY = `
export { readDataPack } from '../../src/app/data-packs/data-pack-file';
export { pointChanges, goalOutcomes } from '../../src/app/data-packs/pack-review';
export { SHIPPED_PACK } from '../../src/app/model/data-pack';
export { GOALS } from '../../src/app/model/goals';
export { DEFAULT_LEVERS } from '../../src/app/model/levers';
export { DEFAULT_CONSTANTS, DEFAULT_HORIZON } from '../../src/app/model/constants';
export { default as Papa } from 'papaparse';
`;

const HEADER = 'indicator,year,value,unit,vintage,released,publisher,title,url,confidence,derived,note';

/** The same 5,000 rows the unit spec reads: five indicators, 37 years, three vintages, CJK notes. */
export function bigPackCsv() {
  const ids = ['rdSpend', 'llmsCN', 'robotInstalls', 'aiCoreIndustry', 'programsAdded'];
  const units = ['bn yuan', 'models', 'units/yr', 'bn yuan', 'count'];
  const vintages = ['preliminary', 'final', 'restated'];
  const rows = [HEADER];
  for (let i = 0; i < 5000; i++) {
    const k = i % ids.length;
    const n = Math.floor(i / ids.length);
    const note = i % 2 ? '中文注释' : '';
    rows.push(
      [ids[k], 1990 + (n % 37), 1000 + i / 7, units[k], vintages[Math.floor(n / 37) % 3], '2026-09-30',
        `Publisher ${Math.floor(n / 111)}`, 'A statistical release', 'https://www.stats.gov.cn/', 'H', 'no', note].join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

const load = (root) => loadBundle(root, 'pack', ENTRY);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn, repeats) {
  const samples = [];
  let out;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    out = fn();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), out };
}

export async function benchPackImport(root, { repeats = 7 } = {}) {
  const m = await load(root);
  const text = bigPackCsv();
  const inputs = { levers: m.DEFAULT_LEVERS, constants: m.DEFAULT_CONSTANTS, horizon: m.DEFAULT_HORIZON };
  const baseline = time(() => m.Papa.parse(text, { header: true, skipEmptyLines: true }), repeats);
  const read = time(() => m.readDataPack(text, 'big.csv', m.SHIPPED_PACK), repeats);
  if (!read.out.ok) throw new Error(`bench: the 5,000-row pack was refused: ${read.out.errors[0]}`);
  const pack = read.out.pack;
  const review = time(() => {
    const points = m.pointChanges(m.SHIPPED_PACK.indicators, pack.indicators);
    m.goalOutcomes(m.SHIPPED_PACK.indicators, m.GOALS, inputs, null);
    m.goalOutcomes(pack.indicators, m.GOALS, inputs, null);
    return points;
  }, repeats);
  return {
    rows: 5000,
    characters: text.length,
    papaparseMs: baseline.ms,
    readMs: read.ms,
    reviewMs: review.ms,
    added: review.out.added.length,
    revised: review.out.revised.length,
    ratio: (read.ms + review.ms) / baseline.ms,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchPackImport(resolve(import.meta.dirname, '..'));
  console.log(
    `5,000-row pack (${(r.characters / 1e6).toFixed(2)} M characters): read ${r.readMs.toFixed(0)} ms + review ${r.reviewMs.toFixed(0)} ms ` +
      `(${r.added} added, ${r.revised} revised) vs papaparse alone ${r.papaparseMs.toFixed(0)} ms = ${r.ratio.toFixed(1)}x`,
  );
}
