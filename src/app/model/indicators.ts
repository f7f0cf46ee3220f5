/** The default indicator pack: every historical figure with its source (the /sources page). */
import {
  Confidence,
  SOURCES,
  Source,
  ifrWorldRobotics,
  moeProgramResults,
  nbsCommunique,
} from './sources';

export type IndicatorId =
  | 'rdSpend'
  | 'gdp'
  | 'rdIntensity'
  | 'basicShare'
  | 'aiUniversities'
  | 'aiGraduates'
  | 'programsAdded'
  | 'programsCancelled'
  | 'aiCoreIndustry'
  | 'notableModelsCN'
  | 'notableModelsUS'
  | 'llmsCN'
  | 'llmsWorld'
  | 'llmShareCN'
  | 'robotInstalls'
  | 'robotDensity'
  | 'computeAccess'
  | 'domesticShare';

/** Which release of a figure a point is: a preliminary figure is later made final, and may be restated. */
export type Vintage = 'preliminary' | 'final' | 'restated';

export interface HistoryPoint {
  readonly year: number;
  readonly value: number;
  readonly vintage: Vintage;
  /** When this vintage was published, as precisely as known: '2026-01-19', '2025-10' or '2024'. */
  readonly released: string;
  readonly source: Source;
  readonly url?: string;
  /** Earlier vintages of the same point, newest first: listed in the data table, never drawn. */
  readonly earlier?: readonly HistoryPoint[];
  readonly definition: string;
  readonly confidence: Confidence;
  /** Computed from other published figures rather than published as such. */
  readonly derived: boolean;
  /** The series a projection starts from; other points are shown, never spliced in. */
  readonly primary: boolean;
  readonly note?: string;
}

export interface Indicator {
  readonly id: IndicatorId;
  readonly name: string;
  readonly unit: string;
  readonly definition: string;
  readonly history: readonly HistoryPoint[];
  /** How the model continues it ('none' for history-only series). */
  readonly projection: string;
}

interface PointOptions {
  vintage?: Vintage;
  released?: string;
  url?: string;
  earlier?: readonly HistoryPoint[];
  derived?: boolean;
  primary?: boolean;
  note?: string;
  confidence?: Confidence;
  definition?: string;
}

function point(
  definition: string,
  year: number,
  value: number,
  source: Source,
  options: PointOptions = {},
): HistoryPoint {
  return {
    year,
    value,
    vintage: options.vintage ?? 'final',
    released: options.released ?? isoRelease(source.date),
    source,
    ...(options.url ? { url: options.url } : {}),
    ...(options.earlier ? { earlier: options.earlier } : {}),
    definition: options.definition ?? definition,
    confidence: options.confidence ?? source.confidence,
    derived: options.derived ?? false,
    primary: options.primary ?? true,
    ...(options.note ? { note: options.note } : {}),
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A source date as the ISO date a pack file needs for `released` ('Dec 2024' → '2024-12'; a span
 * such as '2019–2022' → its end, when the last of it was out), so the shipped pack exports and
 * imports like any other.
 */
export function isoRelease(date: string): string {
  const month = /^([A-Z][a-z]{2}) (\d{4})$/.exec(date);
  if (month && MONTHS.includes(month[1]))
    return `${month[2]}-${String(MONTHS.indexOf(month[1]) + 1).padStart(2, '0')}`;
  const span = /^\d{4}\s*[–-]\s*(\d{4})$/.exec(date);
  return span ? span[1] : date;
}

function series(
  definition: string,
  rows: readonly (readonly [number, number, Source, PointOptions?])[],
): HistoryPoint[] {
  return rows.map(([year, value, source, options]) =>
    point(definition, year, value, source, options),
  );
}

const RD_YEARS = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const RD_SPEND = [
  1029.84, 1184.66, 1301.56, 1416.98, 1567.67, 1760.61, 1967.79, 2214.36, 2439.31, 2795.63, 3078.29,
  3335.71, 3632.68,
];
const RD_INTENSITY = [1.98, 2.08, 2.05, 2.06, 2.11, 2.13, 2.19, 2.23, 2.4, 2.44, 2.54, 2.65, 2.69];
const BASIC_SHARE = [4.8, 4.7, 4.7, 5.1, 5.2, 5.5, 5.5, 6.03, 6.01, 6.5, 6.57, 6.77, 6.88];

function rdSeries(
  definition: string,
  values: readonly number[],
  notes: Record<number, string> = {},
): HistoryPoint[] {
  return RD_YEARS.map((year, i) => {
    // The 2015 communiqué figures are derived from the 2016 release.
    const derived = year === 2015;
    return point(definition, year, values[i], nbsCommunique(derived ? 2016 : year), {
      derived,
      note: notes[year] ?? (derived ? 'derived from the 2016 release' : undefined),
    });
  });
}

const DEF = {
  rdSpend: 'Gross domestic expenditure on R&D (GERD), nominal, bn yuan',
  rdIntensity: 'GERD as a share of GDP, as published in each year’s communiqué',
  basicShare: 'Basic research expenditure as a share of GERD',
  gdp: 'Nominal GDP implied by the 2024 GERD and intensity (3,632.68 / 0.0269)',
  aiUniversities: 'Universities approved to offer the undergraduate AI major, cumulative',
  aiGraduates:
    'AI graduates per year: universities offering the major (lagged) × graduates per program',
  programsAdded: 'Undergraduate program points newly filed or approved in the cycle',
  programsCancelled: 'Undergraduate program points cancelled in the cycle',
  aiCoreIndustry: 'Revenue of the core AI industry (software, hardware, services), bn yuan',
  notableModels:
    'Notable AI models released in the year by organisations in the country (Epoch AI)',
  llms: 'Large language models released, cumulative (definitions differ between publishers)',
  llmShare: 'China’s LLMs as a share of the world’s, same publisher and date',
  robotInstalls: 'Industrial robots installed in China in the year',
  robotDensity: 'Operational industrial robots per 10,000 manufacturing employees',
  computeAccess: 'Compute access index: C[t] / accessReference (1.0 at default levers in 2024)',
  domesticShare: 'Domestic accelerator substitution sub[t], % of accelerators',
};

const MODEL_ONLY = 'model output, no published history';

/** Notable AI models per year: year, China, US (Epoch AI via the AI Index). */
const NOTABLE_MODELS: readonly (readonly [number, number, number])[] = [
  [2022, 3, 16],
  [2023, 15, 61],
  [2024, 15, 40],
  [2025, 35, 59],
];

/** Undergraduate program points per MoE cycle: year, added, cancelled. */
const PROGRAM_POINTS: readonly (readonly [number, number, number])[] = [
  [2017, 2311, 241],
  [2018, 2072, 416],
  [2019, 1853, 367],
  [2020, 2223, 518],
  [2021, 1961, 804],
  [2022, 1817, 925],
  [2023, 1673, 1670],
  [2024, 1839, 1428],
];

const LLM_POINTS: readonly (readonly [number, number, number, Source, boolean])[] = [
  [2023, 130, 268, SOURCES.ccid2023, false],
  [2024, 478, 1328, SOURCES.caictWhitePaper2024, false],
  [2025, 1509, 3755, SOURCES.waic2025, true],
];

export const INDICATORS: readonly Indicator[] = [
  {
    id: 'rdSpend',
    name: 'R&D spending (GERD)',
    unit: 'bn yuan',
    definition: DEF.rdSpend,
    history: rdSeries(DEF.rdSpend, RD_SPEND),
    projection: 'R[t] = R[t−1] × (1 + rdGrowth)',
  },
  {
    id: 'gdp',
    name: 'GDP, nominal (helper)',
    unit: 'bn yuan',
    definition: DEF.gdp,
    history: [point(DEF.gdp, 2024, 3632.68 / 0.0269, nbsCommunique(2024), { derived: true })],
    projection: 'GDP[t] = GDP[t−1] × (1 + gdpGrowth)',
  },
  {
    id: 'rdIntensity',
    name: 'R&D intensity',
    unit: '% of GDP',
    definition: DEF.rdIntensity,
    history: rdSeries(DEF.rdIntensity, RD_INTENSITY, { 2018: 'later restated 2.14' }),
    projection: 'R[t] / GDP[t] × 100',
  },
  {
    id: 'basicShare',
    name: 'Basic research share of R&D',
    unit: '%',
    definition: DEF.basicShare,
    history: rdSeries(DEF.basicShare, BASIC_SHARE),
    projection: 'B[t] = B[t−1] + basicShareGain',
  },
  {
    id: 'aiUniversities',
    name: 'Universities offering an AI major',
    unit: 'count',
    definition: DEF.aiUniversities,
    history: series(DEF.aiUniversities, [
      [2018, 35, moeProgramResults(2018)],
      [2019, 215, SOURCES.moeAiMajorSum, { derived: true, note: 'derived by summing 35 + 180' }],
      [2020, 345, SOURCES.moeAiMajorSum, { derived: true, note: 'derived by summing + 130' }],
      [2021, 440, SOURCES.moeAiMajorSum, { derived: true, note: 'derived by summing + 95' }],
      [2024, 532, SOURCES.mediaAiMajorTally],
    ]),
    projection: 'U[t] = U[t−1] + aiProgramsPerYear',
  },
  {
    id: 'aiGraduates',
    name: 'AI graduates per year (model)',
    unit: 'people',
    definition: DEF.aiGraduates,
    history: [],
    projection: 'Grad[t] = U[t − talentLag] × graduatesPerProgram',
  },
  {
    id: 'programsAdded',
    name: 'Program points added',
    unit: 'count',
    definition: DEF.programsAdded,
    history: PROGRAM_POINTS.map(([year, added]) =>
      point(DEF.programsAdded, year, added, moeProgramResults(year)),
    ),
    projection: 'none',
  },
  {
    id: 'programsCancelled',
    name: 'Program points cancelled',
    unit: 'count',
    definition: DEF.programsCancelled,
    history: PROGRAM_POINTS.map(([year, , cancelled]) =>
      point(DEF.programsCancelled, year, cancelled, moeProgramResults(year), {
        note: year === 2024 ? 'plus 2,220 with enrolment suspended' : undefined,
      }),
    ),
    projection: 'none',
  },
  {
    id: 'aiCoreIndustry',
    name: 'Core AI industry size',
    unit: 'bn yuan',
    definition: DEF.aiCoreIndustry,
    history: series(DEF.aiCoreIndustry, [
      [2022, 508, SOURCES.caict2022, { note: 'estimate, +18%' }],
      [2023, 578, SOURCES.miit2023, { note: '"nearly"' }],
      [2024, 900, SOURCES.caict2024, { note: '">900", +24%' }],
      [
        2024,
        700,
        SOURCES.cnnic56,
        {
          primary: false,
          note: '">700" for "AI industry", another scope',
          definition:
            'Revenue of the "AI industry" as scoped by CNNIC (differs from core AI industry)',
        },
      ],
      [2025, 1200, SOURCES.miit2025, { note: '">1.2 tn"' }],
    ]),
    projection: 'A[t] = A[t−1] × (1 + aiIndustryGrowth × access[t] × talent[t])',
  },
  {
    id: 'notableModelsCN',
    name: 'Notable AI models, China',
    unit: 'models/yr',
    definition: DEF.notableModels,
    history: NOTABLE_MODELS.map(([year, cn]) =>
      point(DEF.notableModels, year, cn, SOURCES.epochAiIndex),
    ),
    projection: 'N[t] = N[t−1] × (1 + modelGrowthCN × access[t])',
  },
  {
    id: 'notableModelsUS',
    name: 'Notable AI models, US',
    unit: 'models/yr',
    definition: DEF.notableModels,
    history: NOTABLE_MODELS.map(([year, , us]) =>
      point(DEF.notableModels, year, us, SOURCES.epochAiIndex),
    ),
    projection: 'N[t] = N[t−1] × (1 + modelGrowthUS)',
  },
  {
    id: 'llmsCN',
    name: 'LLMs released, China (cumulative)',
    unit: 'models',
    definition: DEF.llms,
    history: LLM_POINTS.map(([year, cn, , source, primary]) =>
      point(DEF.llms, year, cn, source, { primary }),
    ),
    projection: 'L[t] = L[t−1] × (1 + llmGrowthCN × access[t]) × (1 − priceWarExit)',
  },
  {
    id: 'llmsWorld',
    name: 'LLMs released, world (cumulative)',
    unit: 'models',
    definition: DEF.llms,
    history: LLM_POINTS.map(([year, , world, source, primary]) =>
      point(DEF.llms, year, world, source, {
        primary,
        note: year === 2023 ? '138 outside China, 114 of them US' : undefined,
      }),
    ),
    projection: 'China + rest of world, rest × (1 + llmGrowthRW)',
  },
  {
    id: 'llmShareCN',
    name: 'China’s share of world LLMs',
    unit: '%',
    definition: DEF.llmShare,
    history: LLM_POINTS.map(([year, cn, world, source, primary]) =>
      point(DEF.llmShare, year, (cn / world) * 100, source, { primary, derived: true }),
    ),
    projection: 'L_CN / L_world × 100',
  },
  {
    id: 'robotInstalls',
    name: 'Industrial robot installations, China',
    unit: 'units/yr',
    definition: DEF.robotInstalls,
    history: series(DEF.robotInstalls, [
      [2020, 168400, ifrWorldRobotics(2020)],
      [2021, 268200, ifrWorldRobotics(2021), { confidence: 'M' }],
      [2022, 290144, ifrWorldRobotics(2022)],
      [2023, 276288, ifrWorldRobotics(2023)],
      [2024, 295000, ifrWorldRobotics(2024)],
    ]),
    projection: 'I[t] = I[t−1] × (1 + robotGrowth)',
  },
  {
    id: 'robotDensity',
    name: 'Robot density, manufacturing',
    unit: 'per 10k workers',
    definition: DEF.robotDensity,
    history: series(DEF.robotDensity, [
      [2020, 246, ifrWorldRobotics(2020)],
      [2021, 322, ifrWorldRobotics(2021)],
      [2022, 402, ifrWorldRobotics(2022)],
      [2023, 470, ifrWorldRobotics(2023)],
    ]),
    projection: 'D[t] = D[t−1] × (1 − robotRetirement) + I[t] / robotsPerDensityPoint',
  },
  {
    id: 'computeAccess',
    name: 'Compute access index',
    unit: 'index (2024 default = 1)',
    definition: `${DEF.computeAccess}; ${MODEL_ONLY}`,
    history: [],
    projection:
      'access[t] = (1 − exportControls × (1 − computeWorkaround) × (1 − sub[t])) / accessReference',
  },
  {
    id: 'domesticShare',
    name: 'Domestic accelerator substitution',
    unit: '%',
    definition: `${DEF.domesticShare}; ${MODEL_ONLY}`,
    history: [],
    projection: 'sub[t] = min(1, substitution2024 + domesticChipGain/100 × (t − 2024))',
  },
];

/**
 * The indicator pack the model runs on: the shipped INDICATORS, or whichever pack the reference
 * slice holds. Every function that reads observed history takes it, so that swapping the pack changes
 * every projection, Monte Carlo run and goal status alike. Each indicator of IndicatorId appears once.
 */
export type IndicatorData = readonly Indicator[];

export const INDICATOR_BY_ID: Readonly<Record<IndicatorId, Indicator>> = Object.fromEntries(
  INDICATORS.map((indicator) => [indicator.id, indicator]),
) as Record<IndicatorId, Indicator>;

const byIdCache = new WeakMap<IndicatorData, Readonly<Record<IndicatorId, Indicator>>>();

/**
 * A pack's indicators by id, worked out once per pack (packs are immutable): the projection looks
 * indicators up on every Monte Carlo path.
 */
export function indicatorsById(data: IndicatorData): Readonly<Record<IndicatorId, Indicator>> {
  let byId = byIdCache.get(data);
  if (!byId) {
    byId = Object.fromEntries(data.map((indicator) => [indicator.id, indicator])) as Record<
      IndicatorId,
      Indicator
    >;
    byIdCache.set(data, byId);
  }
  return byId;
}

/** The points a projection starts from, in year order. */
export function primaryHistory(indicator: Indicator): readonly HistoryPoint[] {
  return indicator.history.filter((p) => p.primary);
}

const lastObserved = new WeakMap<Indicator, number | null>();

/**
 * The last observed year of the primary series, or null for model-only indicators. Worked out once
 * per indicator (indicators are immutable): the projection asks for it on every Monte Carlo path.
 */
export function lastObservedYear(indicator: Indicator): number | null {
  let year = lastObserved.get(indicator);
  if (year === undefined) {
    const primary = primaryHistory(indicator);
    year = primary.length ? primary[primary.length - 1].year : null;
    lastObserved.set(indicator, year);
  }
  return year;
}
