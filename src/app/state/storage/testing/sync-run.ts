/** Random command sequences for the model-based storage specs, and how one sequence is run and judged. */
import fc from 'fast-check';
import { scenariosFeature } from '../../scenarios/scenarios.feature';
import {
  Cmd,
  Deliver,
  Delete,
  Import,
  MoveLever,
  Open,
  OpenLink,
  Release,
  Resolve,
  SaveAsNew,
  Tick,
  TypeText,
  Undo,
  UndoDelete,
  resolve,
} from './sync-commands';
import { LeverKey, World, divergence } from './sync-world';
import { TestTab } from './tab-harness';

const tab = fc.integer({ min: 0, max: 1 });
export const syncCommands = fc.commands(
  [
    fc
      .tuple(tab, fc.constantFrom<LeverKey>('rdGrowth', 'gdpGrowth'))
      .map(([t, l]) => new MoveLever(t, l)),
    fc
      .tuple(tab, fc.constantFrom<'name' | 'notes'>('name', 'notes'))
      .map(([t, f]) => new TypeText(t, f)),
    tab.map((t) => new SaveAsNew(t)),
    fc.tuple(tab, fc.nat(20)).map(([t, p]) => new Open(t, p)),
    tab.map((t) => new Delete(t)),
    tab.map((t) => new UndoDelete(t)),
    tab.map((t) => new Undo(t)),
    tab.map((t) => new Import(t)),
    tab.map((t) => new OpenLink(t)),
    fc.tuple(tab, fc.boolean()).map(([t, k]) => new Resolve(t, k)),
    tab.map((t) => new Tick(t)),
    tab.map((t) => new Tick(t)),
    tab.map((t) => new Deliver(t)),
    fc.constant(new Release()),
  ],
  { maxCommands: 40, size: 'medium' },
);

/** One sequence from the shared start (both tabs on one saved scenario), settled and checked. */
export async function runSequence(
  cmds: Iterable<Cmd>,
  stats = { sequences: 0, commands: 0, commits: 0, conflicts: 0 },
): Promise<string[]> {
  const w = new World();
  w.backend.hold = true;
  try {
    for (const id of ['A', 'B']) w.tabs.push(await TestTab.open(id, w.backend, w.hub));
    await w.settle();
    // Both tabs start on one saved scenario, so that most edits meet.
    await new SaveAsNew(0).run({}, w);
    await w.settle();
    await new Open(1, 5).run({}, w);
    await w.settle();
    await fc.asyncModelRun(() => ({ model: {}, real: w }), cmds);
    stats.sequences++;
    stats.commands += [...cmds].length;
    // Settle everything; resolve what is left in conflict (keeping mine) until nothing is.
    for (let round = 0; round < 10; round++) {
      await w.settle();
      const open = w.tabs.flatMap((t) =>
        t.select(scenariosFeature.selectConflicts).map((c) => [t, c.id] as const),
      );
      if (!open.length) break;
      w.seq++;
      for (const [t, id] of open) resolve(w, t, id, true);
    }
    await w.settle();
    w.problems.push(...divergence(w));
    stats.commits += w.backend.transactions;
    stats.conflicts += w.conflictsSeen;
    return w.problems;
  } finally {
    w.close();
  }
}
