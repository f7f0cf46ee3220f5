import { inject } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { SchedulerLike, catchError, concat, map, of, switchMap, timer } from 'rxjs';
import { summarize } from '../../model/monte-carlo';
import { MonteCarloClient } from '../../simulation/monte-carlo-client';
import { MonteCarloWorkerActions } from './analytics.actions';
import { selectMonteCarloRequest } from './analytics.selectors';
import { SIMULATION_SCHEDULER } from './simulation-scheduler';

/**
 * Quiet time before a run starts while inputs keep coming (a slider drag, a held arrow key), so a
 * drag does not start and cancel a run per pixel: each cancel replaces the worker, and on a slow
 * frame (30–50 ms) a shorter wait let runs start between moves (25 ms: 11–15 workers replaced in a
 * 5-s drag; 80 ms: 4–5). An input after REST_MS without one (a click, a key, a drag's first move)
 * starts its run in the next task, once the charts have drawn the new lines.
 */
const RUN_DELAY_MS = 80;
const REST_MS = 100;

/**
 * Runs the simulation whenever what it depends on changes. A newer change cancels the pending or
 * running one (switchMap unsubscribes, which stops the worker).
 */
export const runMonteCarlo = createEffect(
  (
    store = inject(Store),
    client = inject(MonteCarloClient),
    scheduler: SchedulerLike = inject(SIMULATION_SCHEDULER),
  ) => {
    let lastRunId = 0;
    let lastRequestAt = -Infinity;
    return store.select(selectMonteCarloRequest).pipe(
      switchMap((request) => {
        const runId = ++lastRunId;
        const now = scheduler.now();
        const delay = now - lastRequestAt < REST_MS ? RUN_DELAY_MS : 0;
        lastRequestAt = now;
        const { indicators, levers, constants } = request;
        return concat(
          of(MonteCarloWorkerActions.runStarted({ runId, paths: request.settings.paths })),
          timer(delay, scheduler).pipe(
            switchMap(() => client.run(request)),
            map((result) =>
              MonteCarloWorkerActions.runSucceeded({
                runId,
                result: summarize(result),
                indicators,
                levers,
                constants,
              }),
            ),
            catchError((error: unknown) =>
              of(
                MonteCarloWorkerActions.runFailed({
                  runId,
                  error: error instanceof Error ? error.message : String(error),
                }),
              ),
            ),
          ),
        );
      }),
    );
  },
  { functional: true },
);
