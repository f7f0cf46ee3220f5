// Building and serving the production build for the bench, and naming what was measured.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function ng(root, args) {
  const result = spawnSync(join(root, 'node_modules/.bin/ng'), ['build', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NG_CLI_ANALYTICS: 'false' } });
  if (result.status !== 0) throw new Error(`bench: ng build ${args.join(' ')} failed`);
}

export async function serve(root, dist, port) {
  const server = spawn(process.execPath, [join(root, 'e2e/serve.mjs')], {
    cwd: root,
    env: { ...process.env, DIST_DIR: dist, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ok, fail) => {
    server.stdout.once('data', ok);
    server.once('exit', (code) => fail(new Error(`bench: server exited (${code}); is port ${port} free? Set BENCH_PORT.`)));
  });
  return server;
}

/** The commit measured, with "+changes" when the work tree differs from it. */
export function commit(root) {
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  const head = git('rev-parse', '--short', 'HEAD');
  return head && `${head}${git('status', '--porcelain', '--untracked-files=no') ? '+changes' : ''}`;
}
