// Requests for MLA and extradition (issue 12) inserted and moved along directly through the repository (no policy,
// no audit), for tests and benchmarks that need a request to exist in a given status. Drafting and tracking
// themselves are tested through their routes.
import { eq } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { mailOutbox, notifications } from '#db/schema/index.ts';
import { createCooperationRequestsRepo, type CooperationRequestRow } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { emptyContent, type RequestContent, type RequestStatus } from '#domain/cooperation/requests.ts';
import type { CooperationKind } from '#domain/cooperation/types.ts';
import { buildOrganisation } from './accounts.ts';

/** An MLA request that says what the template's essentials ask (reciprocity as its legal basis: no treaty needed). */
export function completeMlaContent(reference = 'PNAT-2026-17'): RequestContent {
  const c = emptyContent();
  c.requesting = { ...c.requesting, authorityName: 'Parquet national antiterroriste', reference, contactName: 'Claire Martin', contactEmail: 'c.martin@justice.example' };
  c.requested = { ...c.requested, authorityName: 'Riksadvokaten', language: 'en' };
  c.legalBasis = { ...c.legalBasis, reciprocity: true };
  c.facts = { subject: 'Financing of terrorism', conductingAuthority: 'Investigating judge, Paris', summary: 'Transfers made in 2025 to a listed group.', purpose: 'Evidence of the transfers.' };
  c.offences = [{ name: 'Financing of terrorism', lawReference: 'Code pénal, art. 421-2-2', lawText: 'Constitue également un acte de terrorisme…', penalty: '10 years' }];
  c.assistance = { ...c.assistance, measures: ['bank-records'], details: { 'bank-records': 'Statements of account 12345, 2025.' }, personsConcerned: 'A. B.' };
  return c;
}

export interface CooperationRequestInput {
  requestingOrganisationId: string;
  /** Default FRA to NOR. */
  requestingStateCode?: string;
  requestedStateCode?: string;
  kind?: CooperationKind;
  /** Default `draft`. */
  status?: RequestStatus;
  /** Default completeMlaContent(). */
  content?: RequestContent;
  contentShared?: boolean;
  sharedUserIds?: string[];
  attachmentDocumentIds?: string[];
  /** When it was created, and (unless a draft) sent, and last changed status. */
  at: Date;
  statusChangedAt?: Date;
  closedAt?: Date | null;
  refusalGround?: CooperationRequestRow['refusalGround'];
  createdBy?: string | null;
}

/** Inserts the request with its `create` event. */
export async function insertCooperationRequest(db: Db, input: CooperationRequestInput): Promise<CooperationRequestRow> {
  const repo = createCooperationRequestsRepo(db);
  const status = input.status ?? 'draft';
  const content = input.content ?? completeMlaContent();
  const id = await repo.insert({
    kind: input.kind ?? 'mla',
    status,
    statusChangedAt: input.statusChangedAt ?? input.at,
    requestingOrganisationId: input.requestingOrganisationId,
    requestingStateCode: input.requestingStateCode ?? 'FRA',
    requestedStateCode: input.requestedStateCode ?? 'NOR',
    instrumentId: content.legalBasis.instrumentId,
    content,
    contentShared: input.contentShared ?? false,
    sharedUserIds: input.sharedUserIds ?? [],
    attachmentDocumentIds: input.attachmentDocumentIds ?? [],
    requestingReference: status === 'draft' ? '' : content.requesting.reference,
    sentAt: status === 'draft' ? null : input.at,
    closedAt: input.closedAt ?? null,
    refusalGround: input.refusalGround ?? null,
    createdBy: input.createdBy ?? null,
    createdAt: input.at,
    updatedAt: input.statusChangedAt ?? input.at,
  });
  await repo.insertEvent({ requestId: id, fromStatus: null, toStatus: 'draft', event: 'create', side: 'requesting', note: '', at: input.at, byUserId: null });
  return (await repo.findById(id))!;
}

/**
 * A draft MLA request with empty content of a State authority of `from` (default AFG) to `to` (default FRA); the
 * authority is created when not given.
 */
export async function buildCooperationRequest(
  db: Db,
  input: { from?: string; to?: string; requestingOrganisationId?: string; sharedUserIds?: string[]; attachmentDocumentIds?: string[]; at?: Date } = {},
): Promise<{ id: string; requestingOrganisationId: string }> {
  const at = input.at ?? new Date();
  const from = input.from ?? 'AFG';
  const requestingOrganisationId = input.requestingOrganisationId ?? (await buildOrganisation(db, { kind: 'state-authority', stateCode: from }, at)).id;
  const row = await insertCooperationRequest(db, {
    requestingOrganisationId,
    requestingStateCode: from,
    requestedStateCode: input.to ?? 'FRA',
    content: emptyContent(),
    sharedUserIds: input.sharedUserIds ?? [],
    attachmentDocumentIds: input.attachmentDocumentIds ?? [],
    at,
  });
  return { id: row.id, requestingOrganisationId };
}

/** Puts the request in `status` as of `at` (sent on `at` when it leaves the draft); returns its new version. */
export async function setRequestStatus(db: Db, id: string, status: RequestStatus, at: Date): Promise<number> {
  const repo = createCooperationRequestsRepo(db);
  const row = await repo.findById(id);
  if (!row) throw new Error(`no request ${id}`);
  return repo.update(id, { status, statusChangedAt: at, sentAt: status === 'draft' ? null : (row.sentAt ?? at) }, row.version);
}

/** The version a request is at now (for a write made on it). */
export async function requestVersion(db: Db, id: string): Promise<number> {
  return (await createCooperationRequestsRepo(db).findById(id))?.version ?? 1;
}

/** The notifications about one record, and the mail queued for one address. */
export async function notificationsAbout(db: Db, recordId: string) {
  return db.select().from(notifications).where(eq(notifications.recordId, recordId));
}
export async function mailTo(db: Db, to: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.to, to));
}
