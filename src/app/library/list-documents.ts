// Documents the caller may see, filtered, newest first, paged. The scope is applied in SQL (documents.repo
// scopeCondition), so the page and the total never count a document the caller could not open.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createDocumentsRepo, type DocumentFilters } from '#db/repos/library/documents.repo.ts';
import { documentListAbilities, toDocumentView, type DocumentListAbilities, type DocumentView } from './document-presenters.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';
import { auditNamedPeopleReads } from '../shared/audit-named-people-reads.ts';

export type DocumentsQuery = DocumentFilters & PageQuery;

export async function listDocuments(
  db: Db,
  actor: Actor,
  query: DocumentsQuery,
): Promise<Page<DocumentView> & { abilities: DocumentListAbilities }> {
  authorize(actor, 'document:read');
  const { page, pageSize, ...filters } = query;
  const { rows, total } = await createDocumentsRepo(db).list(scopeFor(actor), normaliseFilters(filters), offsetOf(query));
  await auditNamedPeopleReads(db, actor, { document: rows }, 'documents:list', new Date());
  return { data: rows.map(toDocumentView), page, pageSize, total, abilities: documentListAbilities(actor) };
}

export function normaliseFilters(f: DocumentFilters): DocumentFilters {
  return {
    ...(f.stateCode ? { stateCode: f.stateCode.toUpperCase() } : {}),
    ...(f.confidentiality ? { confidentiality: f.confidentiality } : {}),
    ...(f.organisationId ? { organisationId: f.organisationId } : {}),
    ...(f.q?.trim() ? { q: f.q.trim() } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.instrumentId ? { instrumentId: f.instrumentId } : {}),
    ...(f.language ? { language: f.language } : {}),
    ...(f.theme ? { theme: f.theme } : {}),
  };
}
