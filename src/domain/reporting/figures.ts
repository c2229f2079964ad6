// How the report's figures are made from counted rows (issue 14 §3): the suppression rule, the figure ids, and the
// report's skeleton (the mandate paragraphs, each with the figure groups reported under it). Pure.
import { MANDATES } from '../assistance/themes.ts';
import { SMALL_CELL, type Figure, type FigureGroup, type ReportSection } from './report.ts';

/** A figure's count as the database gave it: all records, and how many of them are not public. */
export interface CountedCell {
  key: string;
  /** Records counted (or the summed value, for sums). */
  n: number;
  /** Records behind it that are not public. */
  confidential: number;
}

/**
 * A figure resting on confidential records is published as an aggregate; one resting on fewer than SMALL_CELL
 * confidential records (and not only on public ones) is suppressed: it would reveal those records.
 */
export function isSuppressed(confidential: number): boolean {
  return confidential > 0 && confidential < SMALL_CELL;
}

export function countFigure(id: string, value: number, confidential: number, label: Figure['label'], unit: Figure['unit'] = 'count'): Figure {
  const suppressed = isSuppressed(confidential);
  return { id, unit, value: suppressed ? null : value, suppressed, label };
}

/** Public figures (money, treaty events): never suppressed. */
export function publicFigure(id: string, value: number | string | null, label: Figure['label'], unit: Figure['unit'] = 'count'): Figure {
  return { id, unit, value, suppressed: false, label };
}

/**
 * A breakdown as figures `<prefix>.<key>`, in the order given. Its cells add up to a total published elsewhere, so a
 * single suppressed cell would be that total minus the others: when exactly one is suppressed, the smallest other
 * non-zero cell is suppressed with it (complementary suppression).
 */
export function breakdown(prefix: string, cells: readonly CountedCell[], labelKind: string, names?: ReadonlyMap<string, string>): Figure[] {
  const figures = cells.map((c) =>
    countFigure(`${prefix}.${c.key}`, c.n, c.confidential, { kind: labelKind, key: c.key, ...(names?.get(c.key) ? { text: names.get(c.key)! } : {}) }),
  );
  return withComplementarySuppression(figures);
}

/** When exactly one figure of a breakdown is suppressed, the smallest other non-zero one is suppressed too. */
export function withComplementarySuppression(figures: readonly Figure[]): Figure[] {
  const suppressed = figures.filter((f) => f.suppressed);
  if (suppressed.length !== 1) return [...figures];
  let smallest: Figure | null = null;
  for (const f of figures) {
    if (f.suppressed || typeof f.value !== 'number' || f.value === 0) continue;
    if (smallest === null || f.value < (smallest.value as number)) smallest = f;
  }
  return figures.map((f) => (f === smallest ? { ...f, value: null, suppressed: true } : f));
}

/** Under which paragraph of 68/187 each figure section is reported. */
export const SECTION_MANDATES_68_187: Record<ReportSection, string> = {
  ratifications: '68/187/OP1',
  legislation: '68/187/OP1',
  cooperation: '68/187/OP2',
  'officials-trained': '68/187/OP5',
  'states-assisted': '68/187/OP6',
  activities: '68/187/OP6',
  publications: '68/187/OP7',
  requests: '68/187/OP7',
  funding: '68/187/OP13',
};

export interface MandateParagraph {
  id: string;
  number: number;
  text: string;
}

/** The paragraphs of a mandate set: 68/187 from the vocabulary; others from the registry (given). */
export function paragraphsOf(mandateSet: string, registry: readonly MandateParagraph[]): MandateParagraph[] {
  if (mandateSet === '68/187' && registry.length === 0) {
    return MANDATES.map((m) => ({ id: m.id, number: m.paragraph, text: m.description }));
  }
  return [...registry].sort((a, b) => a.number - b.number);
}

export function mandateFor(mandateSet: string, section: ReportSection, paragraphs: readonly MandateParagraph[]): string | null {
  const id = mandateSet === '68/187' ? SECTION_MANDATES_68_187[section] : null;
  return id && paragraphs.some((p) => p.id === id) ? id : null;
}

export interface ReportSectionView {
  id: string;
  number: number | string;
  text: string;
  groupIds: string[];
}

/** The skeleton: one section per paragraph with the groups under it, then the groups under no paragraph. */
export function sectionsOf(paragraphs: readonly MandateParagraph[], groups: readonly FigureGroup[]): ReportSectionView[] {
  const sections: ReportSectionView[] = paragraphs.map((p) => ({
    id: p.id,
    number: p.number,
    text: p.text,
    groupIds: groups.filter((g) => g.mandateId === p.id).map((g) => g.id),
  }));
  const loose = groups.filter((g) => !g.mandateId || !paragraphs.some((p) => p.id === g.mandateId));
  if (loose.length > 0) sections.push({ id: 'other', number: '', text: '', groupIds: loose.map((g) => g.id) });
  return sections;
}
