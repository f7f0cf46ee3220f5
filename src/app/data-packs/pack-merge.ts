/**
 * Observations read from a pack file laid over a base pack's history. Pure; never throws.
 *
 * Which point a row belongs to: a point of the same indicator and year with a figure by the same
 * publisher (names compared without case and spacing); else that year's primary point, when it has
 * no figure yet of the row's vintage nor another publisher's figure of a vintage the file gives
 * this publisher (publishers rename between releases: "NBS" preliminary, "NBS, MOST, MOF" final);
 * else a new point. A new point is primary unless the year already has a primary
 * point: then it is another publisher's figure, listed and never drawn (a note says so). JSON may
 * set `primary` itself.
 *
 * Within a point each vintage appears once: a row replaces the base's figure of its vintage, and
 * two rows for the same point and vintage are a duplicate. The drawn figure is the latest vintage
 * (restated over final over preliminary); the others go to `earlier`, newest first.
 */
import { DataPack } from '../model/data-pack';
import { HistoryPoint, Indicator, IndicatorData, IndicatorId, Vintage } from '../model/indicators';
import { Observation, quote } from './pack-cells';

export interface PlacedObservation {
  readonly observation: Observation;
  /** "Line 4" or "Observation 3". */
  readonly label: string;
}

export type MergeResult =
  | { ok: true; indicators: IndicatorData; notes: string[]; changes: number }
  | { ok: false; errors: string[] };

const RANK: Readonly<Record<Vintage, number>> = { preliminary: 0, final: 1, restated: 2 };
/** Notes past this many are counted, not listed: the review lists every change anyway. */
const NOTES_MAX = 10;

interface Slot {
  readonly year: number;
  primary: boolean;
  /** Every vintage of the point, without `earlier`. */
  readonly versions: HistoryPoint[];
  /** The row that set each vintage, for duplicate messages. */
  readonly fromFile: Map<Vintage, string>;
}

export function mergeObservations(base: DataPack, rows: readonly PlacedObservation[]): MergeResult {
  const slots = new Map<IndicatorId, Slot[]>();
  for (const indicator of base.indicators) slots.set(indicator.id, indicator.history.map(toSlot));
  const byId = new Map(base.indicators.map((indicator) => [indicator.id, indicator]));
  const errors: string[] = [];
  const alternates: string[] = [];
  let changes = 0;
  const vintagesOf = fileVintages(rows);

  for (const { observation: o, label } of rows) {
    const indicator = byId.get(o.indicator);
    const list = slots.get(o.indicator);
    if (!indicator || !list) continue; // refused by readCells already
    const sameYear = list.filter((s) => s.year === o.year);
    const primarySlot = sameYear.find((s) => s.primary);
    // The file's figures by this publisher join the primary point only if none of them would
    // take the place of another publisher's figure there, whatever order the rows come in.
    const theirs = vintagesOf.get(pointKey(o.indicator, o.year, o.publisher))!;
    let slot =
      sameYear.find((s) => s.versions.some((v) => samePublisher(v, o.publisher))) ??
      (primarySlot &&
      !primarySlot.versions.some(
        (v) => v.vintage === o.vintage || (theirs.has(v.vintage) && !samePublisher(v, o.publisher)),
      )
        ? primarySlot
        : undefined);
    if (!slot) {
      slot = {
        year: o.year,
        primary: o.primary ?? !primarySlot,
        versions: [],
        fromFile: new Map(),
      };
      list.push(slot);
      if (primarySlot && !slot.primary)
        alternates.push(
          `${label}: ${o.indicator} ${o.year} by ${quote(o.publisher)} is kept beside the figure by ${quote(primarySlot.versions[0].source.publisher)}, not drawn; to revise that figure, name its publisher.`,
        );
    }
    const first = slot.fromFile.get(o.vintage);
    if (first) {
      errors.push(
        `${label}: a second ${o.vintage} figure for ${o.indicator} ${o.year} (the first is on ${first.toLowerCase()}).`,
      );
      continue;
    }
    slot.fromFile.set(o.vintage, label);
    if (o.primary !== undefined) slot.primary = o.primary;
    const at = slot.versions.findIndex((v) => v.vintage === o.vintage);
    const point = toPoint(o, indicator, slot.versions);
    if (at < 0) {
      slot.versions.push(point);
      changes++;
    } else {
      if (!samePoint(slot.versions[at], point)) changes++;
      slot.versions[at] = point;
    }
  }

  for (const [id, list] of slots) {
    const years = new Set<number>();
    for (const slot of list.filter((s) => s.primary)) {
      if (years.has(slot.year))
        errors.push(`${id} ${slot.year}: more than one figure is marked primary.`);
      years.add(slot.year);
    }
    // A year the projection started from or drew keeps a drawn figure: without one, the year
    // would silently turn into a projection.
    for (const year of new Set(
      byId
        .get(id)
        ?.history.filter((p) => p.primary)
        .map((p) => p.year),
    ))
      if (!years.has(year))
        errors.push(
          `${id} ${year}: no figure would be drawn (marked primary) any more; leave “primary” out, or mark one figure of that year primary.`,
        );
  }
  if (errors.length) return { ok: false, errors };

  const touched = new Set(rows.map((row) => row.observation.indicator));
  const indicators = base.indicators.map((indicator) =>
    // Untouched indicators keep their identity: projections memoize per indicator object.
    touched.has(indicator.id)
      ? { ...indicator, history: historyOf(slots.get(indicator.id) ?? []) }
      : indicator,
  );
  const notes = alternates.slice(0, NOTES_MAX);
  if (alternates.length > NOTES_MAX)
    notes.push(
      `${alternates.length - NOTES_MAX} more figures are kept beside another publisher’s.`,
    );
  return { ok: true, indicators, notes, changes };
}

function pointKey(indicator: IndicatorId, year: number, publisher: string): string {
  return `${indicator} ${year} ${normalPublisher(publisher)}`;
}

/** The vintages the file gives for each indicator, year and publisher. */
function fileVintages(rows: readonly PlacedObservation[]): Map<string, Set<Vintage>> {
  const vintages = new Map<string, Set<Vintage>>();
  for (const { observation: o } of rows) {
    const key = pointKey(o.indicator, o.year, o.publisher);
    vintages.set(key, (vintages.get(key) ?? new Set()).add(o.vintage));
  }
  return vintages;
}

function toSlot(point: HistoryPoint): Slot {
  return {
    year: point.year,
    primary: point.primary,
    versions: [point, ...(point.earlier ?? [])].map(withoutEarlier),
    fromFile: new Map(),
  };
}

function withoutEarlier(point: HistoryPoint): HistoryPoint {
  if (!point.earlier) return point;
  const { earlier, ...rest } = point;
  void earlier;
  return rest;
}

/** A publisher's name as rows are matched by it: case and runs of spaces aside. */
export function normalPublisher(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

function samePublisher(point: HistoryPoint, publisher: string): boolean {
  return normalPublisher(point.source.publisher) === normalPublisher(publisher);
}

/**
 * The point a row describes. What a CSV row has no column for (the point's definition, the
 * publisher's short name, the source's own date and confidence) is kept from the figure it
 * replaces by the same publisher, else the indicator's definition, no short name, the release date
 * and the row's confidence.
 */
function toPoint(
  o: Observation,
  indicator: Indicator,
  versions: readonly HistoryPoint[],
): HistoryPoint {
  const byPublisher = versions.filter((v) => samePublisher(v, o.publisher));
  const kept = byPublisher.find((v) => v.vintage === o.vintage) ?? byPublisher[0];
  const short = o.short ?? kept?.source.short;
  return {
    year: o.year,
    value: o.value,
    vintage: o.vintage,
    released: o.released,
    source: {
      publisher: o.publisher,
      ...(short ? { short } : {}),
      title: o.title,
      date: o.sourceDate ?? kept?.source.date ?? o.released,
      confidence: o.sourceConfidence ?? kept?.source.confidence ?? o.confidence,
    },
    ...(o.url ? { url: o.url } : {}),
    definition: o.definition ?? kept?.definition ?? indicator.definition,
    confidence: o.confidence,
    derived: o.derived,
    primary: true, // set from the slot in historyOf
    ...(o.note ? { note: o.note } : {}),
  };
}

/** Whether a row only repeats the figure it replaces (primary aside), whatever the key order. */
function samePoint(a: HistoryPoint, b: HistoryPoint): boolean {
  return sameValue({ ...a, primary: true }, { ...b, primary: true });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) =>
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

/** Points in year order (stable: base points before new ones of the same year). */
function historyOf(slots: readonly Slot[]): HistoryPoint[] {
  return [...slots]
    .sort((a, b) => a.year - b.year)
    .map((slot) => {
      const [drawn, ...earlier] = [...slot.versions]
        .sort((a, b) => RANK[b.vintage] - RANK[a.vintage])
        .map((v) => ({ ...v, primary: slot.primary }));
      return earlier.length ? { ...drawn, earlier } : drawn;
    });
}
