import fc from 'fast-check';
import { tooltipLines } from './panel-tooltip';
import { tooltipNode } from './tooltip';

describe('tooltipLines', () => {
  it('lists values to three significant figures with the unit once, kind and source, names as text', () => {
    const payload = '<img src=x onerror=window.__xss=1> "><svg onload=window.__xss=1>';
    const lines = tooltipLines([
      {
        axisValueLabel: '2025',
        color: '#123456',
        data: {
          series: `R&D — ${payload}`,
          value: 3632.68 * 1.08,
          kind: 'projected',
          source: `scenario “${payload}”`,
          unit: 'bn yuan',
        },
      },
      { axisValueLabel: '2025', data: '-' },
    ]);
    expect(lines).toEqual([
      { segments: [{ text: '2025', style: 'strong' }] },
      {
        marker: '#123456',
        segments: [
          { text: `R&D — ${payload}: ` },
          { text: '3,920', style: 'strong' },
          { text: ' bn yuan ' },
          { text: '(projected)', style: 'em' },
        ],
      },
      { segments: [{ text: `scenario “${payload}”`, style: 'small' }] },
    ]);
    const node = tooltipNode(lines);
    expect(node.querySelectorAll('img, svg, script').length).toBe(0);
    expect(node.textContent).toContain(`R&D — ${payload}: 3,920 bn yuan (projected)`);
    expect(tooltipLines([{ axisValueLabel: '2025', data: '-' }])).toEqual([]);
  });

  it('adds the P10–P90 line under a simulated point and skips drawing aids', () => {
    const point = {
      series: 'R&D intensity',
      value: 3.2849999,
      kind: 'projected' as const,
      source: 'Model v2 projection',
      unit: '% of GDP',
    };
    expect(
      tooltipLines([
        { axisValueLabel: '2030', data: { ...point, bridge: true } },
        { axisValueLabel: '2030', data: { ...point, p10: 1234.5678912, p90: 3.5 } },
      ]),
    ).toEqual([
      { segments: [{ text: '2030', style: 'strong' }] },
      {
        marker: undefined,
        segments: [
          { text: 'R&D intensity: ' },
          { text: '3.28', style: 'strong' },
          { text: '% of GDP ' },
          { text: '(projected)', style: 'em' },
        ],
      },
      { segments: [{ text: 'P10–P90: 1,230 – 3.5% of GDP' }] },
      { segments: [{ text: 'Model v2 projection', style: 'small' }] },
    ]);
    expect(tooltipLines([{ axisValueLabel: '2030', data: { ...point, bridge: true } }])).toEqual(
      [],
    );
  });

  it('never shows more than three significant figures, and the unit once', () => {
    /** Significant figures of every number in a text ("5,340" has 3, "1.23E15" has 3). */
    const figures = (text: string) =>
      (text.match(/\d[\d,]*(\.\d+)?/g) ?? []).map(
        (n) => n.replace(/[,.]/g, '').replace(/^0+/, '').replace(/0+$/, '').length,
      );
    const value = fc.oneof(
      fc.double({ min: -1e20, max: 1e20, noNaN: true }),
      fc.double({ min: -10, max: 10, noNaN: true }),
    );
    fc.assert(
      fc.property(value, value, value, (v, a, b) => {
        const lines = tooltipLines([
          {
            axisValueLabel: 'year',
            data: {
              series: 'S',
              value: v,
              kind: 'projected',
              source: 'src',
              unit: 'bn yuan',
              p10: Math.min(a, b),
              p90: Math.max(a, b),
            },
          },
        ]);
        const valueText = lines[1].segments.map((s) => s.text).join('');
        const bandText = lines[2].segments[0].text;
        for (const text of [valueText, bandText.replace('P10–P90', '')]) {
          for (const n of figures(text.replace(/E-?\d+/, ''))) expect(n).toBeLessThanOrEqual(3);
        }
        expect(valueText.split('bn yuan').length).toBe(2);
        expect(bandText.split('bn yuan').length).toBe(2);
      }),
    );
  });
});
