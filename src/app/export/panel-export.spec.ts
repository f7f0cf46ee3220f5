import { exportOption } from '../charts/export-option';
import { PALETTES } from '../charts/palette';
import { buildPanelOption } from '../charts/panel-option';
import { buildPanelViews } from '../charts/panel-view';
import { GOALS, evaluateGoal } from '../model/goals';
import { INDICATORS } from '../model/indicators';
import { DEFAULT_LEVERS } from '../model/levers';
import { project } from '../model/project';
import { renderSvg } from './panel-export';

describe('SVG export', () => {
  const p = project(INDICATORS, DEFAULT_LEVERS);
  const view = buildPanelViews(
    p,
    GOALS,
    GOALS.map((g) => evaluateGoal(INDICATORS, g, p)),
  )[0];

  it('opens as SVG when the scenario name holds characters XML forbids', () => {
    const scenario = 'Plan\u0001 A\ufffe <b>&</b> \ud800 end';
    const option = exportOption(
      buildPanelOption(view, PALETTES.light),
      view.title,
      `${scenario} · model v1`,
      PALETTES.light,
      480,
    );
    const svg = renderSvg(option, 480, 400);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    expect(doc.documentElement.localName).toBe('svg');
    // The rest of the name is still there, markup as text.
    expect(doc.documentElement.textContent).toContain('Plan A <b>&</b>  end');
  });
});
