import { PALETTES, SCENARIO_DASHES, Theme, scenarioStyles } from './palette';
import { contrastRatio, deltaE2000 } from './testing/colour-difference';

/** ΔE00 from which two line colours read as different colours at a glance, not shades of one. */
const DISTINCT = 20;

describe('palette', () => {
  it('measures colour differences on the CIEDE2000 scale', () => {
    // Black and white span the whole lightness range, 100; a step of one in a channel is invisible.
    expect(deltaE2000('#000000', '#ffffff')).toBeCloseTo(100, 0);
    expect(deltaE2000('#0072B2', '#0072B2')).toBe(0);
    expect(deltaE2000('#0072B2', '#0074B2')).toBeLessThan(1);
  });

  for (const theme of ['light', 'dark'] as Theme[]) {
    const p = PALETTES[theme];
    const taken = [...p.series, p.target, p.claim, p.axis];

    it(`${theme}: no scenario colour is a series, target or claim colour, nor near one`, () => {
      for (const scenario of p.compare)
        for (const other of taken)
          expect(deltaE2000(scenario, other))
            .withContext(`${scenario} against ${other}`)
            .toBeGreaterThanOrEqual(DISTINCT);
    });

    it(`${theme}: the four scenario colours differ from each other and stand out from the page`, () => {
      expect(p.compare.length).toBe(4);
      p.compare.forEach((a, i) =>
        p.compare
          .slice(i + 1)
          .forEach((b) =>
            expect(deltaE2000(a, b))
              .withContext(`${a} against ${b}`)
              .toBeGreaterThanOrEqual(DISTINCT),
          ),
      );
      for (const c of p.compare)
        expect(contrastRatio(c, p.background)).withContext(c).toBeGreaterThanOrEqual(3);
    });
  }

  it('gives each compared scenario its own dash as well as its own colour', () => {
    const dashes = SCENARIO_DASHES.map((d) => d.join(' '));
    expect(new Set(dashes).size).toBe(4);
    expect(scenarioStyles(PALETTES.dark, 3)).toEqual([
      { color: PALETTES.dark.compare[0], dash: SCENARIO_DASHES[0] },
      { color: PALETTES.dark.compare[1], dash: SCENARIO_DASHES[1] },
      { color: PALETTES.dark.compare[2], dash: SCENARIO_DASHES[2] },
    ]);
  });
});
