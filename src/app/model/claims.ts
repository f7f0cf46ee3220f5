/** The article's claims, checked against the sources (the /sources page), with the panel each bears on. */
import { IndicatorId } from './indicators';

export type ClaimStatus = 'supported' | 'partly supported';

/** The article whose claims the dashboard checks; null where the source record does not say. */
export interface Article {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
}

/**
 * Not named in data/SOURCES.md, the claims' only record: left null rather than guessed, so that a
 * claim is never credited to the wrong piece. Fill these in and every place that names it follows.
 */
export const ARTICLE: Article = { title: null, outlet: null, date: null };

/**
 * The article as a citation wherever its claims appear: "title, outlet, date", or a plain
 * statement that the record does not name it.
 */
export function articleCitation(article: Article = ARTICLE): string {
  const parts = [article.title && `“${article.title}”`, article.outlet, article.date].filter(
    (part): part is string => !!part,
  );
  return parts.length
    ? `the article ${parts.join(', ')}`
    : 'the article checked here (its title, outlet and date are not on record)';
}

export interface Claim {
  readonly id: string;
  readonly claim: string;
  readonly evidence: string;
  readonly status: ClaimStatus;
  /** The dashboard panel that shows it as an annotation, if any. */
  readonly panel: string | null;
  /** Where the annotation sits on the chart, if any. */
  readonly year?: number;
  /** The series whose figure that year the claim is about; the marker sits on that point. */
  readonly indicator?: IndicatorId;
}

export const CLAIMS: readonly Claim[] = [
  {
    id: 'llm130',
    claim: '"at least 130 large language models, 40% of the world\'s total, second only to the US"',
    evidence:
      'CCID Jul 2023: China 130 vs 138 outside China (US 114), i.e. China ahead; CAICT Jul 2024: 36%, second to US; WAIC Jul 2025: 1,509 of 3,755 (40%), first',
    status: 'partly supported',
    panel: 'llms',
    // About three figures (a count, a share and a rank): marked at its year, not on one point.
    year: 2023,
  },
  {
    id: 'products200',
    claim: 'China is "the largest producer of about 200 major products"',
    evidence:
      'MIIT (Sep 2021): first in output of more than 220 of about 500 major industrial products',
    status: 'supported',
    panel: null,
  },
  {
    id: 'humanoids',
    claim: '"over two dozen Chinese companies showed off humanoid robots"',
    evidence: 'World Robot Conference 2024: 27 humanoid robots; 2025: 50 humanoid-robot companies',
    status: 'supported',
    panel: 'robotics',
    year: 2024,
  },
  {
    id: 'leader2030',
    claim: 'China "aiming to become the global leader in AI by 2030"',
    evidence: "State Council 2017 plan: world's primary AI innovation centre by 2030",
    status: 'supported',
    panel: 'aiIndustry',
    year: 2030,
  },
  {
    id: 'majors',
    claim:
      'universities abolishing animation, chemical engineering, applied physics for blockchain, IC design, cybersecurity, robotics, AI, big data',
    evidence: 'MoE cancelled 1,670 program points in the 2023 cycle (a record) and 1,428 in 2024',
    status: 'supported',
    panel: 'talent',
    year: 2023,
    indicator: 'programsCancelled',
  },
  {
    id: 'rdInvestment',
    claim: 'China "investing handsomely in R&D"',
    evidence: 'GERD 3,632.68 bn yuan in 2024, 2.69% of GDP, +8.9%',
    status: 'supported',
    panel: 'rd',
    year: 2024,
    indicator: 'rdSpend',
  },
];
