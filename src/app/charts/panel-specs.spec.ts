import { MODEL_VERSION } from '../model/constants';
import { INDICATOR_BY_ID } from '../model/indicators';
import { PANEL_SPECS, PROJECTION_SOURCE } from './panel-specs';

describe('panel specs', () => {
  it('lists eight panels under distinct ids', () => {
    const ids = PANEL_SPECS.map((s) => s.id);
    expect(ids.length).toBe(8);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws only known indicators, each once, on axis 0 or 1', () => {
    const drawn = PANEL_SPECS.flatMap((p) => p.series.map((s) => s.indicator));
    for (const id of drawn) expect(INDICATOR_BY_ID[id]).withContext(id).toBeDefined();
    expect(new Set(drawn).size).toBe(drawn.length);
    for (const p of PANEL_SPECS) {
      for (const s of p.series) expect([undefined, 0, 1]).withContext(p.id).toContain(s.axis);
      for (const axis of p.logAxes ?? []) expect([0, 1]).withContext(p.id).toContain(axis);
    }
  });

  it('names the model version as the source of projected points', () => {
    expect(PROJECTION_SOURCE).toBe(`Model v${MODEL_VERSION} projection`);
  });
});
