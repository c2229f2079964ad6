// One document's metadata. Outside the caller's scope it does not exist (404, the same answer as a wrong id).
// Reading a named-people document is audited, whoever reads it. With it: its extracted text, the original it
// translates and its translations (only those the caller may see).
import type { Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { can } from '#domain/policy.ts';
import { createDocumentsRepo, type DocumentMeta } from '#db/repos/library/documents.repo.ts';
import {
  auditDocument,
  documentAbilities,
  findVisibleDocument,
  recordTarget,
  toDocumentView,
  type DocumentAbilities,
  type DocumentView,
} from './document-presenters.ts';

export async function getDocument(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
): Promise<DocumentDetail> {
  const repo = createDocumentsRepo(db);
  const doc = await findVisibleDocument(repo, actor, id);
  if (doc.confidentiality === 'named-people') {
    // Written before the answer leaves: a read that cannot be recorded does not happen.
    await db.transaction((tx) =>
      auditDocument(tx as unknown as Db, actor, 'document:read', doc.id, { before: null, after: { title: doc.title } }, now),
    );
  }
  const original = doc.translationOf ? await repo.findById(doc.translationOf) : undefined;
  const ref = (d: DocumentMeta): RecordRef => ({ id: d.id, title: d.title, language: d.language });
  return {
    data: toDocumentView(doc),
    abilities: documentAbilities(actor, doc),
    original: original && can(actor, 'document:read', recordTarget(original)) ? ref(original) : null,
    translations: (await repo.translationsOf(scopeFor(actor), doc.id)).map(ref),
    extractedText: await repo.extractedText(doc.id),
  };
}

export interface RecordRef {
  id: string;
  title: string;
  language: string | null;
}

export interface DocumentDetail {
  data: DocumentView;
  abilities: DocumentAbilities;
  /** The record it translates, and those that translate it: only those the caller may see. */
  original: RecordRef | null;
  translations: RecordRef[];
  extractedText: string | null;
}
