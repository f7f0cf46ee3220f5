/**
 * Model-based test of saved work across tabs (fast-check `commands`): random sequences of edits,
 * saves, renames, notes, deletes, undo, imports and link-opens in two simulated tabs sharing one
 * fake database, with writes held and released and messages delivered at random moments.
 *
 * The world, the commands and how a sequence is judged are in testing/ (sync-*.ts); failing
 * sequences found here are kept as replays in storage-sync.replays.spec.ts.
 *
 * Every edit writes a value no other edit wrote, so each value in storage can be traced to the edit
 * that made it. Checked at every commit: storage never takes a value no edit made (a link's values,
 * say), never goes back to a value older than the one it holds unless an edit (an undo) made that
 * value again, and never loses a scenario nobody deleted. Checked at the end, once every write,
 * message and conflict is settled: all tabs hold what storage holds.
 */
import fc from 'fast-check';
import { runSequence, syncCommands } from './testing/sync-run';

describe('saved work across tabs (model-based)', () => {
  it('never loses or reverts a confirmed save, and every tab ends holding what storage holds', async () => {
    const seed = Date.now();
    const stats = { sequences: 0, commands: 0, commits: 0, conflicts: 0 };
    let lastProblems: string[] = [];
    await fc
      .assert(
        fc.asyncProperty(syncCommands, async (cmds) => {
          const problems = await runSequence(cmds, stats);
          if (problems.length) {
            lastProblems = problems;
            throw new Error(problems.join('\n'));
          }
        }),
        { numRuns: 1000, seed, verbose: 1 },
      )
      .catch((error: unknown) => {
        // fast-check's report names the seed and the path; said once more so it is never cut off.
        throw new Error(
          `model-based storage test failed (seed ${seed}): ${String(error)}\nLast problems:\n${lastProblems.join('\n')}`,
        );
      });
    console.log(`saved work across tabs: ${JSON.stringify(stats)}, seed ${seed}`);
    expect(stats.sequences).toBeGreaterThanOrEqual(1000);
  });
});
