/// <reference lib="webworker" />
/** Runs the Monte Carlo engine off the main thread; answers with transferable typed arrays. */
import { runMonteCarlo, transferables } from '../model/monte-carlo';
import { MonteCarloRequest } from './monte-carlo-request';

addEventListener('message', ({ data }: MessageEvent<MonteCarloRequest>) => {
  const main = runMonteCarlo(data.levers, data.constants, data.horizon, data.goals, data.settings);
  const compareProbability = data.compare.map(
    (c) =>
      runMonteCarlo(c.levers, c.constants, data.horizon, data.goals, data.settings).goalProbability,
  );
  const result = { ...main, compareProbability };
  postMessage(result, transferables(result));
});
