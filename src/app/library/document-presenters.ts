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
import { isMandateId, isTheme, MANDATE_IDS, THEMES } from '#domain/assistance/themes.ts';
import { LANGUAGE_CODE } from '#domain/library/languages.ts';
import { isIsoDate } from '#domain/treaties/dates.ts';
import { isRecordKind, RECORD_KINDS, type RecordKind, type RecordMetadata } from '#domain/library/records.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

/** A document's metadata as the API shows it: dates as ISO strings, the owner's name resolved, no region. */
export interface DocumentView extends Omit<DocumentMeta, 'stateRegion' | 'createdAt' | 'updatedAt' | 'kind'> {
  kind: RecordKind;
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
    ...metadataOf(d),
    detectedLanguage: d.detectedLanguage,
  };
}

/** A record's library metadata, in the order the API and the audit trail show it. */
export function metadataOf(d: Omit<RecordMetadata, 'kind'> & { kind: string }): RecordMetadata {
  return {
    kind: isRecordKind(d.kind) ? d.kind : 'publication',
    stateCodes: d.stateCodes,
    languages: d.languages,
    documentDate: d.documentDate,
    versionLabel: d.versionLabel,
    source: d.source,
    instrumentIds: d.instrumentIds,
    themes: d.themes,
    mandates: d.mandates,
    translationOf: d.translationOf,
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
export function auditedDocument(
  d: Omit<DocumentFields, 'kind'> & { kind: string } & Pick<DocumentMeta, 'fileName' | 'mediaType' | 'sizeBytes' | 'sha256'>,
) {
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
    ...metadataOf(d),
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

export interface DocumentFields extends RecordMetadata {
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
  actor: Actor,
  f: DocumentFields,
  id: string | null = null,
): Promise<{ issues: ErrorIssue[]; stateRegion: string | null }> {
  const issues: ErrorIssue[] = [...(await checkMetadata(repo, actor, f, id))];
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

/** The library metadata: known vocabularies, States and instruments, and an original the actor may see. */
async function checkMetadata(repo: DocumentsRepo, actor: Actor, m: RecordMetadata, id: string | null): Promise<ErrorIssue[]> {
  const issues: ErrorIssue[] = [];
  const issue = (path: (string | number)[], code: string, message: string) => issues.push({ path: ['body', ...path], code, message });
  if (!isRecordKind(m.kind)) issue(['kind'], 'unknown_kind', `must be one of ${RECORD_KINDS.join(', ')}`);
  const knownStates = new Set(await repo.existingParticipantCodes(m.stateCodes));
  m.stateCodes.forEach((c, i) => knownStates.has(c) || issue(['stateCodes', i], 'unknown_state', `no participant ${c}`));
  m.languages.forEach((l, i) => LANGUAGE_CODE.test(l) || issue(['languages', i], 'invalid_language', 'must be a two- or three-letter language code'));
  if (m.documentDate !== null && !isIsoDate(m.documentDate)) issue(['documentDate'], 'invalid_date', 'must be a date (YYYY-MM-DD)');
  const knownInstruments = new Set(await repo.existingInstrumentIds(m.instrumentIds));
  m.instrumentIds.forEach((c, i) => knownInstruments.has(c) || issue(['instrumentIds', i], 'unknown_instrument', `no instrument ${c}`));
  m.themes.forEach((t, i) => isTheme(t) || issue(['themes', i], 'unknown_theme', `must be one of ${THEMES.join(', ')}`));
  m.mandates.forEach((t, i) => isMandateId(t) || issue(['mandates', i], 'unknown_mandate', `must be one of ${MANDATE_IDS.join(', ')}`));
  if (m.translationOf !== null) {
    const original = isUuid(m.translationOf) ? await repo.findById(m.translationOf) : undefined;
    if (!original || !can(actor, 'document:read', recordTarget(original))) {
      issue(['translationOf'], 'unknown_document', 'no such document');
    } else if (id !== null && (original.id === id || original.translationOf === id)) {
      issue(['translationOf'], 'circular', 'a record cannot translate itself or its own translation');
    }
  }
  return issues;
}

export function validationFailed(issues: ErrorIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
}
