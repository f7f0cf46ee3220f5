import { Injectable, InjectionToken, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { MonteCarloResult } from '../model/monte-carlo';
import { MonteCarloRequest } from './monte-carlo-request';

/** Creates the worker; a token so specs can give a fake. */
export const MONTE_CARLO_WORKER = new InjectionToken<() => Worker>('MONTE_CARLO_WORKER', {
  providedIn: 'root',
  factory: () => () =>
    new Worker(new URL('./monte-carlo.worker', import.meta.url), { type: 'module' }),
});

/**
 * Sends runs to one long-lived worker. Unsubscribing from a run still in progress terminates the
 * worker, so a newer run never waits behind, or is overwritten by, an older one; a fresh worker is
 * started in its place straight away.
 */
@Injectable({ providedIn: 'root' })
export class MonteCarloClient {
  private readonly createWorker = inject(MONTE_CARLO_WORKER);
  private worker: Worker | null = null;

  run(request: MonteCarloRequest): Observable<MonteCarloResult> {
    return new Observable<MonteCarloResult>((subscriber) => {
      const worker = (this.worker ??= this.createWorker());
      let done = false;
      worker.onmessage = ({ data }: MessageEvent<MonteCarloResult>) => {
        done = true;
        subscriber.next(data);
        subscriber.complete();
      };
      worker.onerror = (event: ErrorEvent) => {
        done = true;
        event.preventDefault();
        this.discard(worker);
        subscriber.error(new Error(event.message || 'The simulation stopped with an error.'));
      };
      worker.postMessage(request);
      return () => {
        if (!done) this.discard(worker);
      };
    });
  }

  /**
   * Stops a worker; the next is started at once, so that it has loaded and compiled its script by the
   * time the next run is posted (the effect waits a little after an input before it runs).
   */
  private discard(worker: Worker): void {
    worker.terminate();
    if (this.worker === worker) this.worker = this.createWorker();
  }
}
