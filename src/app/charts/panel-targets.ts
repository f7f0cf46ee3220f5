/**
 * A panel's targets: a diamond at each goal's deadline and value, labelled beside it where the
 * label crosses neither its line, a right-hand axis's ticks nor another target's label.
 */
import { formatNumber } from '../format/number';
import { Palette } from './palette';
import { EMPTY } from './panel-series';
import { PanelTarget, PanelView } from './panel-view';

/** Estimates, in pixels, for placing labels before ECharts lays the chart out. */
const CHAR_WIDTH = 7;
const LABEL_HEIGHT = 16;
const PLOT_HEIGHT = 200;
const DIAMOND = 16;

/**
 * A target's diamond is the largest mark, so where a point label still overlaps its label, the
 * point label hides (ECharts keeps the label of the larger mark).
 */
const TARGET_LABELS = { hideOverlap: true };

/** The largest value drawn on an axis (series, bands, compared scenarios and targets). */
export function axisMax(view: PanelView, axis: number): number {
  const values = view.series
    .filter((s) => s.axis === axis)
    .flatMap((s) => [
      ...s.observed.map((p) => p.value),
      ...s.projected.map((p) => p.value),
      ...s.band.map((b) => b.p90),
      ...s.compare.flatMap((c) => c.points.map((p) => p.value)),
    ]);
  const targets = view.targets.filter((t) => t.axis === axis).map((t) => t.value);
  return Math.max(0, ...values.map(Math.abs), ...targets.map(Math.abs));
}

export function targetText(t: Pick<PanelTarget, 'value' | 'year'>): string {
  return `Target ${formatNumber(t.value)} (${t.year})`;
}

interface Placed {
  /** The label's extent across, in years, and up, in pixels from the axis's zero. */
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

const overlap = (a: readonly [number, number], b: readonly [number, number]) =>
  a[0] < b[1] && b[0] < a[1];

/**
 * Where each target's label goes, as a position from the diamond's corner: to the left in the
 * right half of the plot (clear of a right-hand axis's ticks), else to the right; below the diamond
 * where its line passes above it, else above (and above near the bottom, where below are the
 * years); then moved a line further out while it would overlap another target's label (two goals
 * in nearby years at the 2040 horizon). ECharts' own moveOverlap stacks every label of a chart in
 * one column, whatever their years, so the placing is done here.
 */
export function targetPlaces(view: PanelView, width: number): Map<PanelTarget, object> {
  const [first, last] = [view.years[0], view.years.at(-1) ?? view.years[0]];
  const pxPerYear = Math.max(1, width - 80) / Math.max(1, last - first);
  const places = new Map<PanelTarget, object>();
  view.axes.forEach((_, axis) => {
    const max = axisMax(view, axis) || 1;
    const log = view.logAxes.includes(axis);
    // A log axis has no fixed pixels per unit here: its labels are taken to be level.
    const up = (value: number) => (log ? 0 : (value / max) * PLOT_HEIGHT);
    const placed: Placed[] = [];
    const targets = view.targets
      .filter((t) => t.axis === axis)
      .sort((a, b) => a.year - b.year || a.value - b.value);
    for (const t of targets) {
      const leftward = t.year - first > (last - first) / 2;
      const line = view.series
        .filter((s) => s.axis === axis && s.type !== 'scatter')
        .map((s) => [...s.projected, ...s.observed].find((p) => p.year === t.year)?.value)
        .find((v) => v !== undefined);
      const below = line !== undefined && line >= t.value && !log && t.value >= 0.15 * max;
      const span = (CHAR_WIDTH * targetText(t).length + DIAMOND) / pxPerYear;
      const x: [number, number] = leftward ? [t.year - span, t.year] : [t.year, t.year + span];
      const yAt = (level: number): [number, number] => {
        const near = DIAMOND / 2 + level * LABEL_HEIGHT;
        const y = up(t.value);
        return below ? [y - near - LABEL_HEIGHT, y - near] : [y + near, y + near + LABEL_HEIGHT];
      };
      let level = 0;
      while (level < 4 && placed.some((p) => overlap(p.x, x) && overlap(p.y, yAt(level)))) level++;
      placed.push({ x, y: yAt(level) });
      const out = level * LABEL_HEIGHT;
      places.set(t, {
        position: [leftward ? -2 : DIAMOND + 2, below ? DIAMOND + 1 + out : -1 - out],
        align: leftward ? 'right' : 'left',
        verticalAlign: below ? 'top' : 'bottom',
      });
    }
  });
  return places;
}

/**
 * The targets on each axis as scatter series, one per goal sharing a year (an analyst's goal in the
 * year of an official one is drawn beside it, never over it): slot 0 holds the first target of
 * every year, slot 1 the second, and so on. Slot 0 is always there, so merging never leaves an old one.
 */
export function targetSeries(view: PanelView, palette: Palette, width: number): object[] {
  const places = targetPlaces(view, width);
  return view.axes.flatMap((_, axis) => {
    const slots: Map<number, PanelTarget>[] = [new Map()];
    for (const t of view.targets.filter((x) => x.axis === axis)) {
      const slot = slots.find((s) => !s.has(t.year)) ?? slots[slots.push(new Map()) - 1];
      slot.set(t.year, t);
    }
    return slots.map((slot, i) => ({
      id: i === 0 ? `target:${axis}` : `target:${axis}:${i}`,
      name: 'Target',
      type: 'scatter',
      yAxisIndex: axis,
      symbol: 'diamond',
      symbolSize: DIAMOND,
      // A second goal in the same year sits just right of the first, where both can be seen.
      ...(i > 0 ? { symbolOffset: [i * (DIAMOND / 2 + 2), 0] } : {}),
      z: 5,
      color: palette.target,
      labelLayout: TARGET_LABELS,
      data: view.years.map((year) => {
        const t = slot.get(year);
        return t
          ? {
              value: t.value,
              series: 'Target',
              kind: 'target',
              source: t.label,
              unit: view.axes[axis] ?? '',
              label: {
                show: true,
                formatter: targetText(t),
                ...places.get(t),
                color: palette.target,
                fontWeight: 'bold',
                // A halo in the background colour: legible over a line or band, which still shows
                // between the letters (a solid box would hide the data under it).
                textBorderColor: palette.background,
                textBorderWidth: 3,
              },
            }
          : EMPTY;
      }),
    }));
  });
}
