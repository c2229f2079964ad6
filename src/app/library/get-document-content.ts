// A document's file, under the same checks as its metadata; a named-people document's download is audited.
import type { Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { createDocumentsRepo } from '#db/repos/library/documents.repo.ts';
import { auditDocument, documentNotFound, findVisibleDocument } from './document-presenters.ts';

export interface DocumentContent {
  fileName: string;
  /** Ours, decided from the bytes at upload, never the uploader's claim. */
  mediaType: string;
  sha256: string;
  content: Buffer;
}

export async function getDocumentContent(db: Db, actor: Actor, id: string, now: Date): Promise<DocumentContent> {
  const repo = createDocumentsRepo(db);
  const doc = await findVisibleDocument(repo, actor, id);
  const content = await repo.content(doc.id);
  if (!content) throw documentNotFound(id); // deleted in between
  if (doc.confidentiality === 'named-people') {
    // The audit trail is extended under a lock, so in a transaction of its own.
    const change = { before: null, after: { title: doc.title, sha256: doc.sha256 } };
    await db.transaction((tx) => auditDocument(tx as unknown as Db, actor, 'document:read-content', doc.id, change, now));
  }
  return { fileName: doc.fileName, mediaType: doc.mediaType, sha256: doc.sha256, content };
}
