/**
 * What differs between the analyst's version of a scenario and the one another tab stored, in
 * words, so that the choice between "keep mine as a copy" and "take theirs" is an informed one.
 */
import { CONSTANTS_INFO } from '../../model/constants';
import { LEVERS } from '../../model/levers';
import { Scenario } from '../../scenarios/scenario';
import { sameValue } from '../../scenarios/storage/revisions';

export function conflictSummary(mine: Scenario, theirs: Scenario): string[] {
  const out: string[] = [];
  if (mine.name !== theirs.name) out.push(`Name: yours “${mine.name}”, theirs “${theirs.name}”`);
  for (const l of LEVERS) {
    const [m, t] = [mine.levers[l.id], theirs.levers[l.id]];
    if (m !== t) out.push(`${l.label}: yours ${m}, theirs ${t} ${l.unit}`);
  }
  for (const c of CONSTANTS_INFO) {
    const [m, t] = [mine.constants[c.id], theirs.constants[c.id]];
    if (m !== t) out.push(`${c.label}: yours ${m}, theirs ${t}`);
  }
  if (mine.horizon !== theirs.horizon)
    out.push(`Horizon: yours ${mine.horizon}, theirs ${theirs.horizon}`);
  if (!sameValue(mine.monteCarlo, theirs.monteCarlo)) out.push('Monte Carlo settings differ');
  if (mine.notes !== theirs.notes) out.push('Notes differ');
  if (
    !sameValue(mine.customGoals, theirs.customGoals) ||
    !sameValue(mine.hiddenGoals, theirs.hiddenGoals)
  )
    out.push('Goals differ');
  if (!sameValue(mine.slides, theirs.slides)) out.push('Briefing slides differ');
  return out;
}
