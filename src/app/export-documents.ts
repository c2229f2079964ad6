// The document list as CSV, with the same filters and the same scope as the list (never the files themselves).
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createDocumentsRepo, type DocumentFilters } from '#db/repos/documents.repo.ts';
import { toDocumentView } from './document-presenters.ts';
import { normaliseFilters } from './list-documents.ts';
import { toCsv, type Table } from './tabular.ts';

/** Read in chunks; an export stops here (far beyond any real register, and it bounds one request's work). */
const CHUNK = 1000;
const MAX_ROWS = 50_000;

export interface DocumentsFile {
  fileName: string;
  contentType: string;
  body: string;
}

export async function exportDocuments(db: Db, actor: Actor, filters: DocumentFilters, now: Date): Promise<DocumentsFile> {
  authorize(actor, 'document:read');
  const repo = createDocumentsRepo(db);
  const scope = scopeFor(actor);
  const where = normaliseFilters(filters);
  const table: Table = {
    name: 'Documents',
    columns: [
      'id',
      'title',
      'description',
      'confidentiality',
      'state_code',
      'owner_organisation',
      'language',
      'file_name',
      'media_type',
      'size_bytes',
      'sha256',
      'created_at',
      'updated_at',
    ].map((header) => ({ header })),
    rows: [],
  };
  for (let offset = 0; offset < MAX_ROWS; offset += CHUNK) {
    const { rows } = await repo.list(scope, where, { limit: CHUNK, offset });
    for (const d of rows.map(toDocumentView)) {
      table.rows.push([
        d.id,
        d.title,
        d.description,
        d.confidentiality,
        d.stateCode,
        d.ownerOrganisationName,
        d.language,
        d.fileName,
        d.mediaType,
        d.sizeBytes,
        d.sha256,
        d.createdAt,
        d.updatedAt,
      ]);
    }
    if (rows.length < CHUNK) break;
  }
  return {
    fileName: `accord-documents-${now.toISOString().slice(0, 10)}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: toCsv(table),
  };
}
