import { Injectable } from '@angular/core';
import { MonteCarloClient } from './monte-carlo-client';

/**
 * A second worker for the data pack review: its runs must neither cancel nor be cancelled by the
 * dashboard's own runs, which share one worker and stop a run in progress for a newer one.
 */
@Injectable({ providedIn: 'root' })
export class ReviewMonteCarloClient extends MonteCarloClient {}
