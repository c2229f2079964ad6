// The Secretary-General's report as figures computed from the records (issue 14 §3): the contract between the use
// case that computes them (app/reporting), the web view, and the DOCX and XLSX writers. Pure types.
//
// A figure is one number with what it counts and a link to the records behind it. A breakdown is a table of figures
// (by region, by theme, by donor, …). A figure drawn from confidential records is still an aggregate; one that would
// reveal a single confidential record (or fewer than SMALL_CELL of them) is suppressed: `value` is null and
// `suppressed` says why, in the web view, the XLSX and the DOCX alike.

/** The report's sections: the figure groups the issue names, each placed under the resolution paragraph it serves. */
export const REPORT_SECTIONS = [
  'ratifications',
  'states-assisted',
  'activities',
  'officials-trained',
  'legislation',
  'requests',
  'cooperation',
  'publications',
  'funding',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** The smallest count of confidential records a published figure may rest on (the cooperation figures' rule too). */
export const SMALL_CELL = 3;

/** Where a figure's records are listed: an id the records endpoint (`/reports/{id}/figures/{figureId}/records`) reads. */
export interface Figure {
  /** Stable within a report: `ratifications.total`, `activities.by-theme.victims`, `funding.received.by-donor.<id>`. */
  id: string;
  /** What kind of number: a count of records, an amount in US dollars (an exact decimal string), or days. */
  unit: 'count' | 'usd' | 'days';
  /** null when suppressed. Counts are integers; usd is a decimal string ("1234.50"). */
  value: number | string | null;
  suppressed: boolean;
  /** The label's vocabulary and key, translated by the reader's UI (`theme`/`victims`, `region`/`African States`, `donor`/<org name>). */
  label: { kind: string; key: string; text?: string };
}

export interface FigureGroup {
  id: string;
  section: ReportSection;
  /** The mandate paragraph this group is reported under (`68/187/OP1`), from the resolution's paragraphs. */
  mandateId: string | null;
  /** The headline figure(s) and the breakdown rows. */
  figures: Figure[];
  /** Chart the group as bars (true for breakdowns). */
  chart: boolean;
}

export interface ReportFigures {
  mandateSet: string;
  periodFrom: string;
  periodTo: string;
  computedAt: string;
  groups: FigureGroup[];
}
