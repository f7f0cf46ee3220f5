import { ModelConstants } from '../model/constants';
import { Goal } from '../model/goals';
import { IndicatorData } from '../model/indicators';
import { LeverValues } from '../model/levers';
import { MonteCarloSettings } from '../model/monte-carlo';

/** Everything a Monte Carlo run depends on: what the worker receives. */
export interface MonteCarloRequest {
  /** The pack the store holds, so the worker projects from the same history as the main thread. */
  readonly indicators: IndicatorData;
  readonly levers: LeverValues;
  readonly constants: ModelConstants;
  readonly horizon: number;
  readonly goals: readonly Goal[];
  readonly settings: MonteCarloSettings;
  /** Compared scenarios: only their goal probabilities are wanted. */
  readonly compare: readonly { readonly levers: LeverValues; readonly constants: ModelConstants }[];
}
