/// <reference lib="webworker" />
/** Runs the Monte Carlo engine off the main thread; answers with transferable typed arrays. */
import { MonteCarloRequest } from './monte-carlo-request';
import { runMonteCarlo, transferables } from '../model/monte-carlo';

addEventListener('message', ({ data }: MessageEvent<MonteCarloRequest>) => {
  const result = runMonteCarlo(data.levers, data.constants, data.horizon, data.goals, data.settings);
  postMessage(result, transferables(result));
});
