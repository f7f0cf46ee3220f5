import { InjectionToken } from '@angular/core';
import { SchedulerLike, asyncScheduler } from 'rxjs';

/** The clock the simulation effect waits on; specs swap in virtual time. */
export const SIMULATION_SCHEDULER = new InjectionToken<SchedulerLike>('simulation scheduler', {
  factory: () => asyncScheduler,
});
