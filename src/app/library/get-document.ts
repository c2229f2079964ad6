// One document's metadata. Outside the caller's scope it does not exist (404, the same answer as a wrong id).
// Reading a named-people document is audited, whoever reads it.
import type { Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { createDocumentsRepo } from '#db/repos/library/documents.repo.ts';
import {
  auditDocument,
  documentAbilities,
  findVisibleDocument,
  toDocumentView,
  type DocumentAbilities,
  type DocumentView,
} from './document-presenters.ts';

export async function getDocument(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
): Promise<{ data: DocumentView; abilities: DocumentAbilities }> {
  const doc = await findVisibleDocument(createDocumentsRepo(db), actor, id);
  if (doc.confidentiality === 'named-people') {
    // Written before the answer leaves: a read that cannot be recorded does not happen.
    await db.transaction((tx) =>
      auditDocument(tx as unknown as Db, actor, 'document:read', doc.id, { before: null, after: { title: doc.title } }, now),
    );
  }
  return { data: toDocumentView(doc), abilities: documentAbilities(actor, doc) };
}
