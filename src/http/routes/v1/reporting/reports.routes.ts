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
import { conditionalWriteErrors, idParams, signedInErrors } from '#http/schemas/common.ts';
import { figureParams, fileQuery, newReport, recordsQuery, recordsResponse, reportPatch, reportResponse, reportSummary } from '#http/schemas/reporting/reports.ts';
import { privateNoStore, sendFile, typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite, withETag } from '../shared/versions.ts';

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
