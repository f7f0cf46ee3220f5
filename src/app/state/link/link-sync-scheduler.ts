import { InjectionToken } from '@angular/core';
import { SchedulerLike, asyncScheduler } from 'rxjs';

/** The clock the address waits on before it follows the dashboard; specs swap in virtual time. */
export const LINK_SYNC_SCHEDULER = new InjectionToken<SchedulerLike>('link sync scheduler', {
  factory: () => asyncScheduler,
});
