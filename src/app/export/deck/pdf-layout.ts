/** The PDF deck's page geometry and type, in points, shared by its pages and tables. */
import { PALETTES } from '../../charts/palette';

/** 13.33 × 7.5 in, PowerPoint's 16:9, in points. */
export const PDF_PAGE = { width: 960, height: 540 } as const;
export const MARGIN = 36;
export const CONTENT_WIDTH = PDF_PAGE.width - 2 * MARGIN;
export const BODY_TOP = 84;
export const BODY_BOTTOM = 484;
export const FOOTER_RULE = 502;
/** Line height of text, and row height of tables, as factors of the font size. */
export const LINE = 1.25;
export const ROW = 1.7;
export const PALETTE = PALETTES.light;
export const ELLIPSIS = '…';

export interface TextStyle {
  readonly size: number;
  /** Shrink down to this size before cutting the text short (default: no shrinking). */
  readonly minSize?: number;
  readonly style?: 'normal' | 'bold' | 'italic' | 'bolditalic';
  readonly color?: string;
}
