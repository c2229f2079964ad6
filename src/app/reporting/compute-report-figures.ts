// Computes the figures of the Secretary-General's report for a period and a mandate set (issue 14 §3), from each
// module's report use case (counted in SQL), as figure groups placed under the paragraphs they serve. A figure
// resting on confidential records is an aggregate; one resting on fewer than SMALL_CELL of them is suppressed
// (domain/reporting/figures.ts). The cooperation figures keep the tracking's own stricter rule.
import { breakdown, countFigure, mandateFor, publicFigure, type MandateParagraph } from '#domain/reporting/figures.ts';
import type { Figure, FigureGroup, ReportFigures, ReportSection } from '#domain/reporting/report.ts';
import type { Db } from '#db/client.ts';
import { countAssistanceForReport, type Cell } from '#app/assistance/report-figures.ts';
import { countConsentsForReport } from '#app/treaties/report-figures.ts';
import { countAssistedAssessmentsForReport, countPublicationsForReport } from '#app/library/report-figures.ts';
import { countCooperationForReport } from '#app/cooperation/report-figures.ts';
import { getFundingFigures } from '#app/funding/get-funding-figures.ts';
import type { MoneyCell } from '#db/repos/funding/funding-figures.repo.ts';

export interface FigureQuery {
  mandateSet: string;
  periodFrom: string;
  periodTo: string;
}

const money = (prefix: string, cells: readonly MoneyCell[], kind: string): Figure[] =>
  cells.map((c) => publicFigure(`${prefix}.${c.key}`, c.usd, { kind, key: c.key, ...(c.name ? { text: c.name } : {}) }, 'usd'));

export async function computeReportFigures(db: Db, query: FigureQuery, paragraphs: readonly MandateParagraph[], now: Date): Promise<ReportFigures> {
  const period = { from: query.periodFrom, to: query.periodTo };
  const [assistance, publications, cooperation, funding, assessments] = await Promise.all([
    countAssistanceForReport(db, period),
    countPublicationsForReport(db, period.from, period.to),
    countCooperationForReport(db, period.from, period.to),
    getFundingFigures(db, period.from, period.to),
    countAssistedAssessmentsForReport(db, period.from, period.to),
  ]);
  const consents = await countConsentsForReport(db, period.from, period.to, assistance.ratificationResults.eventIds);

  const group = (id: string, section: ReportSection, figures: Figure[], chart: boolean): FigureGroup => ({
    id,
    section,
    mandateId: mandateFor(query.mandateSet, section, paragraphs),
    figures,
    chart,
  });
  const one = (cells: readonly Cell[]) => cells[0] ?? { key: 'all', n: 0, confidential: 0 };
  const total = one(assistance.activities.total);
  const requestCell = (key: string) => assistance.requests.cells.find((c) => c.key === key)!;

  const groups: FigureGroup[] = [
    group(
      'ratifications',
      'ratifications',
      [
        publicFigure('ratifications.total', consents.total, { kind: 'figure', key: 'ratifications.total' }),
        // The split rests on assistance results, some confidential: suppressed as they are (the total is public).
        countFigure('ratifications.followed-assistance', consents.followed, assistance.ratificationResults.confidential, {
          kind: 'figure',
          key: 'ratifications.followed-assistance',
        }),
        countFigure('ratifications.without-assistance', consents.total - consents.followed, assistance.ratificationResults.confidential, {
          kind: 'figure',
          key: 'ratifications.without-assistance',
        }),
      ],
      true,
    ),
    group('states-assisted.by-region', 'states-assisted', breakdown('states-assisted.by-region', assistance.statesByRegion, 'region'), true),
    group('activities.total', 'activities', [countFigure('activities.total.all', total.n, total.confidential, { kind: 'figure', key: 'activities.total' })], false),
    group('activities.by-theme', 'activities', breakdown('activities.by-theme', assistance.activities.byTheme, 'theme'), true),
    group('activities.by-kind', 'activities', breakdown('activities.by-kind', assistance.activities.byKind, 'activity-kind'), true),
    group('activities.by-modality', 'activities', breakdown('activities.by-modality', assistance.activities.byModality, 'modality'), true),
    group('activities.by-mandate', 'activities', breakdown('activities.by-mandate', assistance.activities.byMandate, 'mandate'), true),
    group('officials-trained.by-sex', 'officials-trained', breakdown('officials-trained.by-sex', assistance.trainedBySex, 'sex'), true),
    group(
      'officials-trained.by-institution',
      'officials-trained',
      breakdown('officials-trained.by-institution', assistance.trainedByInstitution, 'institution'),
      true,
    ),
    group(
      'legislation',
      'legislation',
      [
        countFigure('legislation.results.legislation-adopted', assistance.legislationResults.n, assistance.legislationResults.confidential, {
          kind: 'figure',
          key: 'legislation.adopted-with-assistance',
        }),
        publicFigure('legislation.assessments.assistance', assessments, { kind: 'figure', key: 'legislation.reviewed-with-assistance' }),
      ],
      false,
    ),
    group(
      'requests',
      'requests',
      [
        ...['received', 'answered', 'open'].map((key) =>
          countFigure(`requests.status.${key}`, requestCell(key).n, requestCell(key).confidential, { kind: 'figure', key: `requests.${key}` }),
        ),
        // Days are a median and a percentile: they reveal no count, but rest on the answered requests.
        countFigure('requests.days.median', assistance.requests.medianDays ?? 0, requestCell('answered').confidential, { kind: 'figure', key: 'requests.median-days' }, 'days'),
        countFigure('requests.days.p90', assistance.requests.p90Days ?? 0, requestCell('answered').confidential, { kind: 'figure', key: 'requests.p90-days' }, 'days'),
      ].map((f) => (f.unit === 'days' && f.value === 0 && requestCell('answered').n === 0 ? { ...f, value: null } : f)),
      false,
    ),
    group(
      'cooperation',
      'cooperation',
      cooperation.flatMap((t) => {
        const key = `${t.kind}-${t.year}`;
        const fig = (what: string, value: number | null, unit: Figure['unit'] = 'count'): Figure => ({
          id: `cooperation.${key}.${what}`,
          unit,
          value,
          suppressed: value === null,
          label: { kind: 'cooperation', key: `${what}`, text: `${t.kind} ${t.year}` },
        });
        return [fig('total', t.total), fig('executed', t.executed), fig('median-days', t.medianDaysToExecution, 'days')];
      }),
      false,
    ),
    group('publications.by-kind', 'publications', breakdown('publications.by-kind', publications, 'document-kind'), true),
    group(
      'funding.received',
      'funding',
      [publicFigure('funding.received.total', funding.received.total[0]?.usd ?? '0.00', { kind: 'figure', key: 'funding.received' }, 'usd')],
      false,
    ),
    group('funding.received.by-donor', 'funding', money('funding.received.by-donor', funding.received.byDonor, 'donor'), true),
    group('funding.received.by-earmark', 'funding', money('funding.received.by-earmark', funding.received.byEarmark, 'earmark'), true),
    group('funding.spent', 'funding', [publicFigure('funding.spent.total', funding.spent.total[0]?.usd ?? '0.00', { kind: 'figure', key: 'funding.spent' }, 'usd')], false),
    group('funding.spent.by-donor', 'funding', money('funding.spent.by-donor', funding.spent.byDonor, 'donor'), true),
  ];
  return { mandateSet: query.mandateSet, periodFrom: query.periodFrom, periodTo: query.periodTo, computedAt: now.toISOString(), groups };
}
