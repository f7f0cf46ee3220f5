import { inject } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { asyncScheduler, catchError, concat, map, of, switchMap, timer } from 'rxjs';
import { MonteCarloClient } from '../../analytics/monte-carlo-client';
import { summarize } from '../../model/monte-carlo';
import { MonteCarloWorkerActions } from './analytics.actions';
import { selectMonteCarloRequest } from './analytics.selectors';

/** Quiet time after an input before a run starts, so a slider drag does not start a run per pixel. */
const RUN_DELAY_MS = 25;

/**
 * Runs the simulation whenever what it depends on changes. The old band is dropped at once; a newer
 * change cancels the pending or running one (switchMap unsubscribes, which stops the worker).
 */
export const runMonteCarlo = createEffect(
  (store = inject(Store), client = inject(MonteCarloClient), scheduler = asyncScheduler) => {
    let lastRunId = 0;
    return store.select(selectMonteCarloRequest).pipe(
      switchMap((request) => {
        const runId = ++lastRunId;
        return concat(
          of(MonteCarloWorkerActions.runStarted({ runId, paths: request.settings.paths })),
          timer(RUN_DELAY_MS, scheduler).pipe(
            switchMap(() => client.run(request)),
            map((result) => MonteCarloWorkerActions.runSucceeded({ runId, result: summarize(result) })),
            catchError((error: unknown) =>
              of(MonteCarloWorkerActions.runFailed({ runId, error: error instanceof Error ? error.message : String(error) })),
            ),
          ),
        );
      }),
    );
  },
  { functional: true },
);
