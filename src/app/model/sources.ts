/** Publishers and publications behind every historical figure (listed on the /sources page). */

/** L (low) is for imported packs (PRODUCT.md, "Data packs and vintages"); the shipped data has none. */
export type Confidence = 'H' | 'M' | 'L';

export interface Source {
  readonly publisher: string;
  /** The publisher in a word or two, for labels on charts. */
  readonly short?: string;
  readonly title: string;
  /** Publication date as precise as the source record gives it. */
  readonly date: string;
  /** H = official release or faithful reproduction; M = secondary summary or varying definitions. */
  readonly confidence: Confidence;
}

export function nbsCommunique(year: number): Source {
  return {
    publisher: 'NBS, MOST, MOF',
    title: `Statistical Communiqué on National Expenditures on Science and Technology in ${year} (final figures)`,
    date: `${year + 1}`,
    confidence: 'H',
  };
}

export function moeProgramResults(cycle: number): Source {
  return {
    publisher: 'Ministry of Education',
    title: `Results of undergraduate program filing and approval, ${cycle} cycle`,
    date: `${cycle + 1}`,
    confidence: 'H',
  };
}

export function ifrWorldRobotics(dataYear: number): Source {
  return {
    publisher: 'International Federation of Robotics',
    title: `World Robotics ${dataYear + 1}`,
    date: `${dataYear + 1}`,
    confidence: 'H',
  };
}

/** The AI Index edition that first reported a year's notable models (each April, on the year before). */
export function aiIndex(edition: number): Source {
  return {
    publisher: 'Epoch AI via Stanford AI Index',
    short: 'Epoch AI',
    title: `AI Index ${edition}: notable AI models by country (read from a transcription)`,
    date: `Apr ${edition}`,
    confidence: 'M',
  };
}

export const SOURCES = {
  moeAiMajorSum: {
    publisher: 'Ministry of Education',
    title: 'Universities newly adding the AI major per cycle (2018–2021), summed',
    date: '2019–2022',
    confidence: 'H',
  },
  mediaAiMajorTally: {
    publisher: 'Media tally of MoE approvals',
    title: 'Universities offering an undergraduate AI major',
    date: 'Dec 2024',
    confidence: 'M',
  },
  caict2022: {
    publisher: 'CAICT',
    title: 'Core AI industry estimate for 2022 (+18%)',
    date: '2023',
    confidence: 'H',
  },
  miit2023: {
    publisher: 'MIIT',
    title: 'Core AI industry "nearly 578 bn yuan", more than 4,400 enterprises',
    date: '2024',
    confidence: 'H',
  },
  caict2024: {
    publisher: 'CAICT',
    title: 'Core AI industry ">900 bn yuan" in 2024 (+24%)',
    date: 'Dec 2025',
    confidence: 'H',
  },
  cnnic56: {
    publisher: 'CNNIC',
    title: '56th Statistical Report on China’s Internet Development: "AI industry" >700 bn yuan',
    date: '2025',
    confidence: 'H',
  },
  miit2025: {
    publisher: 'MIIT',
    title: 'Core AI industry ">1.2 tn yuan" in 2025, more than 6,200 enterprises',
    date: 'Mar 2026',
    confidence: 'H',
  },
  nbsEconomy2025: {
    publisher: 'NBS',
    title: 'R&D expenditure and intensity released with the 2025 national economy (Kang Yi)',
    date: '19 Jan 2026',
    confidence: 'H',
  },
  most2026: {
    publisher: 'MOST',
    title: 'Minister Yin Hejun, NPC press conference: basic research "nearly 280 bn yuan"',
    date: '5 Mar 2026',
    confidence: 'M',
  },
  ifrRevision2022: {
    publisher: 'International Federation of Robotics',
    title: 'World Robotics: 2022 installations as revised after World Robotics 2023',
    date: '2024',
    confidence: 'H',
  },
  ifrDensity2024: {
    publisher: 'International Federation of Robotics',
    title: 'Robot density in manufacturing (press release)',
    date: 'Nov 2024',
    confidence: 'H',
  },
  ccid2023: {
    publisher: 'CCID Consulting',
    title: 'Large language models released, as of Jul 2023',
    date: 'Aug 2023',
    confidence: 'M',
  },
  caictWhitePaper2024: {
    publisher: 'CAICT',
    title: 'Global Digital Economy White Paper (2024): LLMs as of Jul 2024',
    date: 'Jul 2024',
    confidence: 'M',
  },
  waic2025: {
    publisher: 'World AI Conference, reported by Xinhua',
    short: 'WAIC',
    title: 'LLMs released worldwide and in China, as of Jul 2025',
    date: 'Jul 2025',
    confidence: 'M',
  },
} as const satisfies Record<string, Source>;

/** Where each official target comes from. */
export const TARGET_SOURCES = {
  fyp14: {
    publisher: 'National People’s Congress',
    title: '14th Five-Year Plan outline',
    date: 'Mar 2021',
    confidence: 'H',
  },
  innovationOutline: {
    publisher: 'Central Committee and State Council',
    title: 'National Innovation-Driven Development Strategy Outline',
    date: 'May 2016',
    confidence: 'H',
  },
  aiPlan2017: {
    publisher: 'State Council',
    title: 'New Generation Artificial Intelligence Development Plan',
    date: '20 Jul 2017',
    confidence: 'H',
  },
  robotPlan: {
    publisher: 'MIIT and 14 departments',
    title: '14th Five-Year Plan Robot Industry Development Plan',
    date: 'Dec 2021',
    confidence: 'H',
  },
  analystGoal: {
    publisher: 'Analyst',
    title: 'Goal set in this dashboard',
    date: '',
    confidence: 'M',
  },
  // "Analyst, Proxy for…", not "Analyst proxy, Proxy for…": the citation says "proxy" once.
  analystProxy: {
    publisher: 'Analyst',
    title: 'Proxy for the 2017 AI plan’s aim to lead by 2030',
    date: '',
    confidence: 'M',
  },
} as const satisfies Record<string, Source>;

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * A source's date as an ISO date, as precise as it is ('20 Jul 2017' → '2017-07-20', 'Dec 2025' →
 * '2025-12', '2024' → '2024'), or undefined for a date that is not one day, month or year.
 */
export function isoDate(date: string): string | undefined {
  const match = /^(?:(\d{1,2}) )?(?:([A-Z][a-z]{2}) )?(\d{4})$/.exec(date);
  if (!match) return undefined;
  const [, day, month, year] = match;
  const m = month === undefined ? -1 : MONTHS.indexOf(month);
  if (month !== undefined && m < 0) return undefined;
  if (day !== undefined && month === undefined) return undefined;
  const mm = String(m + 1).padStart(2, '0');
  if (month === undefined) return year;
  return day === undefined ? `${year}-${mm}` : `${year}-${mm}-${day.padStart(2, '0')}`;
}

/** "Publisher, title (date)", the form a source takes in subtitles, tooltips and tables. */
export function formatSource(source: Source): string {
  return source.date
    ? `${source.publisher}, ${source.title} (${source.date})`
    : `${source.publisher}, ${source.title}`;
}
