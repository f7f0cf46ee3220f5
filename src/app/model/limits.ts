/**
 * Every limit on what an analyst can make, in one place: the UI, the store, the stored-record
 * check and the file schema all read these, so nothing one part accepts is refused by another
 * (a name the manager saves is never "damaged" on reload, a backup the app writes always imports).
 * The lowest layer: imports nothing, so every other module may import it.
 */

/** Characters (UTF-16 units) in a scenario name, after trimming. */
export const SCENARIO_NAME_MAX = 120;
/** Characters in a scenario's notes. */
export const SCENARIO_NOTES_MAX = 10_000;
/** Slides in one scenario's briefing deck. */
export const SLIDES_MAX = 40;
/** Characters in one slide's note. */
export const SLIDE_NOTE_MAX = 2_000;
/** Characters in a custom goal's name, after trimming. */
export const GOAL_NAME_MAX = 120;
/** Characters in a custom goal's short label (the editor writes at most 32). */
export const GOAL_SHORT_MAX = 60;
/** Characters in a goal id (the app writes UUIDs; a file may carry others). */
export const GOAL_ID_MAX = 80;
/** Custom goals in one scenario. */
export const CUSTOM_GOALS_MAX = 50;
/** Hidden goal ids in one scenario: room for every official goal plus every custom one. */
export const HIDDEN_GOALS_MAX = 100;
/** Characters in a data pack's id, as a scenario, a file or a link names it (ids are ASCII). */
export const PACK_ID_MAX = 100;
/** Characters in a data pack's name (the pack import cuts names to this). */
export const PACK_NAME_MAX = 80;
/** Scenarios the app keeps and one file holds (README, "Saved work": a backup of 1,000 imports). */
export const SCENARIOS_MAX = 1_000;

/** Monte Carlo paths per run: fewer makes the bands noise, more makes a run take seconds. */
export const PATHS_MIN = 200;
export const PATHS_MAX = 20_000;
/** The largest Monte Carlo seed (a 32-bit signed integer, what the generator is seeded with). */
export const SEED_MAX = 2 ** 31 - 1;

/**
 * The worst a UTF-16 unit of scenario text can cost in the exported JSON. Text is written without
 * the characters XML forbids (C0 controls other than tab, LF and CR; lone surrogates; U+FFFE and
 * U+FFFF), so nothing escapes to the 6-byte `\u0001` form: the dearest unit left is a BMP character
 * from U+0800 (CJK, say) at 3 UTF-8 bytes. `"`, `\`, tab and newlines escape to 2 bytes; a surrogate
 * pair is 4 bytes for 2 units.
 */
export const EXPORT_BYTES_PER_UNIT = 3;

/**
 * Keys, numbers (up to 24 characters each), punctuation and 2-space indentation of one scenario
 * holding the most of everything, its text aside: 19,636 bytes as measured by the spec that builds
 * that scenario (scenarios/file/backup-size.spec.ts), rounded up. 50 goals take most of it.
 */
const SCENARIO_STRUCTURE_BYTES = 20_000;
/** `schemaVersion`, `app`, `exportedAt` and the brackets around the list. */
const FILE_ENVELOPE_BYTES = 1_000;

/** Text units one exported scenario can hold at most (export trims and cuts every text to its limit). */
const SCENARIO_TEXT_UNITS_MAX =
  SCENARIO_NAME_MAX +
  SCENARIO_NOTES_MAX +
  SLIDES_MAX * SLIDE_NOTE_MAX +
  CUSTOM_GOALS_MAX * (GOAL_NAME_MAX + GOAL_SHORT_MAX + GOAL_ID_MAX) +
  HIDDEN_GOALS_MAX * GOAL_ID_MAX +
  PACK_ID_MAX +
  PACK_NAME_MAX;

/** The most bytes one exported scenario can take. */
export const SCENARIO_EXPORT_BYTES_MAX =
  SCENARIO_TEXT_UNITS_MAX * EXPORT_BYTES_PER_UNIT + SCENARIO_STRUCTURE_BYTES;

/**
 * The import size limit: the largest backup the app can write (SCENARIOS_MAX scenarios, each at
 * the most of everything), so no backup is ever refused for its size. 353,901,000 bytes; the
 * largest backup measured is 341,441,123 bytes, of which the 40 slides of 2,000 CJK characters
 * per scenario are 240 MB. The limit stops a runaway file before it is read; the schema's counts
 * and lengths are what bound the work after that.
 */
export const MAX_FILE_BYTES = FILE_ENVELOPE_BYTES + SCENARIOS_MAX * SCENARIO_EXPORT_BYTES_MAX;
