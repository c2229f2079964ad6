// How documents leave the use cases (the API's views), their abilities from the one policy, and the rules shared
// by the document use cases: one "not found" for a missing and a hidden document alike, the audited form of a
// document (never its bytes), and the checks of its fields.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { can, type Target } from '#domain/policy.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { toConfidentialRecord, type DocumentMeta, type DocumentsRepo } from '#db/repos/library/documents.repo.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

/** A document's metadata as the API shows it: dates as ISO strings, the owner's name resolved, no region. */
export interface DocumentView extends Omit<DocumentMeta, 'stateRegion' | 'createdAt' | 'updatedAt'> {
  /** In English (or the first language it has). */
  ownerOrganisationName: string;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change; the GET's ETag is "v<version>" (ADR 19). */
  version: number;
}

export interface DocumentAbilities {
  update: boolean;
  delete: boolean;
}

export interface DocumentListAbilities {
  create: boolean;
  export: boolean;
}

export function toDocumentView(d: DocumentMeta): DocumentView {
  return {
    id: d.id,
    title: d.title,
    description: d.description,
    confidentiality: d.confidentiality,
    stateCode: d.stateCode,
    ownerOrganisationId: d.ownerOrganisationId,
    ownerOrganisationName: nameOf(d.ownerOrganisationNames),
    ownerOrganisationNames: d.ownerOrganisationNames,
    ownerOrganisationAcronym: d.ownerOrganisationAcronym,
    sharedOrganisationIds: d.sharedOrganisationIds,
    namedUserIds: d.namedUserIds,
    language: d.language,
    fileName: d.fileName,
    mediaType: d.mediaType,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    createdBy: d.createdBy,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    version: d.version,
  };
}

export function recordTarget(d: DocumentMeta): Target {
  return { kind: 'record', record: toConfidentialRecord(d) };
}

export function documentAbilities(actor: Actor, d: DocumentMeta): DocumentAbilities {
  const target = recordTarget(d);
  return { update: can(actor, 'document:update', target), delete: can(actor, 'document:delete', target) };
}

export function documentListAbilities(actor: Actor): DocumentListAbilities {
  return { create: can(actor, 'document:create'), export: can(actor, 'document:read') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/** The same answer for a document that does not exist, one the caller may not see, and a malformed id. */
export function documentNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'No such document.', { params: { resource: 'document', id } });
}

/** The document if it exists and the actor may see it; otherwise NOT_FOUND, whichever it was. */
export async function findVisibleDocument(repo: DocumentsRepo, actor: Actor, id: string, lock = false): Promise<DocumentMeta> {
  const doc = isUuid(id) ? await repo.findById(id, { lock }) : undefined;
  if (!doc || !can(actor, 'document:read', recordTarget(doc))) throw documentNotFound(id);
  return doc;
}

/** What the audit trail keeps of a document: its metadata and the file's hash, never the file. */
export function auditedDocument(d: DocumentFields & Pick<DocumentMeta, 'fileName' | 'mediaType' | 'sizeBytes' | 'sha256'>) {
  return {
    title: d.title,
    description: d.description,
    confidentiality: d.confidentiality,
    stateCode: d.stateCode,
    ownerOrganisationId: d.ownerOrganisationId,
    sharedOrganisationIds: d.sharedOrganisationIds,
    namedUserIds: d.namedUserIds,
    language: d.language,
    fileName: d.fileName,
    mediaType: d.mediaType,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
  };
}

/** Appends to the audit trail: pass a transaction (the trail is extended under a table lock). */
export async function auditDocument(
  db: Db,
  actor: Actor,
  action: string,
  id: string,
  change: { before: unknown; after: unknown },
  now: Date,
): Promise<void> {
  await createAuditRepo(db).append({
    at: now.toISOString(),
    actor: actorLabel(actor),
    action,
    targetType: 'document',
    targetId: id,
    ...change,
  });
}

export interface DocumentFields {
  title: string;
  description: string;
  confidentiality: Confidentiality;
  stateCode: string | null;
  ownerOrganisationId: string;
  sharedOrganisationIds: string[];
  namedUserIds: string[];
  language: string | null;
}

/**
 * Checks what the database knows: the State exists (and is given when State-restricted), every person named and every
 * organisation exists. Returns the State's regional group (for the policy's region limits). Issues are under `body`.
 */
export async function checkDocumentFields(
  repo: DocumentsRepo,
  f: DocumentFields,
): Promise<{ issues: ErrorIssue[]; stateRegion: string | null }> {
  const issues: ErrorIssue[] = [];
  let stateRegion: string | null = null;
  if (f.title.trim() === '') issues.push({ path: ['body', 'title'], code: 'required', message: 'must not be empty' });
  if (f.stateCode === null) {
    if (f.confidentiality === 'state-restricted') {
      issues.push({ path: ['body', 'stateCode'], code: 'required', message: 'a State-restricted document must name its State' });
    }
  } else {
    const region = await repo.participantRegion(f.stateCode);
    if (region === undefined) {
      issues.push({ path: ['body', 'stateCode'], code: 'unknown_state', message: `no participant ${f.stateCode}` });
    } else {
      stateRegion = region;
    }
  }
  const ownerKnown = isUuid(f.ownerOrganisationId)
    ? (await repo.existingOrganisationIds([f.ownerOrganisationId])).length === 1
    : false;
  if (!ownerKnown) {
    issues.push({ path: ['body', 'ownerOrganisationId'], code: 'unknown_organisation', message: 'no such organisation' });
  }
  const knownOrganisations = new Set(await repo.existingOrganisationIds(f.sharedOrganisationIds.filter(isUuid)));
  f.sharedOrganisationIds.forEach((id, i) => {
    if (!knownOrganisations.has(id)) {
      issues.push({ path: ['body', 'sharedOrganisationIds', i], code: 'unknown_organisation', message: 'no such organisation' });
    }
  });
  const knownPeople = new Set(await repo.existingUserIds(f.namedUserIds.filter(isUuid)));
  f.namedUserIds.forEach((id, i) => {
    if (!knownPeople.has(id)) issues.push({ path: ['body', 'namedUserIds', i], code: 'unknown_person', message: 'no such person' });
  });
  return { issues, stateRegion };
}

export function validationFailed(issues: ErrorIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
}
