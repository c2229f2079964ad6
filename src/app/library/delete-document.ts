// Deletes a document and its file. The audit entry keeps what it was (metadata and the file's hash, not the file),
// written in the same transaction, which also removes its search entries and its provisions' (they go with it).
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createDocumentsRepo } from '#db/repos/library/documents.repo.ts';
import { unindexDocument } from './index-document.ts';
import { auditDocument, auditedDocument, findVisibleDocument, recordTarget } from './document-presenters.ts';

export async function deleteDocument(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  authorize(actor, 'document:delete');
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const repo = createDocumentsRepo(tx);
    const current = await findVisibleDocument(repo, actor, id, true);
    authorize(actor, 'document:delete', recordTarget(current));
    await auditDocument(tx, actor, 'document:delete', current.id, { before: auditedDocument(current), after: null }, now);
    await unindexDocument(tx, current.id);
    await repo.delete(current.id);
  });
}
