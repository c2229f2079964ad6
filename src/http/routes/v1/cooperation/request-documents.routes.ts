// A request's template and documents (issue 12 §1): the template's words in one language, the DOCX in the language
// the requested State accepts, and the printable page. The template is public (the same words for everyone, from
// files in the repository); a request's documents are its content, for those who may read it, never cached.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { exportRequestDocument, type RequestDocumentFormat } from '#app/cooperation/export-request-document.ts';
import { requestTemplate } from '#app/cooperation/request-template.ts';
import { idParams, readErrors } from '#http/schemas/common.ts';
import { documentQuery, requestTemplateResponse, templateParams, templateQuery } from '#http/schemas/cooperation/requests.ts';
import { EXPORT_RATE_LIMIT } from '../treaties/matrix.routes.ts';
import { PRIVATE_NO_STORE, typed, type RouteDeps } from '../route-deps.ts';

export async function requestDocumentRoutes(app: FastifyInstance, deps: RouteDeps) {
  typed(app).get(
    '/cooperation/request-templates/:kind',
    {
      config: { access: 'legal-basis:read' },
      schema: {
        summary: 'The template of a request for MLA or extradition, in one of the six UN languages',
        description:
          'Every word the wizard and the documents use: the title, each step’s heading and introduction, each ' +
          'item’s label and hint, the labels of the content’s fields, the vocabularies (measures, assurances, ' +
          'warrants, urgencies) and the documents’ fixed sentences, with the template’s essentials (item → required ' +
          'or recommended). From data/templates/cooperation/, reviewed like code.',
        tags: ['cooperation'],
        params: templateParams,
        querystring: templateQuery,
        response: { 200: requestTemplateResponse, ...readErrors },
      },
    },
    async (request) => ({ data: requestTemplate(request.params.kind, request.query.lang) }),
  );

  await app.register(documentRoutes, deps);
}

const FORMATS: Record<RequestDocumentFormat, { mediaType: string; disposition: 'attachment' | 'inline'; what: string }> = {
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    disposition: 'attachment',
    what: 'The request as a Word document (DOCX), to sign and send',
  },
  html: { mediaType: 'text/html', disposition: 'inline', what: 'The request as a printable page (print it to PDF)' },
};

/** The documents, in a scope of their own: their answers are confidential, never stored by anyone but the caller. */
async function documentRoutes(app: FastifyInstance, deps: RouteDeps) {
  for (const format of ['docx', 'html'] as const) {
    const f = FORMATS[format];
    typed(app).get(
      `/cooperation/requests/:id/document.${format}`,
      {
        config: { access: 'cooperation-request:read-content', rateLimit: EXPORT_RATE_LIMIT },
        schema: {
          summary: f.what,
          description:
            'In the language asked for, by default the one chosen on the request (`content.requested.language`); ' +
            'the template’s words exist in the six UN languages, so another language is refused (400 naming ' +
            '`language`). What people wrote is printed as written; an empty field prints the template’s “not ' +
            'stated”. Only for those who may read the request’s content (otherwise 404, as for a request that does ' +
            'not exist); each download is audited.',
          tags: ['cooperation'],
          params: idParams,
          querystring: documentQuery,
          response: {
            200: { description: `The file (Content-Disposition: ${f.disposition})`, content: { [f.mediaType]: { schema: z.string() } } },
            ...readErrors,
          },
        },
      },
      async (request, reply) => {
        const file = await exportRequestDocument(
          deps.db,
          { actor: request.actor },
          { id: request.params.id, format, language: request.query.language },
          deps.now(),
        );
        reply.header('content-type', file.contentType);
        reply.header('content-disposition', `${f.disposition}; filename="${file.fileName}"`);
        reply.header('cache-control', PRIVATE_NO_STORE);
        reply.header('x-content-type-options', 'nosniff');
        if (file.csp) reply.header('content-security-policy', file.csp);
        return reply.send(file.body as never);
      },
    );
  }
}
