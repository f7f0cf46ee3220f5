/** A goal's trace as SVG path data for a card's sparkline: pure, so its geometry is checked by specs. */
import { YearValue } from '../../model/project';
import { GoalTrace } from '../../state/goals/goal-cards.selectors';

export interface SparklinePaths {
  readonly observed: string;
  readonly projected: string;
  readonly target: string;
  /** The target's diamond at the deadline, as a closed path, or '' where there is none. */
  readonly mark: string;
}

/** Room left at the edges so the line's width and the diamond are not cut. */
const PAD = 4;
const DIAMOND = 3.5;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Path data in a `width` × `height` box: years across, values up, all on one scale so the line and
 * its target compare. A flat trace sits in the middle rather than on an edge.
 */
export function sparklinePaths(trace: GoalTrace, width: number, height: number): SparklinePaths {
  const all = [...trace.observed, ...trace.projected, ...trace.target];
  if (!all.length) return { observed: '', projected: '', target: '', mark: '' };
  const years = all.map((p) => p.year);
  const values = all.map((p) => p.value);
  const [x0, x1] = [Math.min(...years), Math.max(...years)];
  let [y0, y1] = [Math.min(...values), Math.max(...values)];
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  const x = (year: number) =>
    round(x1 === x0 ? width / 2 : PAD + ((year - x0) / (x1 - x0)) * (width - 2 * PAD));
  const y = (value: number) =>
    round(height - PAD - ((value - y0) / (y1 - y0)) * (height - 2 * PAD));
  const line = (points: readonly YearValue[]) =>
    points.map((p, i) => `${i ? 'L' : 'M'}${x(p.year)} ${y(p.value)}`).join(' ');
  const m = trace.mark;
  const mark = m
    ? `M${x(m.year)} ${round(y(m.value) - DIAMOND)} L${round(x(m.year) + DIAMOND)} ${y(m.value)} ` +
      `L${x(m.year)} ${round(y(m.value) + DIAMOND)} L${round(x(m.year) - DIAMOND)} ${y(m.value)} Z`
    : '';
  return {
    observed: line(trace.observed),
    projected: line(trace.projected),
    target: line(trace.target),
    mark,
  };
}
