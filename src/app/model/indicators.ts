/** The default indicator pack: every historical figure with its source (the /sources page). */
import {
  Confidence,
  SOURCES,
  Source,
  aiIndex,
  ifrWorldRobotics,
  isoDate,
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
    released: options.released ?? isoDate(source.date) ?? isoRelease(source.date),
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

const DEF_RD_SPEND = 'Gross domestic expenditure on R&D (GERD), nominal, bn yuan';
const DEF_RD_INTENSITY = 'GERD as a share of GDP, as published in each year’s communiqué';

/** Years with final figures from the NBS communiqué, published the year after. */
const RD_YEARS = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const RD_SPEND = [
  1029.84, 1184.66, 1301.56, 1416.98, 1567.67, 1760.61, 1967.79, 2214.36, 2439.31, 2795.63, 3078.29,
  3335.71, 3632.68,
];
const RD_INTENSITY = [1.98, 2.08, 2.05, 2.06, 2.11, 2.13, 2.19, 2.23, 2.4, 2.44, 2.54, 2.65, 2.69];
const BASIC_SHARE = [4.8, 4.7, 4.7, 5.1, 5.2, 5.5, 5.5, 6.03, 6.01, 6.5, 6.57, 6.77, 6.88];

/** 2025: preliminary figures, released before the communiqué with the final ones. */
const RD_2025 = {
  spend: point('', 2025, 3926.2, SOURCES.nbsEconomy2025, {
    vintage: 'preliminary',
    url: 'https://www.cnhubei.com/content/2026-01/20/content_19783026.html',
    note: '39,262 亿元, +8.1%',
  }),
  intensity: point('', 2025, 2.8, SOURCES.nbsEconomy2025, {
    vintage: 'preliminary',
    url: 'https://www.globaltimes.cn/page/202601/1353604.shtml',
    note: '+0.11 pp; first above the OECD average',
  }),
  basicShare: point('', 2025, 7.08, SOURCES.most2026, {
    vintage: 'preliminary',
    url: 'https://www.etnet.com.hk/www/tc/forex/news-article/20260305755',
    note: '"nearly 280 bn yuan" of "over 3.92 tn"',
  }),
};

function rdSeries(
  definition: string,
  values: readonly number[],
  latest: HistoryPoint,
  notes: Record<number, string> = {},
): HistoryPoint[] {
  const final = RD_YEARS.map((year, i) => {
    // The 2015 communiqué figures are derived from the 2016 release.
    const derived = year === 2015;
    return point(definition, year, values[i], nbsCommunique(derived ? 2016 : year), {
      derived,
      note: notes[year] ?? (derived ? 'derived from the 2016 release' : undefined),
    });
  });
  return [...final, { ...latest, definition }];
}

const RD_SPEND_HISTORY = rdSeries(DEF_RD_SPEND, RD_SPEND, RD_2025.spend);
const RD_INTENSITY_HISTORY = rdSeries(DEF_RD_INTENSITY, RD_INTENSITY, RD_2025.intensity, {
  2018: 'later restated 2.14',
});

/**
 * The GDP helper: nominal GDP implied by GERD and intensity in the last year both are observed
 * (the /model page), so that the projected intensity continues the observed one without a jump.
 */
export function gdpHelperPoint(
  spend: readonly HistoryPoint[],
  intensity: readonly HistoryPoint[],
): HistoryPoint {
  const both = spend.filter(
    (r) => r.primary && intensity.some((i) => i.primary && i.year === r.year),
  );
  const r = both.reduce((a, b) => (b.year > a.year ? b : a));
  const i = intensity.find((p) => p.primary && p.year === r.year)!;
  const vintages = [r.vintage, i.vintage];
  const definition = `Nominal GDP implied by GERD and intensity in the last year both are observed (${r.year}: ${r.value.toLocaleString('en-US')} / ${(i.value / 100).toFixed(4)})`;
  return {
    year: r.year,
    value: r.value / (i.value / 100),
    vintage: vintages.includes('preliminary')
      ? 'preliminary'
      : vintages.includes('restated')
        ? 'restated'
        : 'final',
    released: r.released > i.released ? r.released : i.released,
    source: r.source,
    definition,
    confidence: r.confidence === 'H' && i.confidence === 'H' ? 'H' : 'M',
    derived: true,
    primary: true,
  };
}

const GDP_POINT = gdpHelperPoint(RD_SPEND_HISTORY, RD_INTENSITY_HISTORY);

const DEF = {
  rdSpend: DEF_RD_SPEND,
  rdIntensity: DEF_RD_INTENSITY,
  basicShare: 'Basic research expenditure as a share of GERD',
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

/**
 * Notable AI models per year: year, China, US (Epoch AI via the AI Index of the next April). An
 * earlier transcription's 35 / 59 for 2025 was a misreading, not a published vintage: not kept.
 */
const NOTABLE_MODELS: readonly (readonly [number, number, number])[] = [
  [2022, 3, 16],
  [2023, 15, 61],
  [2024, 15, 40],
  [2025, 30, 50],
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
    history: RD_SPEND_HISTORY,
    projection: 'R[t] = R[t−1] × (1 + rdGrowth)',
  },
  {
    id: 'gdp',
    name: 'GDP, nominal (helper)',
    unit: 'bn yuan',
    definition: GDP_POINT.definition,
    history: [GDP_POINT],
    projection: 'GDP[t] = GDP[t−1] × (1 + gdpGrowth)',
  },
  {
    id: 'rdIntensity',
    name: 'R&D intensity',
    unit: '% of GDP',
    definition: DEF.rdIntensity,
    history: RD_INTENSITY_HISTORY,
    projection: 'R[t] / GDP[t] × 100',
  },
  {
    id: 'basicShare',
    name: 'Basic research share of R&D',
    unit: '%',
    definition: DEF.basicShare,
    history: rdSeries(DEF.basicShare, BASIC_SHARE, RD_2025.basicShare),
    projection: 'B[t] = B[t−1] + basicShareGain',
  },
  {
    id: 'aiUniversities',
    name: 'Universities offering an AI major',
    unit: 'count',
    definition: DEF.aiUniversities,
    history: series(DEF.aiUniversities, [
      [2018, 35, moeProgramResults(2018)],
      // Each sum is known once the cycle's results are out, the year after.
      [
        2019,
        215,
        SOURCES.moeAiMajorSum,
        { derived: true, released: '2020', note: 'derived by summing 35 + 180' },
      ],
      [
        2020,
        345,
        SOURCES.moeAiMajorSum,
        { derived: true, released: '2021', note: 'derived by summing + 130' },
      ],
      [
        2021,
        440,
        SOURCES.moeAiMajorSum,
        { derived: true, released: '2022', note: 'derived by summing + 95' },
      ],
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
    // The series mixes publishers' scopes (CAICT, MIIT, CNNIC), so no point of it is better than M.
    history: series(DEF.aiCoreIndustry, [
      [2022, 508, SOURCES.caict2022, { note: 'estimate, +18%', confidence: 'M' }],
      [2023, 578, SOURCES.miit2023, { note: '"nearly"', confidence: 'M' }],
      [2024, 900, SOURCES.caict2024, { note: '">900", +24%', confidence: 'M' }],
      [
        2024,
        700,
        SOURCES.cnnic56,
        {
          primary: false,
          confidence: 'M',
          note: '">700" for "AI industry", another scope',
          definition:
            'Revenue of the "AI industry" as scoped by CNNIC (differs from core AI industry)',
        },
      ],
      [2025, 1200, SOURCES.miit2025, { note: '">1.2 tn"', confidence: 'M' }],
    ]),
    projection: 'A[t] = A[t−1] × (1 + aiIndustryGrowth × access[t] × talent[t])',
  },
  {
    id: 'notableModelsCN',
    name: 'Notable AI models, China',
    unit: 'models/yr',
    definition: DEF.notableModels,
    history: NOTABLE_MODELS.map(([year, cn]) =>
      point(DEF.notableModels, year, cn, aiIndex(year + 1)),
    ),
    projection: 'N[t] = N[t−1] × (1 + modelGrowthCN × access[t])',
  },
  {
    id: 'notableModelsUS',
    name: 'Notable AI models, US',
    unit: 'models/yr',
    definition: DEF.notableModels,
    history: NOTABLE_MODELS.map(([year, , us]) =>
      point(DEF.notableModels, year, us, aiIndex(year + 1)),
    ),
    projection: 'N[t] = N[t−1] × (1 + modelGrowthUS)',
  },
  {
    id: 'llmsCN',
    name: 'LLMs released, China (cumulative)',
    unit: 'models',
    definition: DEF.llms,
    // CAICT gave China's 2024 count as a share of the world's (36%): the count is derived from it.
    history: LLM_POINTS.map(([year, cn, , source, primary]) =>
      point(DEF.llms, year, cn, source, {
        primary,
        derived: year === 2024,
        note: year === 2024 ? '36% of the world’s 1,328' : undefined,
      }),
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
      [
        2022,
        290144,
        SOURCES.ifrRevision2022,
        {
          vintage: 'restated',
          note: 'IFR’s later revision',
          earlier: [point(DEF.robotInstalls, 2022, 290258, ifrWorldRobotics(2022))],
        },
      ],
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
      [2022, 402, SOURCES.ifrDensity2024],
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

/** A preliminary figure may still change; a restated one has changed once already. */
const SETTLEDNESS: readonly Vintage[] = ['preliminary', 'restated', 'final'];

/**
 * The least settled vintage of the indicators' primary points in these years, or undefined where
 * one of them has no point there (a value read between observations).
 */
export function vintageOf(
  indicators: readonly Indicator[],
  years: readonly number[],
): Vintage | undefined {
  const vintages = indicators.flatMap((indicator) =>
    years.map((year) => primaryHistory(indicator).find((p) => p.year === year)?.vintage),
  );
  if (vintages.includes(undefined)) return undefined;
  return SETTLEDNESS.find((v) => vintages.includes(v));
}
