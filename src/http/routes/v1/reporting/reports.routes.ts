// The Secretary-General's report drafts (issue 14 §3): created for a period and a mandate set with their figures
// computed, read, written (title, narrative) and refreshed under If-Match, the records behind each figure, and the
// DOCX and XLSX files. Coordinators of the holding organisation only; another organisation's draft answers 404.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createReport } from '#app/reporting/create-report.ts';
import { exportReportDocx } from '#app/reporting/export-report-docx.ts';
import { exportReportXlsx } from '#app/reporting/export-report-xlsx.ts';
import { getReport } from '#app/reporting/get-report.ts';
import { listReportFigureRecords } from '#app/reporting/list-report-figure-records.ts';
import { listReports } from '#app/reporting/list-reports.ts';
import { refreshReport } from '#app/reporting/refresh-report.ts';
import { updateReport } from '#app/reporting/update-report.ts';
import { REPORT_SECTIONS } from '#domain/reporting/report.ts';
import { conditionalWriteErrors, idParams, isoDate, signedInErrors } from '#http/schemas/common.ts';
import { privateNoStore, sendFile, typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite, withETag } from '../shared/versions.ts';

const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

const figure = z.object({
  id: z.string(),
  unit: z.enum(['count', 'usd', 'days']),
  value: z.union([z.number(), z.string(), z.null()]),
  suppressed: z.boolean(),
  label: z.object({ kind: z.string(), key: z.string(), text: z.string().optional() }),
});

const reportView = z.object({
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
});
const reportResponse = z.object({ data: reportView });

const reportSummary = z.object({
  id: z.string(),
  title: z.string(),
  mandateSet: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  language: z.string(),
  figuresComputedAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

const newReport = z.strictObject({
  title: z.string().min(1).max(300),
  mandateSet: z.string().min(1).max(50).describe('The resolution key whose paragraphs make the skeleton: `68/187`.'),
  periodFrom: isoDate,
  periodTo: isoDate,
  language: z.enum(LANGUAGES),
});

const reportPatch = z.strictObject({
  title: z.string().min(1).max(300).optional(),
  narrative: z.record(z.string().max(100), z.string().max(50_000)).optional(),
  version: z.number().int().optional(),
});

const figureParams = z.strictObject({ id: idParams.shape.id, figureId: z.string().min(1).max(300) });
const recordsQuery = z.strictObject({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const recordsResponse = z.object({
  figure,
  records: z.array(z.object({ kind: z.string(), id: z.string(), label: z.string(), date: z.string().nullable(), href: z.string() })),
  total: z.number().int(),
  hidden: z.number().int().describe('Records counted in the figure that this reader may not open.'),
});
const fileQuery = z.strictObject({ lang: z.enum(LANGUAGES).optional().describe("The labels' language (default: the report's).") });

const WRITE_NOTE =
  'Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the draft as it is now (the GET’s shape) when it changed since; nothing is written.';

export async function reportRoutes(app: FastifyInstance, deps: RouteDeps) {
  privateNoStore(app);
  const r = typed(app);

  r.post(
    '/reports',
    {
      config: { access: 'report:write' },
      schema: {
        summary: "Create a draft of the Secretary-General's report for a period and a mandate set (its figures are computed now)",
        tags: ['reports'],
        body: newReport,
        response: { 201: reportResponse, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const created = await createReport(deps.db, request.actor, request.body, deps.now());
      reply.code(201);
      return withETag(reply, created);
    },
  );

  r.get(
    '/reports',
    {
      config: { access: 'report:read' },
      schema: {
        summary: 'The report drafts of the organisations you coordinate',
        tags: ['reports'],
        response: { 200: z.object({ data: z.array(reportSummary) }), ...signedInErrors },
      },
    },
    async (request) => listReports(deps.db, request.actor),
  );

  r.get(
    '/reports/:id',
    {
      config: { access: 'report:read' },
      schema: { summary: 'A report draft with its figures and skeleton', tags: ['reports'], params: idParams, response: { 200: reportResponse, ...signedInErrors } },
    },
    async (request, reply) => withETag(reply, await getReport(deps.db, request.actor, request.params.id)),
  );

  r.patch(
    '/reports/:id',
    {
      config: { access: 'report:write' },
      schema: {
        summary: "Change a draft's title or narrative (per section; an empty text removes it)",
        description: WRITE_NOTE,
        tags: ['reports'],
        params: idParams,
        body: reportPatch,
        response: { 200: reportResponse, ...signedInErrors, ...conditionalWriteErrors(reportResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => {
          const { version: _version, ...changes } = request.body;
          return updateReport(deps.db, request.actor, request.params.id, changes, deps.now(), expected);
        },
        () => getReport(deps.db, request.actor, request.params.id),
      ),
  );

  r.post(
    '/reports/:id/refresh',
    {
      config: { access: 'report:write' },
      schema: {
        summary: "Recompute a draft's figures from the records as they are now (the narrative is kept)",
        description: WRITE_NOTE,
        tags: ['reports'],
        params: idParams,
        response: { 200: reportResponse, ...signedInErrors, ...conditionalWriteErrors(reportResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => refreshReport(deps.db, request.actor, request.params.id, deps.now(), expected),
        () => getReport(deps.db, request.actor, request.params.id),
      ),
  );

  r.get(
    '/reports/:id/figures/:figureId/records',
    {
      config: { access: 'report:read' },
      schema: {
        summary: 'The records behind one figure: those you may open, and how many you may not (hidden)',
        tags: ['reports'],
        params: figureParams,
        querystring: recordsQuery,
        response: { 200: recordsResponse, ...signedInErrors },
      },
    },
    async (request) => listReportFigureRecords(deps.db, request.actor, request.params.id, request.params.figureId, request.query),
  );

  r.get(
    '/reports/:id/report.docx',
    {
      config: { access: 'report:read' },
      schema: {
        summary: 'The draft as a Word document: sections, narrative, figure tables with footnotes naming their records, charts',
        tags: ['reports'],
        params: idParams,
        querystring: fileQuery,
        response: {
          200: { description: 'The file (Content-Disposition: attachment)', content: { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: z.string().meta({ format: 'binary' }) } } },
          ...signedInErrors,
        },
      },
    },
    async (request, reply) => sendFile(reply, await exportReportDocx(deps.db, request.actor, request.params.id, request.query.lang)),
  );

  r.get(
    '/reports/:id/report.xlsx',
    {
      config: { access: 'report:read' },
      schema: {
        summary: 'The draft as a workbook: one sheet per section, figure ids and values, suppressed figures marked',
        tags: ['reports'],
        params: idParams,
        querystring: fileQuery,
        response: {
          200: { description: 'The file (Content-Disposition: attachment)', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().meta({ format: 'binary' }) } } },
          ...signedInErrors,
        },
      },
    },
    async (request, reply) => sendFile(reply, await exportReportXlsx(deps.db, request.actor, request.params.id, request.query.lang)),
  );
}
