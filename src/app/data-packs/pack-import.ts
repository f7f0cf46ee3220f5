/**
 * Reading a chosen file into the review, and writing the pack in force as a file: what the pack
 * effects load only when an analyst imports or exports (with the reader, papaparse and zod).
 */
import { ModelConstants } from '../model/constants';
import { DataPack, packIdentity } from '../model/data-pack';
import { Goal } from '../model/goals';
import { LeverValues } from '../model/levers';
import { DATA_PACK_LIMITS, readDataPack, tooLarge } from './data-pack-file';
import { writeDataPackCsv } from './pack-csv';
import { writeDataPackJson } from './pack-json';
import { PackReview, goalChanges, goalOutcomes, pointChanges } from './pack-review';

export { goalChanges, goalOutcomes };

export interface ChosenFile {
  readonly fileName: string;
  /** In bytes, as the browser reports it: a file over the limit is refused unread. */
  readonly size: number;
  readonly text: string;
}

export interface ReviewInputs {
  readonly goals: readonly Goal[];
  readonly levers: LeverValues;
  readonly constants: ModelConstants;
  readonly horizon: number;
}

export type ImportResult = { ok: true; review: PackReview } | { ok: false; errors: string[] };

/** A file read over the pack in force, with what applying it would change (P(met) still to come). */
export function reviewFile(file: ChosenFile, base: DataPack, inputs: ReviewInputs): ImportResult {
  if (file.size > DATA_PACK_LIMITS.maxBytes)
    return { ok: false, errors: [tooLarge(DATA_PACK_LIMITS)] };
  const read = readDataPack(file.text, file.fileName, base);
  if (!read.ok) return read;
  const { goals } = inputs;
  return {
    ok: true,
    review: {
      fileName: file.fileName,
      base: packIdentity(base),
      pack: read.pack,
      notes: read.notes,
      ...pointChanges(base.indicators, read.pack.indicators),
      goals: goalChanges(
        goals,
        goalOutcomes(base.indicators, goals, inputs, null),
        goalOutcomes(read.pack.indicators, goals, inputs, null),
      ),
      simulated: false,
    },
  };
}

/** "Export data pack": the file name and text, CSV or JSON; either reads back with "Import data…". */
export function packFile(
  pack: DataPack,
  format: 'csv' | 'json',
): { name: string; text: string; type: string } {
  // An imported pack's id ends in the hash of its figures: its last 8 tell two packs of one date apart.
  const hash = /^pack-.+-([0-9a-f]{8,})$/.exec(pack.id)?.[1].slice(-8);
  const name = `data-pack-${pack.asOf}${hash ? `-${hash}` : ''}.${format}`;
  return format === 'csv'
    ? { name, text: writeDataPackCsv(pack), type: 'text/csv' }
    : { name, text: writeDataPackJson(pack), type: 'application/json' };
}
