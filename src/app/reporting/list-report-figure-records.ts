// The records behind one figure of a draft (issue 14 §3): the figure's query re-run for its key over the draft's
// period, listing the records this reader may read (each module's read rule) and counting the rest as hidden.
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import type { Figure } from '#domain/reporting/report.ts';
import type { Db } from '#db/client.ts';
import { createReportsRepo } from '#db/repos/reporting/reports.repo.ts';
import { assistedConsentEventIds, listAssistanceFigureRecords, type RecordsPage } from '#app/assistance/report-figures.ts';
import { listConsentRecords } from '#app/treaties/report-figures.ts';
import { listAssistedAssessmentRecords, listPublicationRecords } from '#app/library/report-figures.ts';
import { listContributionRecords } from '#app/funding/get-funding-figures.ts';
import { findReadableReport } from './report-presenters.ts';

export interface FigureRecords extends RecordsPage {
  figure: Figure;
}

export async function listReportFigureRecords(
  db: Db,
  actor: Actor,
  reportId: string,
  figureId: string,
  page: { offset: number; limit: number },
): Promise<FigureRecords> {
  const report = await findReadableReport(createReportsRepo(db), actor, reportId);
  const figure = report.figures.groups.flatMap((g) => g.figures).find((f) => f.id === figureId);
  if (!figure) throw new AppError('NOT_FOUND', 'No such figure in this report.');
  const period = { from: report.periodFrom, to: report.periodTo };
  const found = await recordsOf(db, actor, figureId, period, page);
  if (!found) throw new AppError('NOT_FOUND', 'This figure has no records to list (the tracking publishes it as a statistic only).');
  return { figure, ...found };
}

async function recordsOf(db: Db, actor: Actor, figureId: string, period: { from: string; to: string }, page: { offset: number; limit: number }): Promise<RecordsPage | null> {
  const [group = '', dimension = '', ...rest] = figureId.split('.');
  const key = rest.join('.');
  switch (group) {
    case 'ratifications': {
      const which = dimension === 'followed-assistance' ? 'followed' : dimension === 'without-assistance' ? 'not-followed' : 'total';
      return listConsentRecords(db, period.from, period.to, await assistedConsentEventIds(db, period), which, page);
    }
    case 'activities':
      return listAssistanceFigureRecords(db, actor, dimension, key, period, page);
    case 'states-assisted':
      return listAssistanceFigureRecords(db, actor, 'by-region', key, period, page);
    case 'officials-trained':
      return dimension === 'by-institution'
        ? listAssistanceFigureRecords(db, actor, 'by-institution', key, period, page)
        : listAssistanceFigureRecords(db, actor, 'trained', 'all', period, page);
    case 'legislation':
      if (dimension === 'assessments') return listAssistedAssessmentRecords(db, period.from, period.to, page);
      return listAssistanceFigureRecords(db, actor, `result:${key}`, key, period, page);
    case 'requests':
      return dimension === 'status' ? listAssistanceFigureRecords(db, actor, 'requests', key, period, page) : listAssistanceFigureRecords(db, actor, 'requests', 'answered', period, page);
    case 'publications':
      return listPublicationRecords(db, actor, period.from, period.to, key || null, page);
    case 'funding':
      return dimension === 'received' ? listContributionRecords(db, actor, key.startsWith('by-') ? key.split('.')[0]! : 'total', key.split('.').slice(1).join('.'), period.from, period.to, page) : null;
    default:
      return null;
  }
}
