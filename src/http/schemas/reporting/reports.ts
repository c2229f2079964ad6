// The report drafts' request and response shapes (issue 14 §3), named in openapi.json so the web app reads the same.
import { z } from 'zod';
import { REPORT_SECTIONS } from '#domain/reporting/report.ts';
import { idParams, isoDate } from '#http/schemas/common.ts';

const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

export const figure = z
  .object({
  id: z.string(),
  unit: z.enum(['count', 'usd', 'days']),
  value: z.union([z.number(), z.string(), z.null()]),
  suppressed: z.boolean(),
  label: z.object({ kind: z.string(), key: z.string(), text: z.string().optional() }),
  })
  .meta({ id: 'ReportFigure' });

export const reportView = z.object({
  id: z.string(),
  title: z.string(),
  mandateSet: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  language: z.string(),
  narrative: z.record(z.string(), z.string()),
  figures: z.object({
    mandateSet: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    computedAt: z.string(),
    groups: z.array(
      z.object({ id: z.string(), section: z.enum(REPORT_SECTIONS), mandateId: z.string().nullable(), figures: z.array(figure), chart: z.boolean() }),
    ),
  }),
  figuresComputedAt: z.string(),
  version: z.number().int(),
  sections: z.array(z.object({ id: z.string(), number: z.union([z.number(), z.string()]), text: z.string(), groupIds: z.array(z.string()) })),
  abilities: z.object({ update: z.boolean() }),
}).meta({ id: 'ReportView' });
export const reportResponse = z.object({ data: reportView });

export const reportSummary = z.object({
  id: z.string(),
  title: z.string(),
  mandateSet: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  language: z.string(),
  figuresComputedAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
}).meta({ id: 'ReportSummary' });

export const newReport = z.strictObject({
  title: z.string().min(1).max(300),
  mandateSet: z.string().min(1).max(50).describe('The resolution key whose paragraphs make the skeleton: `68/187`.'),
  periodFrom: isoDate,
  periodTo: isoDate,
  language: z.enum(LANGUAGES),
}).meta({ id: 'ReportCreate' });

export const reportPatch = z.strictObject({
  title: z.string().min(1).max(300).optional(),
  narrative: z.record(z.string().max(100), z.string().max(50_000)).optional(),
  version: z.number().int().optional(),
});

export const figureParams = z.strictObject({ id: idParams.shape.id, figureId: z.string().min(1).max(300) });
export const recordsQuery = z.strictObject({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const recordsResponse = z.object({
  figure,
  records: z.array(z.object({ kind: z.string(), id: z.string(), label: z.string(), date: z.string().nullable(), href: z.string() })),
  total: z.number().int(),
  hidden: z.number().int().describe('Records counted in the figure that this reader may not open.'),
}).meta({ id: 'FigureRecords' });
export const fileQuery = z.strictObject({ lang: z.enum(LANGUAGES).optional().describe("The labels' language (default: the report's).") });

