/** Chart colours for the light and dark themes: the only place chart colours are set. */

/** The colour scheme the analyst chose. */
export type Theme = 'light' | 'dark';

export interface Palette {
  readonly text: string;
  readonly subtleText: string;
  readonly axis: string;
  readonly grid: string;
  readonly background: string;
  readonly tooltipBackground: string;
  /** The baseline ghost: the reference scenario's projection, thin and grey under the series. */
  readonly baseline: string;
  /** Series colours, in order (Okabe–Ito, readable by colour-blind viewers). */
  readonly series: readonly string[];
  readonly target: string;
  readonly claim: string;
  /**
   * One colour per compared scenario (up to four), in hues the series, target and claim colours do
   * not use (palette.spec.ts measures the distance), so an overlay never reads as another series.
   */
  readonly compare: readonly string[];
}

export const PALETTES: Readonly<Record<Theme, Palette>> = {
  light: {
    text: '#1b1f24',
    subtleText: '#4a525c',
    axis: '#6b7480',
    grid: '#e3e7ec',
    background: '#ffffff',
    tooltipBackground: '#ffffff',
    baseline: '#8c939d',
    series: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7f7f7f'],
    target: '#b00020',
    claim: '#5b4b8a',
    // Dark teal, wine, olive, brown: dark enough to stand apart from Okabe–Ito's mid tones.
    compare: ['#00545c', '#8e0152', '#666600', '#4d2600'],
  },
  dark: {
    text: '#e8eaed',
    subtleText: '#b8bec6',
    axis: '#9aa3ad',
    grid: '#333a42',
    background: '#1e2227',
    tooltipBackground: '#2a2f35',
    baseline: '#8a929c',
    series: ['#56B4E9', '#E69F00', '#3fcf9f', '#e59fc8', '#F0E442', '#8ab4f8', '#bdbdbd'],
    target: '#ff6b81',
    claim: '#c3b5f5',
    // The same four families, saturated mid tones against the series' pastels.
    compare: ['#2a9a9a', '#c040d8', '#6f9a00', '#c8642a'],
  },
};

/**
 * One dash pattern per compared scenario slot, in the same order as `Palette.compare`: colour is
 * never the only cue (WCAG 1.4.1), so four scenarios stay apart in print and for colour-blind
 * readers. Number arrays, which ECharts' lineStyle.type and SVG's stroke-dasharray both take.
 */
export const SCENARIO_DASHES: readonly (readonly number[])[] = [
  [8, 4],
  [2, 3],
  [10, 3, 2, 3],
  [10, 3, 2, 3, 2, 3],
];

/** How a compared scenario is drawn: its colour in the theme and its dash. */
export interface ScenarioStyle {
  readonly color: string;
  readonly dash: readonly number[];
}

/** The styles of the first `count` compared scenarios (at most four). */
export function scenarioStyles(palette: Palette, count: number): ScenarioStyle[] {
  return palette.compare
    .slice(0, count)
    .map((color, slot) => ({ color, dash: SCENARIO_DASHES[slot] }));
}
