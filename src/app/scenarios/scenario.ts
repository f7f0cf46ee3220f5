/** A scenario: everything that reproduces what an analyst sees. Pure data. */
import {
  DEFAULT_CONSTANTS,
  DEFAULT_HORIZON,
  MODEL_VERSION,
  ModelConstants,
} from '../model/constants';
import { PackIdentity } from '../model/data-pack';
import { Goal } from '../model/goals';
import { DEFAULT_LEVERS, LeverValues } from '../model/levers';
import { DEFAULT_MONTE_CARLO, MonteCarloSettings } from '../model/monte-carlo';
import { BriefingSlide, DEFAULT_SLIDES } from './slides';

export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly levers: LeverValues;
  readonly constants: ModelConstants;
  readonly horizon: number;
  /** The analyst's own goals (type 'custom'). */
  readonly customGoals: readonly Goal[];
  /** Official goals the analyst hid. */
  readonly hiddenGoals: readonly string[];
  readonly monteCarlo: MonteCarloSettings;
  /** The briefing deck: panels in order, with the analyst's notes. */
  readonly slides: readonly BriefingSlide[];
  readonly notes: string;
  readonly modelVersion: number;
  /** ISO 8601 times. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Presets are read-only; copy one to change it. */
  readonly preset: boolean;
  /**
   * The data pack in force when it was last saved (none: a preset, or a scenario saved before packs
   * were recorded). What it names is shown beside the numbers when another pack is in force.
   */
  readonly pack?: PackIdentity;
  /**
   * The preset it was made from (its id), none for one made before this was recorded or from a
   * link: the reference the charts draw as the baseline ghost (Baseline when none).
   */
  readonly basedOn?: string;
}

const PRESET_TIME = '2026-01-01T00:00:00.000Z';

function preset(id: string, name: string, notes: string, levers: Partial<LeverValues>): Scenario {
  return {
    id,
    name,
    levers: { ...DEFAULT_LEVERS, ...levers },
    constants: DEFAULT_CONSTANTS,
    horizon: DEFAULT_HORIZON,
    customGoals: [],
    hiddenGoals: [],
    monteCarlo: DEFAULT_MONTE_CARLO,
    slides: DEFAULT_SLIDES,
    notes,
    modelVersion: MODEL_VERSION,
    createdAt: PRESET_TIME,
    updatedAt: PRESET_TIME,
    preset: true,
  };
}

/** The five built-in presets, listed first in the scenario manager. */
export const PRESETS: readonly Scenario[] = [
  preset('preset-baseline', 'Baseline', 'All levers at their defaults.', {}),
  preset('preset-tighter-controls', 'Tighter export controls', 'Severity 0.9, workaround 0.1.', {
    exportControls: 0.9,
    computeWorkaround: 0.1,
  }),
  preset(
    'preset-self-reliance',
    'Self-reliance push',
    'Domestic chips +12 pp/yr, R&D +10%/yr, 60 new AI majors a year.',
    {
      domesticChipGain: 12,
      rdGrowth: 10,
      aiProgramsPerYear: 60,
    },
  ),
  preset(
    'preset-price-war',
    'Price-war shakeout',
    '25% of Chinese LLMs withdrawn a year, LLM growth 25%/yr, AI industry +14%/yr.',
    {
      priceWarExit: 0.25,
      llmGrowthCN: 25,
      aiIndustryGrowth: 14,
    },
  ),
  preset('preset-slowdown', 'Slowdown', 'Nominal GDP +2.5%/yr, R&D +5.5%/yr.', {
    gdpGrowth: 2.5,
    rdGrowth: 5.5,
  }),
];

export const BASELINE = PRESETS[0];
