/** The PowerPoint deck's slide geometry (inches), type and colours, shared by its slides and tables. */
import type PptxGenJS from 'pptxgenjs';
import { PALETTES } from '../../charts/palette';

/** LAYOUT_WIDE: 13.333 × 7.5 in. */
export const WIDTH = 13.333;
export const MARGIN = 0.5;
export const CONTENT_WIDTH = WIDTH - 2 * MARGIN;
export const BODY_TOP = 1.15;
export const BODY_BOTTOM = 6.7;
export const FONT = 'Calibri';
/** Rows of the lever tables, in inches, and their columns (lever, scenario, baseline) as fractions. */
export const ROW_HEIGHT = 0.28;
export const COLUMNS = [0.6, 0.2, 0.2];
export const ELLIPSIS = '…';

/** pptxgenjs takes colours as hex without the '#'. */
const hex = (colour: string) => colour.replace('#', '').toUpperCase();
export const COLOURS = {
  text: hex(PALETTES.light.text),
  subtle: hex(PALETTES.light.subtleText),
  rule: hex(PALETTES.light.grid),
  link: hex(PALETTES.light.series[0]),
};

export type Slide = PptxGenJS.Slide;
export type Rows = PptxGenJS.TableRow[];

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}
