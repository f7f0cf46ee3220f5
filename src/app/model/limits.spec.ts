import { MAX_FILE_BYTES, SCENARIO_EXPORT_BYTES_MAX, SCENARIOS_MAX } from './limits';

// The measured worst case, the one that matters, is in scenarios/file/backup-size.spec.ts.
describe('limits', () => {
  it('size the import limit from the per-scenario bound, for at least 1,000 scenarios', () => {
    expect(SCENARIOS_MAX).toBeGreaterThanOrEqual(1_000);
    expect(MAX_FILE_BYTES).toBeGreaterThan(SCENARIOS_MAX * SCENARIO_EXPORT_BYTES_MAX);
    expect(MAX_FILE_BYTES).toBe(353_901_000); // the figure the comment in limits.ts gives
  });
});
