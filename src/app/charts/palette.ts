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
  /** One colour per compared scenario (up to four). */
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
    compare: ['#7b3294', '#008837', '#a6611a', '#404040'],
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
    compare: ['#c2a5cf', '#a6dba0', '#dfc27d', '#e0e0e0'],
  },
};
