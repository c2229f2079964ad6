// Documents: notes verbales, assessments, publications, each with a confidentiality. Lists, exports and reads are
// scoped by the one policy; a document outside the caller's scope (or a malformed id) answers 404 like one that does
// not exist. Nothing here is cached by anyone but the caller's own browser session (private, no-store).
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { createDocument } from '#app/library/create-document.ts';
import { deleteDocument } from '#app/library/delete-document.ts';
import { exportDocuments } from '#app/library/export-documents.ts';
import { getDocument } from '#app/library/get-document.ts';
import { getDocumentContent } from '#app/library/get-document-content.ts';
import { listDocuments } from '#app/library/list-documents.ts';
import { updateDocument } from '#app/library/update-document.ts';
import { MAX_DOCUMENT_BYTES } from '#domain/library/file-types.ts';
import { conditionalWriteErrors, errorBody, signedInErrors } from '#http/schemas/common.ts';
import {
  documentFilters,
  documentIdParams,
  documentListQuery,
  documentPage,
  documentPatch,
  documentCreatedResponse,
  documentDetailResponse,
  documentResponse,
  splitMetadata,
  UPLOAD_ARRAY_FIELDS,
  uploadFields,
  uploadForm,
} from '#http/schemas/library/documents.ts';
import { EXPORT_RATE_LIMIT } from '../treaties/matrix.routes.ts';
import { perPersonRateLimit, PRIVATE_NO_STORE, privateNoStore, sendFile, typed, type RouteDeps } from '../route-deps.ts';
import { readUpload } from '../shared/upload.ts';
import { conditionalWrite, withETag } from '../shared/versions.ts';

/** Uploads are up to 10 MiB each. */
const UPLOAD_RATE_LIMIT = perPersonRateLimit(60);

export async function documentRoutes(app: FastifyInstance, deps: RouteDeps) {
  privateNoStore(app);
  const r = typed(app);

  r.get(
    '/documents',
    {
      config: { access: 'document:read' },
      schema: {
        summary: 'Documents you may see, newest first',
        description: 'Anonymous callers see public documents; each person sees what their memberships admit.',
        tags: ['documents'],
        querystring: documentListQuery,
        response: { 200: documentPage, ...signedInErrors },
      },
    },
    async (request) => listDocuments(deps.db, request.actor, request.query),
  );

  r.get(
    '/documents/export',
    {
      config: { access: 'document:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the document list as CSV, with the same filters and scope as the list',
        tags: ['documents'],
        querystring: z.strictObject({ ...documentFilters, format: z.enum(['csv']).default('csv') }),
        response: {
          200: { description: 'The file (Content-Disposition: attachment)', content: { 'text/csv': { schema: z.string() } } },
          ...signedInErrors,
        },
      },
    },
    async (request, reply) => {
      const { format: _format, ...filters } = request.query;
      return sendFile(reply, await exportDocuments(deps.db, request.actor, filters, deps.now()));
    },
  );

  r.get(
    '/documents/:id',
    {
      config: { access: 'document:read' },
      schema: {
        summary: "A document's metadata (reading a named-people document is audited)",
        tags: ['documents'],
        params: documentIdParams,
        response: { 200: documentDetailResponse, ...signedInErrors },
      },
    },
    async (request, reply) => withETag(reply, await getDocument(deps.db, request.actor, request.params.id, deps.now())),
  );

  r.get(
    '/documents/:id/content',
    {
      config: { access: 'document:read' },
      schema: {
        summary: "Download a document's file (a named-people document's download is audited)",
        tags: ['documents'],
        params: documentIdParams,
        response: {
          200: {
            description: 'The file, as an attachment, in the media type decided at upload',
            content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...signedInErrors,
        },
      },
    },
    async (request, reply) => {
      const file = await getDocumentContent(deps.db, request.actor, request.params.id, deps.now());
      reply.header('content-type', file.mediaType);
      reply.header('content-disposition', contentDisposition(file.fileName));
      reply.header('x-content-type-options', 'nosniff');
      // Opened directly anyway, the file runs nothing and loads nothing.
      reply.header('content-security-policy', "default-src 'none'; sandbox");
      reply.header('cache-control', PRIVATE_NO_STORE);
      return reply.send(file.content as never);
    },
  );

  r.patch(
    '/documents/:id',
    {
      config: { access: 'document:update' },
      schema: {
        summary: "Change a document's metadata (not its file)",
        description: 'Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.',
        tags: ['documents'],
        params: documentIdParams,
        body: documentPatch,
        response: { 200: documentResponse, ...signedInErrors, 409: errorBody, ...conditionalWriteErrors(documentDetailResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => {
          const { metadata, rest } = splitMetadata(request.body);
          return updateDocument(deps.db, request.actor, request.params.id, { ...rest, metadata }, deps.now(), expected);
        },
        // The current metadata, read (and audited) as the GET reads them.
        () => getDocument(deps.db, request.actor, request.params.id, deps.now()),
      ),
  );

  r.delete(
    '/documents/:id',
    {
      config: { access: 'document:delete' },
      schema: {
        summary: 'Delete a document and its file',
        tags: ['documents'],
        params: documentIdParams,
        response: { 204: z.null().describe('Deleted.'), ...signedInErrors },
      },
    },
    async (request, reply) => {
      await deleteDocument(deps.db, request.actor, request.params.id, deps.now());
      return (reply as FastifyReply).code(204).send();
    },
  );

  await app.register(uploadRoute, deps);
}

/** The upload, in a scope of its own: only multipart bodies are parsed there, with the upload's limits. */
async function uploadRoute(app: FastifyInstance, deps: RouteDeps) {
  app.removeAllContentTypeParsers();
  await app.register(multipart, {
    limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 20, parts: 21, fieldSize: 64 * 1024, fieldNameSize: 100 },
    throwFileSizeLimit: true,
  });

  typed(app).post(
    '/documents',
    {
      // Above the server's 1 MiB: the file (10 MiB) and the form around it.
      bodyLimit: MAX_DOCUMENT_BYTES + 1024 * 1024,
      config: { access: 'document:create', rateLimit: UPLOAD_RATE_LIMIT },
      // The schema below documents the form; the handler validates it (the multipart parser leaves the body empty).
      validatorCompiler: () => (body) => ({ value: body }),
      schema: {
        summary: 'Upload a document (multipart/form-data)',
        description:
          'Fields: file, title, description, confidentiality, stateCode (required for state-restricted), ' +
          'ownerOrganisationId, sharedOrganisationIds and namedUserIds (repeat the field for each id), language. ' +
          'The library metadata: kind, stateCodes, languages, instrumentIds, themes, mandates (repeat the field for ' +
          'each), documentDate, versionLabel, source, translationOf. ' +
          'Allowed files: PDF, DOCX, XLSX, ODT, TXT (UTF-8), HTML, PNG, JPEG, at most 10 MiB; the type is checked from ' +
          'the bytes and the extension. The text of PDF, DOCX, HTML and TXT is extracted for search and its language ' +
          'detected. A file already held by records you may see is kept and they are named in `duplicates`. ' +
          'A focal point writes about their own State only.',
        tags: ['documents'],
        consumes: ['multipart/form-data'],
        // Documentation only: the handler reads the stream itself, after authentication and the CSRF check.
        body: uploadForm,
        response: { 201: documentCreatedResponse, ...signedInErrors, 413: errorBody, 415: errorBody },
      },
    },
    async (request, reply) => {
      const { fields, file } = await readUpload(request, uploadFields, UPLOAD_ARRAY_FIELDS);
      const { metadata, rest } = splitMetadata(fields);
      const created = await createDocument(
        deps.db,
        request.actor,
        { ...rest, metadata, file: file ? { fileName: file.fileName, content: file.content } : null },
        deps.now(),
      );
      return reply.code(201).send(created);
    },
  );
}

/** attachment, with an ASCII fallback name and the real one in UTF-8 (RFC 6266 / RFC 8187). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
