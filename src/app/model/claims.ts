/** The article's claims, checked against the sources (the /sources page), with the panel each bears on. */

export type ClaimStatus = 'supported' | 'partly supported';

export interface Claim {
  readonly id: string;
  readonly claim: string;
  readonly evidence: string;
  readonly status: ClaimStatus;
  /** The dashboard panel that shows it as an annotation, if any. */
  readonly panel: string | null;
  /** Where the annotation sits on the chart, if any. */
  readonly year?: number;
}

export const CLAIMS: readonly Claim[] = [
  {
    id: 'llm130',
    claim: '"at least 130 large language models, 40% of the world\'s total, second only to the US"',
    evidence:
      'CCID Jul 2023: China 130 vs 138 outside China (US 114), i.e. China ahead; CAICT Jul 2024: 36%, second to US; WAIC Jul 2025: 1,509 of 3,755 (40%), first',
    status: 'partly supported',
    panel: 'llms',
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
  },
  {
    id: 'rdInvestment',
    claim: 'China "investing handsomely in R&D"',
    evidence: 'GERD 3,632.68 bn yuan in 2024, 2.69% of GDP, +8.9%',
    status: 'supported',
    panel: 'rd',
    year: 2024,
  },
];
