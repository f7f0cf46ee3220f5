/**
 * Value axes that hold still while a lever's slider is dragged: each chart keeps the range its axes
 * had when the drag began, so the eye sees the lines move rather than the grid under them, and
 * rescales on release. Applied to a built option, whatever its axes are, so it does not depend on
 * how panel-option.ts lays them out.
 */
import type { ECharts, EChartsCoreOption } from 'echarts/core';

/** The range a value axis shows. */
export interface AxisExtent {
  readonly min: number;
  readonly max: number;
}

/** One entry per y axis: its range, or null where nothing is held. */
export type AxisLocks = readonly (AxisExtent | null)[];

interface AxisOption {
  readonly type?: string;
  readonly min?: unknown;
  readonly max?: unknown;
}

interface SeriesOption {
  readonly yAxisIndex?: number;
  readonly stack?: string;
  readonly data?: readonly unknown[];
}

/** What ECharts keeps of an axis after layout; not in its public types, so every step is checked. */
interface AxisModels {
  getModel(): {
    getComponent(
      type: 'yAxis',
      index: number,
    ): { axis?: { scale?: { getExtent(): number[] } } } | undefined;
  };
}

const axesOf = (option: EChartsCoreOption): AxisOption[] => {
  const y = option['yAxis'] as AxisOption | AxisOption[] | undefined;
  return y === undefined ? [] : Array.isArray(y) ? y : [y];
};

/**
 * The ranges the chart draws now for the option's y axes, read from ECharts itself (after its
 * rounding to nice numbers, so the ticks stay where they were); null for an axis it cannot tell.
 */
export function drawnExtents(chart: ECharts, option: EChartsCoreOption): AxisLocks {
  const model = (chart as unknown as Partial<AxisModels>).getModel?.();
  return axesOf(option).map((_, i) => {
    const [min, max] = model?.getComponent('yAxis', i)?.axis?.scale?.getExtent() ?? [];
    return Number.isFinite(min) && Number.isFinite(max) && min < max ? { min, max } : null;
  });
}

const valueOf = (item: unknown): number => {
  const value =
    typeof item === 'object' && item !== null ? (item as { value?: unknown }).value : item;
  return typeof value === 'number' ? value : NaN;
};

/**
 * The smallest and largest value each y axis must show for the option's series, stacked series
 * summed in order as ECharts draws them (a band is P10 plus P90 − P10); null for an axis without
 * data. A log axis ignores values it cannot draw (zero and below).
 */
export function dataExtents(option: EChartsCoreOption): (AxisExtent | null)[] {
  const axes = axesOf(option);
  const found = axes.map(() => ({ min: Infinity, max: -Infinity }));
  const stacks = new Map<string, number[]>();
  for (const s of (option['series'] as SeriesOption[] | undefined) ?? []) {
    const axis = s.yAxisIndex ?? 0;
    const stack = s.stack === undefined ? undefined : `${axis}:${s.stack}`;
    const sums = stack === undefined ? undefined : (stacks.get(stack) ?? []);
    if (stack !== undefined) stacks.set(stack, sums!);
    (s.data ?? []).forEach((item, i) => {
      let value = valueOf(item);
      if (!Number.isFinite(value)) return;
      if (sums) value = sums[i] = (sums[i] ?? 0) + value;
      if (!found[axis] || (axes[axis].type === 'log' && value <= 0)) return;
      found[axis].min = Math.min(found[axis].min, value);
      found[axis].max = Math.max(found[axis].max, value);
    });
  }
  return found.map((f) => (f.min <= f.max ? f : null));
}

/** A round step for a linear axis spanning `span`: 1, 2 or 5 times a power of ten, about a fifth of it. */
function niceStep(span: number): number {
  const rough = span / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/**
 * The held ranges, widened where the option's data would fall outside them. Clipping a line that
 * leaves the held range would hide what the analyst is looking for, so that side of the axis moves,
 * to a round number (a power of ten on a log axis) so that it need not move again at the next step;
 * the other sides hold. An axis with nothing held stays free.
 */
export function coverData(option: EChartsCoreOption, locks: AxisLocks): AxisLocks {
  const axes = axesOf(option);
  const data = dataExtents(option);
  return locks.map((lock, i) => {
    const d = data[i];
    if (!lock || !d || (d.min >= lock.min && d.max <= lock.max)) return lock;
    if (axes[i]?.type === 'log') {
      return {
        min: d.min < lock.min ? 10 ** Math.floor(Math.log10(d.min)) : lock.min,
        max: d.max > lock.max ? 10 ** Math.ceil(Math.log10(d.max)) : lock.max,
      };
    }
    const step = niceStep(Math.max(lock.max, d.max) - Math.min(lock.min, d.min));
    return {
      // Math.min/max: rounding a tiny value to its step can underflow past it (−7e−323 → −0).
      min: d.min < lock.min ? Math.min(Math.floor(d.min / step) * step, d.min) : lock.min,
      max: d.max > lock.max ? Math.max(Math.ceil(d.max / step) * step, d.max) : lock.max,
    };
  });
}

/**
 * The option with each y axis held at its lock. Without one, an axis gets back the min and max the
 * option gave it (null: ECharts' own), set explicitly so that merging it into the chart releases an
 * earlier hold.
 */
export function lockAxes(option: EChartsCoreOption, locks: AxisLocks | null): EChartsCoreOption {
  const y = option['yAxis'] as AxisOption | AxisOption[] | undefined;
  if (y === undefined) return option;
  const held = (axis: AxisOption, i: number): AxisOption => {
    const lock = locks?.[i];
    return lock
      ? { ...axis, min: lock.min, max: lock.max }
      : { ...axis, min: axis.min ?? null, max: axis.max ?? null };
  };
  return { ...option, yAxis: Array.isArray(y) ? y.map(held) : held(y, 0) };
}
