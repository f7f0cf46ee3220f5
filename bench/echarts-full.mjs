// The comparison build for the bench: the app as it is, except that app.config.ts imports all of
// ECharts eagerly (`import * as echarts from 'echarts'`) instead of the lazy, tree-shaken
// echarts-setup. Writes the replacement file that angular.json's "bench-echarts-full"
// configuration swaps in (fileReplacements), so the comparison follows app.config.ts as it changes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LAZY = /provideEchartsCore\(\{\s*echarts:\s*\(\)\s*=>\s*import\('\.\/charts\/echarts-setup'\)\.then\(\(m\)\s*=>\s*m\.default\)\s*\}\)/;

export function writeFullEchartsConfig(root) {
  const source = readFileSync(join(root, 'src/app/app.config.ts'), 'utf8');
  if (!LAZY.test(source)) throw new Error('bench: app.config.ts no longer provides ECharts as the bench expects; update bench/echarts-full.mjs');
  // The replacement's own imports resolve from bench/.generated, so point the relative ones back.
  const eager = `import * as echartsFull from 'echarts';\n${source
    .replace(LAZY, 'provideEchartsCore({ echarts: echartsFull })')
    .replace(/from '\.\/([^']+)'/g, "from '../../src/app/$1'")}`;
  const dir = join(root, 'bench/.generated');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'app.config.ts'), eager);
}
