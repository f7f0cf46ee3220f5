/**
 * Release dates and "Data as of" as text. Dates are kept as precisely as they are known ('2026',
 * '2026-04', '2026-01-19'), so the text says no more than the date does. English month names, as
 * in format/number: the text is quoted beside the publishers' own.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(iso: string): { year: string; month?: string; day?: number } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (m[2] && !month) return null;
  return { year: m[1], month, day: m[3] ? Number(m[3]) : undefined };
}

/** '2026-04' → "April 2026", '2026-01-19' → "19 January 2026", '2024' → "2024"; else as given. */
export function formatReleaseDate(iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  return [p.day, p.month, p.year].filter((x) => x !== undefined).join(' ');
}

/** The same, with the month cut to three letters, for tooltips: "19 Jan 2026". */
export function formatShortDate(iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  return [p.day, p.month?.slice(0, 3), p.year].filter((x) => x !== undefined).join(' ');
}

/** "Data as of April 2026": the newest release a pack includes. */
export function dataAsOf(asOf: string): string {
  return `Data as of ${formatReleaseDate(asOf)}`;
}

/** "Data as of April 2026 (Shipped data)": the date and the pack that every export names. */
export function dataAsOfWithPack(pack: { readonly name: string; readonly asOf: string }): string {
  return `${dataAsOf(pack.asOf)} (${pack.name})`;
}
