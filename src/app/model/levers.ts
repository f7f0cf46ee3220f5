/** The assumptions an analyst moves (the /model page, "Levers"). Pure data, no Angular. */
import { rangeError } from './range';

export type LeverId =
  | 'rdGrowth'
  | 'gdpGrowth'
  | 'basicShareGain'
  | 'exportControls'
  | 'computeWorkaround'
  | 'domesticChipGain'
  | 'aiProgramsPerYear'
  | 'graduatesPerProgram'
  | 'aiIndustryGrowth'
  | 'modelGrowthCN'
  | 'modelGrowthUS'
  | 'llmGrowthCN'
  | 'llmGrowthRW'
  | 'priceWarExit'
  | 'robotGrowth';

export type LeverGroup = 'Investment' | 'Talent' | 'Compute and trade' | 'Market' | 'Robotics';

export const LEVER_GROUPS: readonly LeverGroup[] = [
  'Investment',
  'Talent',
  'Compute and trade',
  'Market',
  'Robotics',
];

export interface Lever {
  readonly id: LeverId;
  readonly label: string;
  readonly unit: string;
  readonly group: LeverGroup;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Standard deviation for Monte Carlo draws. */
  readonly sigma: number;
  readonly basis: string;
  /** Percent levers enter the equations divided by 100. */
  readonly percent: boolean;
}

export type LeverValues = Readonly<Record<LeverId, number>>;

export const LEVERS: readonly Lever[] = [
  {
    id: 'rdGrowth',
    label: 'R&D spending growth (nominal)',
    unit: '%/yr',
    group: 'Investment',
    default: 8.0,
    min: 0,
    max: 15,
    step: 0.1,
    sigma: 1.5,
    basis: '+8.4% (2023), +8.9% (2024), NBS communiqués; 14th FYP floor >7%',
    percent: true,
  },
  {
    id: 'gdpGrowth',
    label: 'Nominal GDP growth',
    unit: '%/yr',
    group: 'Investment',
    default: 4.5,
    min: 0,
    max: 10,
    step: 0.1,
    sigma: 1.0,
    basis: 'assumption',
    percent: true,
  },
  {
    id: 'basicShareGain',
    label: 'Basic-research share gain',
    unit: 'pp/yr',
    group: 'Investment',
    default: 0.15,
    min: -0.5,
    max: 1.0,
    step: 0.05,
    sigma: 0.1,
    basis: '6.03% (2019) to 6.88% (2024) = +0.17 pp/yr, NBS',
    percent: false,
  },
  {
    id: 'aiProgramsPerYear',
    label: 'Universities adding an AI major per year',
    unit: 'count/yr',
    group: 'Talent',
    default: 30,
    min: 0,
    max: 200,
    step: 1,
    sigma: 10,
    basis: '440 (2021) to 532 (Dec 2024) ≈ 31/yr, MoE and media tally',
    percent: false,
  },
  {
    id: 'graduatesPerProgram',
    label: 'AI graduates per program per year',
    unit: 'people',
    group: 'Talent',
    default: 60,
    min: 20,
    max: 150,
    step: 5,
    sigma: 10,
    basis: 'assumption',
    percent: false,
  },
  {
    id: 'exportControls',
    label: 'Export-control severity',
    unit: '0–1',
    group: 'Compute and trade',
    default: 0.6,
    min: 0,
    max: 1,
    step: 0.05,
    sigma: 0.1,
    basis: 'assumption: 0 = none, 1 = no access to advanced accelerators',
    percent: false,
  },
  {
    id: 'computeWorkaround',
    label: 'Compute workaround (cloud, grey imports)',
    unit: '0–1',
    group: 'Compute and trade',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    sigma: 0.1,
    basis: 'assumption; the article reports cloud access to restricted chips',
    percent: false,
  },
  {
    id: 'domesticChipGain',
    label: 'Domestic accelerator substitution gain',
    unit: 'pp/yr',
    group: 'Compute and trade',
    default: 6,
    min: 0,
    max: 20,
    step: 0.5,
    sigma: 2,
    basis: 'assumption',
    percent: false,
  },
  {
    id: 'aiIndustryGrowth',
    label: 'Core AI industry underlying growth',
    unit: '%/yr',
    group: 'Market',
    default: 20,
    min: 0,
    max: 50,
    step: 0.5,
    sigma: 5,
    basis: '+18% (2022), +24% (2024), CAICT',
    percent: true,
  },
  {
    id: 'modelGrowthCN',
    label: 'Notable AI model releases growth, China',
    unit: '%/yr',
    group: 'Market',
    default: 20,
    min: 0,
    max: 80,
    step: 1,
    sigma: 10,
    basis: 'Epoch AI / AI Index: 3, 15, 15, 30 (2022–2025)',
    percent: true,
  },
  {
    id: 'modelGrowthUS',
    label: 'Notable AI model releases growth, US',
    unit: '%/yr',
    group: 'Market',
    default: 10,
    min: -30,
    max: 80,
    step: 1,
    sigma: 10,
    basis: 'Epoch AI / AI Index: 16, 61, 40, 50 (2022–2025)',
    percent: true,
  },
  {
    id: 'llmGrowthCN',
    label: 'LLMs released growth, China',
    unit: '%/yr',
    group: 'Market',
    default: 40,
    min: 0,
    max: 150,
    step: 1,
    sigma: 15,
    basis: '478 (Jul 2024, CAICT) to 1,509 (Jul 2025, WAIC)',
    percent: true,
  },
  {
    id: 'llmGrowthRW',
    label: 'LLMs released growth, rest of world',
    unit: '%/yr',
    group: 'Market',
    default: 35,
    min: 0,
    max: 150,
    step: 1,
    sigma: 15,
    basis: '850 (2024) to 2,246 (2025), CAICT and WAIC',
    percent: true,
  },
  {
    id: 'priceWarExit',
    label: 'LLMs withdrawn per year, China (price war)',
    unit: 'share/yr',
    group: 'Market',
    default: 0.05,
    min: 0,
    max: 0.5,
    step: 0.01,
    sigma: 0.05,
    basis: "assumption; the article's price war",
    percent: false,
  },
  {
    id: 'robotGrowth',
    label: 'Industrial robot installations growth, China',
    unit: '%/yr',
    group: 'Robotics',
    default: 7,
    min: -15,
    max: 25,
    step: 0.5,
    sigma: 3,
    basis: '+7% (2024), IFR',
    percent: true,
  },
];

export const LEVER_BY_ID: Readonly<Record<LeverId, Lever>> = Object.fromEntries(
  LEVERS.map((lever) => [lever.id, lever]),
) as Record<LeverId, Lever>;

export const DEFAULT_LEVERS: LeverValues = Object.fromEntries(
  LEVERS.map((lever) => [lever.id, lever.default]),
) as Record<LeverId, number>;

export function isLeverId(key: string): key is LeverId {
  return Object.prototype.hasOwnProperty.call(LEVER_BY_ID, key);
}

/** Why a typed lever value cannot be applied, or null when it can. */
export function leverValueError(lever: Lever, value: number): string | null {
  return rangeError(lever.label, value, lever.min, lever.max, lever.unit);
}

export function clampLever(lever: Lever, value: number): number {
  return Math.min(lever.max, Math.max(lever.min, value));
}

/** The lever as it enters the equations: percent levers divided by 100. */
export function rate(levers: LeverValues, id: LeverId): number {
  return LEVER_BY_ID[id].percent ? levers[id] / 100 : levers[id];
}
