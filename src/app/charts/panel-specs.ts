/**
 * The dashboard's chart panels as a catalogue: each panel's id, title, the indicators it draws and
 * the remark its source line carries (the publishers come from the pack, panel-sources.ts).
 * The store, the briefing and the scenario file name panels by these ids.
 */
import { MODEL_VERSION } from '../model/constants';
import { IndicatorId } from '../model/indicators';

export type PanelId =
  'rd' | 'basic' | 'talent' | 'aiIndustry' | 'notableModels' | 'llms' | 'robotics' | 'compute';

export interface SeriesSpec {
  readonly indicator: IndicatorId;
  readonly type: 'bar' | 'line';
  readonly axis?: 0 | 1;
  /** Label every observed point with its publisher (series whose publishers differ). */
  readonly labelPublishers?: boolean;
  /** A short name written at the line's end in place of a legend entry ("China", "US"). */
  readonly endLabel?: string;
}

export interface PanelSpec {
  readonly id: PanelId;
  readonly title: string;
  /**
   * What the source line says beyond the pack's publishers: where a target comes from, a proxy, a
   * series with no published history. Not a data source: those are read off the pack in force.
   */
  readonly sourceNote?: string;
  readonly series: readonly SeriesSpec[];
  /** Axes drawn on a log scale when the panel opens (series growing by orders of magnitude). */
  readonly logAxes?: readonly number[];
  /** Offers a log/linear switch for the first axis, where growth spans orders of magnitude. */
  readonly scaleSwitch?: boolean;
  /**
   * Where the second axis's series go: on a right-hand axis over the same plot, only where the two
   * quantities tell one story (spending and its share of GDP); otherwise in a plot of their own
   * below, so no reader pairs a tick on one scale with a line on the other.
   */
  readonly secondAxis?: 'right' | 'below';
}

export const OTHER_PUBLISHERS = 'Other publishers (not used for the projection)';
export const PROJECTION_SOURCE = `Model v${MODEL_VERSION} projection`;

export const PANEL_SPECS: readonly PanelSpec[] = [
  {
    id: 'rd',
    title: 'R&D spending and intensity',
    sourceNote: 'target: Innovation-Driven Development Strategy Outline (2016)',
    secondAxis: 'right',
    series: [
      { indicator: 'rdSpend', type: 'bar' },
      { indicator: 'rdIntensity', type: 'line', axis: 1 },
    ],
  },
  {
    id: 'basic',
    title: 'Basic research share of R&D',
    sourceNote: 'target: 14th Five-Year Plan outline (2021)',
    series: [{ indicator: 'basicShare', type: 'line' }],
  },
  {
    id: 'talent',
    title: 'Talent: AI majors, graduates and program churn',
    sourceNote: 'graduates are model output',
    series: [
      { indicator: 'programsAdded', type: 'bar' },
      { indicator: 'programsCancelled', type: 'bar' },
      { indicator: 'aiUniversities', type: 'line' },
      { indicator: 'aiGraduates', type: 'line', axis: 1 },
    ],
  },
  {
    id: 'aiIndustry',
    title: 'Core AI industry against the 2017 plan',
    sourceNote: 'targets: New Generation AI Development Plan (State Council, 2017)',
    series: [{ indicator: 'aiCoreIndustry', type: 'line', labelPublishers: true }],
  },
  {
    id: 'notableModels',
    title: 'Notable AI models per year, China and US',
    sourceNote: 'parity goal is an analyst proxy',
    // From 3 a year to thousands at the 2040 horizon's P90: linear to begin with, log on request.
    scaleSwitch: true,
    series: [
      { indicator: 'notableModelsCN', type: 'line', endLabel: 'China' },
      { indicator: 'notableModelsUS', type: 'line', endLabel: 'US' },
    ],
  },
  {
    id: 'llms',
    title: 'Large language models released',
    sourceNote: 'definitions differ by publisher',
    logAxes: [0],
    scaleSwitch: true,
    series: [
      { indicator: 'llmsCN', type: 'line', labelPublishers: true, endLabel: 'China' },
      { indicator: 'llmsWorld', type: 'line', labelPublishers: true, endLabel: 'World' },
      { indicator: 'llmShareCN', type: 'line', axis: 1 },
    ],
  },
  {
    id: 'robotics',
    title: 'Industrial robots: installations and density',
    sourceNote: 'target: 14th FYP Robot Industry Development Plan (2021)',
    series: [
      { indicator: 'robotInstalls', type: 'bar' },
      { indicator: 'robotDensity', type: 'line', axis: 1 },
    ],
  },
  {
    id: 'compute',
    title: 'Compute access under export controls',
    sourceNote:
      'model projection from the export-control, workaround and domestic-chip levers (see Model page)',
    series: [
      { indicator: 'computeAccess', type: 'line' },
      { indicator: 'domesticShare', type: 'line', axis: 1 },
    ],
  },
];
