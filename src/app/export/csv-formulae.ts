/**
 * Keeps spreadsheets from running anything in an exported CSV. A spreadsheet reads a cell as a
 * formula when its first non-space character is = + - @ (or a tab or CR, which some treat the
 * same) once CSV quoting is undone; where a cell starts depends on the separator its locale uses
 * (comma, semicolon or tab) and on how it treats quotes. So an apostrophe (what spreadsheets take
 * as "this is text") goes before every place in a text where any of those readings can start a
 * cell: the start, and after a separator, a quote or a line break. Numbers are not text: the CSV
 * writer leaves numeric cells (-3.5, 1e-7) alone, and they stay numbers. Pure.
 */

/**
 * Where a cell may start under some reading, with the spaces before its first character. A line
 * break after a quote is left alone: with quotes balanced, that quote closes a cell.
 */
const CELL_START = /(?<=^|[,;\t\r\n]) *(?=[=+\-@\t\r])|(?<=") *(?=[=+\-@\t])/g;
const NUMBER = /^ *[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)? *$/i;

/**
 * `text` with an apostrophe before every cell it could start that a spreadsheet would compute.
 * Text that reads as a number gets one too: "-3" as a whole cell is a number, but the same
 * characters after a semicolon run on to the next one ("-3,x"), which is not.
 */
export function neutralizeFormulae(text: string): string {
  // Zero-width look-behinds, so a tab or CR that starts one cell is still seen ending the one before.
  return text.replace(CELL_START, (spaces) => `'${spaces}`);
}

/** Whether a cell, as a spreadsheet reads it, would be computed: what no exported cell may be. */
export function startsFormula(cell: string): boolean {
  return /^ *[=+\-@\t\r]/.test(cell) && !NUMBER.test(cell);
}
