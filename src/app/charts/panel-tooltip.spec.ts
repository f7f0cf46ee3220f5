import { tooltipLines } from './panel-tooltip';
import { tooltipNode } from './tooltip';

describe('tooltipLines', () => {
  it('lists exact values with kind and source in the tooltip, names as text', () => {
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
          { text: '3,923.2944', style: 'strong' },
          { text: ' bn yuan ' },
          { text: '(projected)', style: 'em' },
        ],
      },
      { segments: [{ text: `scenario “${payload}”`, style: 'small' }] },
    ]);
    const node = tooltipNode(lines);
    expect(node.querySelectorAll('img, svg, script').length).toBe(0);
    expect(node.textContent).toContain(`R&D — ${payload}: 3,923.2944 bn yuan (projected)`);
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
          { text: '3.285', style: 'strong' },
          { text: ' % of GDP ' },
          { text: '(projected)', style: 'em' },
        ],
      },
      { segments: [{ text: 'P10–P90: 1,234.567891 – 3.5' }] },
      { segments: [{ text: 'Model v2 projection', style: 'small' }] },
    ]);
    expect(tooltipLines([{ axisValueLabel: '2030', data: { ...point, bridge: true } }])).toEqual(
      [],
    );
  });
});
