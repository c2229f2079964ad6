// The mandate registry (issue 14 §2): resolutions imported from their texts, their paragraphs with what the parser or
// an editor found, links both ways, corrections; and the mandate vocabularies built from them. Resolutions are
// public documents: anyone reads; entity officers and coordinators import and correct.
import type { FastifyInstance } from 'fastify';
import { correctParagraph } from '#app/reporting/correct-paragraph.ts';
import { getResolution } from '#app/reporting/get-resolution.ts';
import { importResolution } from '#app/reporting/import-resolution.ts';
import { listMandateVocabularies } from '#app/reporting/list-mandate-vocabularies.ts';
import { listResolutions } from '#app/reporting/list-resolutions.ts';
import { conditionalWriteErrors, errorBody, readErrors, signedInErrors } from '#http/schemas/common.ts';
import {
  correctionBody,
  importBody,
  importResponse,
  paragraphParams,
  resolutionIdParams,
  resolutionListResponse,
  resolutionResponse,
  vocabulariesResponse,
} from '#http/schemas/reporting/resolutions.ts';
import { typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite, withETag } from '../shared/versions.ts';

export async function resolutionRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);

  r.get(
    '/mandates/resolutions',
    {
      config: { access: 'mandate:read' },
      schema: {
        summary: 'The mandate registry: imported resolutions, the latest adopted first',
        tags: ['mandates'],
        response: { 200: resolutionListResponse, ...readErrors },
      },
    },
    async (request) => listResolutions(deps.db, request.actor),
  );

  r.post(
    '/mandates/resolutions',
    {
      config: { access: 'mandate:edit' },
      schema: {
        summary: 'Import a resolution from its text or HTML, in one of the six languages',
        description:
          'The first language creates the resolution (operative paragraph n of 70/177 is mandate 70/177/OPn); another ' +
          'language of the same symbol adds its texts to the same paragraphs and must count the same paragraphs, else ' +
          'nothing is written (400, paragraph_mismatch). The same text again changes nothing (200, unchanged).',
        tags: ['mandates'],
        body: importBody,
        response: { 200: importResponse, 201: importResponse, ...signedInErrors, 409: errorBody },
      },
    },
    async (request, reply) => {
      const result = await importResolution(deps.db, request.actor, request.body, deps.now());
      return reply.code(result.outcome === 'created' ? 201 : 200).send(withETag(reply, result));
    },
  );

  r.get(
    '/mandates/resolutions/:id',
    {
      config: { access: 'mandate:read' },
      schema: {
        summary: 'A resolution: its paragraphs and their analysis, its links both ways, the corrections made',
        tags: ['mandates'],
        params: resolutionIdParams,
        response: { 200: resolutionResponse, ...readErrors },
      },
    },
    async (request, reply) => withETag(reply, await getResolution(deps.db, request.actor, request.params.id)),
  );

  r.patch(
    '/mandates/resolutions/:id/paragraphs/:paragraphId',
    {
      config: { access: 'mandate:edit' },
      schema: {
        summary: "Correct what the parser read in a paragraph (each changed field is kept with before and after)",
        description:
          'Send If-Match with the resolution GET’s ETag (or version in the body): 428 without it, 412 with the ' +
          'resolution as it is now (the GET’s shape) when it changed since; nothing is written.',
        tags: ['mandates'],
        params: paragraphParams,
        body: correctionBody,
        response: { 200: resolutionResponse, ...signedInErrors, ...conditionalWriteErrors(resolutionResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => correctParagraph(deps.db, request.actor, request.params.id, request.params.paragraphId, request.body, deps.now(), expected),
        () => getResolution(deps.db, request.actor, request.params.id),
      ),
  );

  r.get(
    '/mandates/vocabularies',
    {
      config: { access: 'mandate:read' },
      schema: {
        summary: "The mandate vocabularies: 68/187's paragraphs (today's), then each imported resolution's operative paragraphs",
        tags: ['mandates'],
        response: { 200: vocabulariesResponse, ...readErrors },
      },
    },
    async (request) => listMandateVocabularies(deps.db, request.actor),
  );
}
