/// <reference lib="webworker" />
/** Runs the Monte Carlo engine off the main thread; answers with transferable typed arrays. */
import { ModelConstants } from '../model/constants';
import { LeverValues } from '../model/levers';
import { runMonteCarlo, transferables } from '../model/monte-carlo';
import { MonteCarloRequest } from './monte-carlo-request';

addEventListener('message', ({ data }: MessageEvent<MonteCarloRequest>) => {
  const run = (levers: LeverValues, constants: ModelConstants) =>
    runMonteCarlo(data.indicators, levers, constants, data.horizon, data.goals, data.settings);
  const main = run(data.levers, data.constants);
  const compareProbability = data.compare.map((c) => run(c.levers, c.constants).goalProbability);
  const result = { ...main, compareProbability };
  postMessage(result, transferables(result));
});
