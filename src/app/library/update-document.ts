// Changes a document's metadata (never its file: upload a new document for a new version). The caller must be
// allowed to update the record as it is, and, when it moves (another holder, State or confidentiality), to hold it
// where it goes — the same rule as creating it there. The change and its audit entry (before/after, without the
// file) are written in one transaction, with the row locked.
import type { Actor } from '#domain/actor.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { canonicalJson } from '#domain/accounts/audit.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createDocumentsRepo } from '#db/repos/library/documents.repo.ts';
import {
  auditDocument,
  auditedDocument,
  checkDocumentFields,
  documentAbilities,
  findVisibleDocument,
  metadataOf,
  recordTarget,
  toDocumentView,
  validationFailed,
  type DocumentAbilities,
  type DocumentFields,
  type DocumentView,
} from './document-presenters.ts';
import type { RecordMetadata } from '#domain/library/records.ts';
import { indexDocument } from './index-document.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export interface DocumentChanges {
  title?: string;
  description?: string;
  confidentiality?: Confidentiality;
  stateCode?: string | null;
  ownerOrganisationId?: string;
  sharedOrganisationIds?: string[];
  namedUserIds?: string[];
  language?: string | null;
  /** The library metadata: what is given replaces what was. */
  metadata?: Partial<RecordMetadata>;
}

export async function updateDocument(
  db: Db,
  actor: Actor,
  id: string,
  changes: DocumentChanges,
  now: Date,
  expectedVersion: number,
): Promise<{ data: DocumentView; abilities: DocumentAbilities }> {
  authorize(actor, 'document:update');
  const updated = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const repo = createDocumentsRepo(tx);
    const current = await findVisibleDocument(repo, actor, id, true);
    assertVersion(current, expectedVersion);
    authorize(actor, 'document:update', recordTarget(current));

    const next: DocumentFields = {
      ...metadataOf(current),
      ...changes.metadata,
      title: changes.title !== undefined ? changes.title.trim() : current.title,
      description: changes.description !== undefined ? changes.description.trim() : current.description,
      confidentiality: changes.confidentiality ?? current.confidentiality,
      stateCode: changes.stateCode !== undefined ? changes.stateCode?.trim().toUpperCase() || null : current.stateCode,
      ownerOrganisationId: changes.ownerOrganisationId ?? current.ownerOrganisationId,
      sharedOrganisationIds: changes.sharedOrganisationIds ?? current.sharedOrganisationIds,
      namedUserIds: changes.namedUserIds ?? current.namedUserIds,
      language: changes.language !== undefined ? changes.language || null : current.language,
    };
    next.stateCodes = [...new Set(next.stateCodes.map((c) => c.trim().toUpperCase()))];
    next.languages = [...new Set(next.languages)];
    const checked = await checkDocumentFields(repo, actor, next, current.id);
    if (checked.issues.length > 0) throw validationFailed(checked.issues);
    const moves =
      next.confidentiality !== current.confidentiality ||
      next.stateCode !== current.stateCode ||
      next.ownerOrganisationId !== current.ownerOrganisationId;
    if (moves) {
      authorize(actor, 'document:update', {
        kind: 'new-record',
        ownerOrganisationId: next.ownerOrganisationId,
        stateCode: next.stateCode,
        stateRegion: checked.stateRegion,
        confidentiality: next.confidentiality,
      });
    }
    // As at creation: the author stays named (they could otherwise lock themselves out of their own record).
    next.sharedOrganisationIds = [...new Set(next.sharedOrganisationIds)];
    next.namedUserIds = [...new Set([...(current.createdBy ? [current.createdBy] : []), ...next.namedUserIds])];

    const before = auditedDocument(current);
    const after = auditedDocument({ ...current, ...next });
    if (canonicalJson(before) === canonicalJson(after)) return current;
    if (!(await repo.update(current.id, { ...next, updatedAt: now }, expectedVersion))) throw staleVersion(expectedVersion);
    await auditDocument(tx, actor, 'document:update', current.id, { before, after }, now);
    await indexDocument(tx, current.id, now);
    return (await repo.findById(current.id))!;
  });
  return { data: toDocumentView(updated), abilities: documentAbilities(actor, updated) };
}
