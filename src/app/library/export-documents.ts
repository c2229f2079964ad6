// The document list as CSV, with the same filters and the same scope as the list (never the files themselves).
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createDocumentsRepo, type DocumentFilters } from '#db/repos/library/documents.repo.ts';
import { toDocumentView } from './document-presenters.ts';
import { normaliseFilters } from './list-documents.ts';
import { readAll } from '../shared/paging.ts';
import { tableFile, type Table, type TableFile } from '../shared/tabular.ts';
import { auditNamedPeopleReads } from '../shared/audit-named-people-reads.ts';

/** An export stops here (far beyond any real register, and it bounds one request's work). */
const MAX_ROWS = 50_000;

export async function exportDocuments(db: Db, actor: Actor, filters: DocumentFilters, now: Date): Promise<TableFile> {
  authorize(actor, 'document:read');
  const repo = createDocumentsRepo(db);
  const scope = scopeFor(actor);
  const where = normaliseFilters(filters);
  const rows = await readAll((page) => repo.list(scope, where, page), MAX_ROWS);
  await auditNamedPeopleReads(db, actor, { document: rows }, 'documents:export', now);
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
      'kind',
      'state_codes',
      'languages',
      'detected_language',
      'document_date',
      'version_label',
      'source',
      'instrument_ids',
      'themes',
      'mandates',
      'translation_of',
      'file_name',
      'media_type',
      'size_bytes',
      'sha256',
      'created_at',
      'updated_at',
    ].map((header) => ({ header })),
    rows: rows.map(toDocumentView).map((d) => [
      d.id,
      d.title,
      d.description,
      d.confidentiality,
      d.stateCode,
      d.ownerOrganisationName,
      d.language,
      d.kind,
      d.stateCodes.join(' '),
      d.languages.join(' '),
      d.detectedLanguage,
      d.documentDate,
      d.versionLabel,
      d.source,
      d.instrumentIds.join(' '),
      d.themes.join(' '),
      d.mandates.join(' '),
      d.translationOf,
      d.fileName,
      d.mediaType,
      d.sizeBytes,
      d.sha256,
      d.createdAt,
      d.updatedAt,
    ]),
  };
  const day = now.toISOString().slice(0, 10);
  return tableFile(table, 'csv', { stem: `accord-documents-${day}`, title: `Accord documents, ${day}` });
}
