/** Model constants (the /model page): shown in the app and part of a scenario. */

export interface ModelConstants {
  /** Share of accelerators from domestic suppliers in 2024. */
  readonly substitution2024: number;
  /** Years from a university adding an AI major to its first graduates. */
  readonly talentLag: number;
  readonly talentElasticity: number;
  /** Share of the robot stock retired each year. */
  readonly robotRetirement: number;
  /** Installations that add one point of robot density. */
  readonly robotsPerDensityPoint: number;
  /** Compute access at default levers in 2024, so that access[2024] = 1. */
  readonly accessReference: number;
}

export type ConstantId = keyof ModelConstants;

export interface ConstantInfo {
  readonly id: ConstantId;
  readonly label: string;
  readonly description: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export const DEFAULT_CONSTANTS: ModelConstants = {
  substitution2024: 0.2,
  talentLag: 4,
  talentElasticity: 0.5,
  robotRetirement: 0.07,
  robotsPerDensityPoint: 2875,
  accessReference: 0.664,
};

export const CONSTANTS_INFO: readonly ConstantInfo[] = [
  {
    id: 'substitution2024',
    label: 'Domestic substitution in 2024',
    description: 'Share of accelerators supplied domestically in 2024 (sub[2024]).',
    min: 0,
    max: 1,
    step: 0.01,
  },
  {
    id: 'talentLag',
    label: 'Talent lag',
    description: 'Years between a university adding an AI major and its graduates (whole years).',
    min: 0,
    max: 6,
    step: 1,
  },
  {
    id: 'talentElasticity',
    label: 'Talent elasticity',
    description: 'Exponent on the graduates ratio in the talent factor.',
    min: 0,
    max: 2,
    step: 0.05,
  },
  {
    id: 'robotRetirement',
    label: 'Robot retirement rate',
    description: 'Share of the robot stock retired each year.',
    min: 0,
    max: 0.3,
    step: 0.01,
  },
  {
    id: 'robotsPerDensityPoint',
    label: 'Robots per density point',
    description: 'Installations that add one robot per 10,000 manufacturing workers.',
    min: 500,
    max: 10000,
    step: 25,
  },
  {
    id: 'accessReference',
    label: 'Access reference',
    description: 'Compute access C at default levers in 2024; access = C / reference.',
    min: 0.1,
    max: 1,
    step: 0.001,
  },
];

export const HORIZON_MIN = 2030;
export const HORIZON_MAX = 2040;
export const DEFAULT_HORIZON = 2035;
export const MODEL_VERSION = 1;
