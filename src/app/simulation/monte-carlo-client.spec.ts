import { TestBed } from '@angular/core/testing';
import { DEFAULT_CONSTANTS } from '../model/constants';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { DEFAULT_MONTE_CARLO } from '../model/monte-carlo';
import { MONTE_CARLO_WORKER, MonteCarloClient } from './monte-carlo-client';
import { MonteCarloRequest } from './monte-carlo-request';

class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(data: unknown): void {
    this.posted.push(data);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: unknown): void {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
}

describe('MonteCarloClient', () => {
  let workers: FakeWorker[];
  let client: MonteCarloClient;
  const request: MonteCarloRequest = {
    indicators: INDICATORS,
    levers: DEFAULT_LEVERS,
    constants: DEFAULT_CONSTANTS,
    horizon: 2035,
    goals: [],
    settings: DEFAULT_MONTE_CARLO,
    compare: [],
  };

  beforeEach(() => {
    workers = [];
    TestBed.configureTestingModule({
      providers: [
        {
          provide: MONTE_CARLO_WORKER,
          useValue: () => workers[workers.push(new FakeWorker()) - 1],
        },
      ],
    });
    client = TestBed.inject(MonteCarloClient);
  });

  it('keeps one worker for runs that finish', () => {
    const answers: unknown[] = [];
    client.run(request).subscribe((r) => answers.push(r));
    workers[0].answer('first');
    client.run(request).subscribe((r) => answers.push(r));
    workers[0].answer('second');
    expect(answers).toEqual(['first', 'second']);
    expect(workers.length).toBe(1);
    expect(workers[0].terminated).toBeFalse();
  });

  it('terminates the worker when a run is abandoned, and starts a fresh one for the next at once', () => {
    const sub = client.run(request).subscribe();
    sub.unsubscribe();
    expect(workers[0].terminated).toBeTrue();
    expect(workers.length).toBe(2);
    expect(workers[1].posted).toEqual([]);
    const answers: unknown[] = [];
    client.run(request).subscribe((r) => answers.push(r));
    expect(workers.length).toBe(2);
    workers[1].answer('fresh');
    expect(answers).toEqual(['fresh']);
  });

  it('reports a worker error as an error of the run', () => {
    let error: Error | null = null;
    client.run(request).subscribe({ error: (e: Error) => (error = e) });
    workers[0].onerror?.(new ErrorEvent('error', { message: 'boom' }));
    expect(error!.message).toBe('boom');
    expect(workers[0].terminated).toBeTrue();
  });
});
