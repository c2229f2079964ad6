// The provisions of a national law in the library (issue 13 §2–3): each with its label, text and the checklist
// requirements it implements. Who may read the law reads them; who may change the law changes them (403 otherwise;
// 404 when the law is hidden or missing, like the law itself). Only a record of kind national-legislation has
// provisions (409 otherwise). Every write is audited and re-indexed for search in one transaction, and versioned
// (If-Match, ADR 19).
import { actorLabel, type Actor } from '#domain/actor.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import type { ChecklistItem } from '#domain/library/checklist.ts';
import { authorize, can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createDocumentsRepo, type DocumentMeta } from '#db/repos/library/documents.repo.ts';
import { createProvisionsRepo, type Provision } from '#db/repos/library/provisions.repo.ts';
import { createSearchRepo } from '#db/repos/library/search.repo.ts';
import { auditDocument, findVisibleDocument, isUuid, recordTarget, validationFailed } from './document-presenters.ts';
import { getChecklist } from './get-checklist.ts';
import { provisionEntry } from './index-document.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export interface ProvisionView {
  id: string;
  documentId: string;
  label: string;
  text: string;
  requirementIds: string[];
  position: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ProvisionInput {
  label: string;
  text?: string;
  requirementIds?: string[];
  position?: number;
}

export const toProvisionView = (p: Provision): ProvisionView => ({
  id: p.id,
  documentId: p.documentId,
  label: p.label,
  text: p.text,
  requirementIds: p.requirementIds,
  position: p.position,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
  version: p.version,
});

/** A law's provisions, with the checklist its requirement ids come from (the picker's choices). */
export async function listProvisions(
  db: Db,
  actor: Actor,
  documentId: string,
): Promise<{ data: ProvisionView[]; requirements: ChecklistItem[]; abilities: { create: boolean } }> {
  const doc = await findVisibleDocument(createDocumentsRepo(db), actor, documentId);
  await auditNamedPeopleRead(db, actor, doc);
  const rows = await createProvisionsRepo(db).list(doc.id);
  const isLaw = doc.kind === 'national-legislation';
  return {
    data: rows.map(toProvisionView),
    requirements: isLaw ? await getChecklist(db) : [],
    abilities: { create: isLaw && can(actor, 'document:update', recordTarget(doc)) },
  };
}

export async function getProvision(db: Db, actor: Actor, documentId: string, id: string): Promise<{ data: ProvisionView }> {
  const doc = await findVisibleDocument(createDocumentsRepo(db), actor, documentId);
  await auditNamedPeopleRead(db, actor, doc);
  const row = isUuid(id) ? await createProvisionsRepo(db).find(doc.id, id) : undefined;
  if (!row) throw provisionNotFound(id);
  return { data: toProvisionView(row) };
}

export async function createProvision(db: Db, actor: Actor, documentId: string, input: ProvisionInput, now: Date): Promise<{ data: ProvisionView }> {
  authorize(actor, 'document:update');
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const doc = await writableLaw(tx, actor, documentId);
    const repo = createProvisionsRepo(tx);
    const fields = await checkedFields(tx, input, input.position ?? (await repo.nextPosition(doc.id)));
    const row = await repo.insert({ ...fields, documentId: doc.id, createdBy: actor.kind === 'user' ? actor.userId : null, createdAt: now, updatedAt: now });
    await audit(tx, actor, 'provision:create', row.id, { before: null, after: audited(row) }, now);
    await createSearchRepo(tx).put(provisionEntry(doc, row), now);
    return { data: toProvisionView(row) };
  });
}

export async function updateProvision(
  db: Db,
  actor: Actor,
  documentId: string,
  id: string,
  changes: Partial<ProvisionInput>,
  now: Date,
  expectedVersion: number,
): Promise<{ data: ProvisionView }> {
  authorize(actor, 'document:update');
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const doc = await writableLaw(tx, actor, documentId);
    const repo = createProvisionsRepo(tx);
    const current = isUuid(id) ? await repo.find(doc.id, id, { lock: true }) : undefined;
    if (!current) throw provisionNotFound(id);
    assertVersion(current, expectedVersion);
    const fields = await checkedFields(
      tx,
      {
        label: changes.label ?? current.label,
        text: changes.text ?? current.text,
        requirementIds: changes.requirementIds ?? current.requirementIds,
      },
      changes.position ?? current.position,
    );
    const row = await repo.update(current.id, { ...fields, updatedAt: now }, expectedVersion);
    if (!row) throw staleVersion(expectedVersion);
    await audit(tx, actor, 'provision:update', row.id, { before: audited(current), after: audited(row) }, now);
    await createSearchRepo(tx).put(provisionEntry(doc, row), now);
    return { data: toProvisionView(row) };
  });
}

export async function deleteProvision(db: Db, actor: Actor, documentId: string, id: string, now: Date): Promise<void> {
  authorize(actor, 'document:update');
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const doc = await writableLaw(tx, actor, documentId);
    const repo = createProvisionsRepo(tx);
    const current = isUuid(id) ? await repo.find(doc.id, id, { lock: true }) : undefined;
    if (!current) throw provisionNotFound(id);
    await audit(tx, actor, 'provision:delete', current.id, { before: audited(current), after: null }, now);
    await createSearchRepo(tx).remove('provision', current.id);
    await repo.delete(current.id);
  });
}

/** Reading a named-people law's provisions reads its content: audited, before the answer leaves. */
async function auditNamedPeopleRead(db: Db, actor: Actor, doc: DocumentMeta): Promise<void> {
  if (doc.confidentiality !== 'named-people') return;
  const change = { before: null, after: { title: doc.title } };
  await db.transaction((tx) => auditDocument(tx as unknown as Db, actor, 'document:read-provisions', doc.id, change, new Date()));
}

/** The law, locked, if the actor sees it (404), may change it (403) and it is national legislation (409). */
async function writableLaw(tx: Db, actor: Actor, documentId: string): Promise<DocumentMeta> {
  const doc = await findVisibleDocument(createDocumentsRepo(tx), actor, documentId, true);
  authorize(actor, 'document:update', recordTarget(doc));
  if (doc.kind !== 'national-legislation') {
    throw new AppError('CONFLICT', 'Only a record of national legislation has provisions.', { params: { kind: doc.kind } });
  }
  return doc;
}

async function checkedFields(db: Db, input: ProvisionInput, position: number) {
  const label = input.label.trim();
  const requirementIds = [...new Set(input.requirementIds ?? [])];
  const issues: ErrorIssue[] = [];
  if (label === '') issues.push({ path: ['body', 'label'], code: 'required', message: 'must not be empty' });
  if (requirementIds.length > 0) {
    const known = new Set((await getChecklist(db)).map((i) => i.requirementId));
    (input.requirementIds ?? []).forEach((r, i) => {
      if (!known.has(r)) issues.push({ path: ['body', 'requirementIds', i], code: 'unknown_requirement', message: `no requirement ${r} in the checklist` });
    });
  }
  if (issues.length > 0) throw validationFailed(issues);
  return { label, text: (input.text ?? '').trim(), requirementIds, position };
}

const audited = (p: Provision) => ({ documentId: p.documentId, label: p.label, text: p.text, requirementIds: p.requirementIds, position: p.position });

async function audit(tx: Db, actor: Actor, action: string, id: string, change: { before: unknown; after: unknown }, now: Date) {
  await createAuditRepo(tx).append({ at: now.toISOString(), actor: actorLabel(actor), action, targetType: 'legal-provision', targetId: id, ...change });
}

function provisionNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'No such provision.', { params: { resource: 'provision', id } });
}
