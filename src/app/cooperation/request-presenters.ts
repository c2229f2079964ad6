// What the request use cases share (issue 12): finding a request as a party to it (404 to everyone else, the public
// included), a request as each side sees it (the shared record; the content only to those it is for; people's names
// only to their own side), the requested State's directory entry that fills the `requested` part, the checks of the
// references inside the content, and the audit of reads and changes.
import { actorLabel, type Actor, type UserActor } from '#domain/actor.ts';
import { projectAuthority } from '#domain/cooperation/authorities.ts';
import { requestSides } from '#domain/cooperation/policy.ts';
import { availableEvents, TEMPLATE_LANGUAGES, type RequestContent, type RequestEvent } from '#domain/cooperation/requests.ts';
import type { Completeness } from '#domain/cooperation/request-completeness.ts';
import type { AuthorityKind, AuthorityRequirements, CooperationKind } from '#domain/cooperation/types.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { can, type Target } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuthoritiesRepo, type AuthorityRow } from '#db/repos/cooperation/authorities.repo.ts';
import {
  createCooperationRequestsRepo,
  toRequestAccess,
  type CooperationRequestRow,
  type CooperationRequestsRepo,
} from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { createFinderRepo } from '#db/repos/cooperation/finder.repo.ts';
import { createDocumentsRepo } from '#db/repos/library/documents.repo.ts';
import { recordTarget as documentTarget } from '../library/document-presenters.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';
import { authorityTarget } from './authority-presenters.ts';
import { requestCompleteness } from './check-request-completeness.ts';
import {
  requestNames,
  toEventView,
  toMessageView,
  toSummaryView,
  type RequestEventView,
  type RequestMessageView,
  type RequestSummaryView,
} from './request-tracking-presenters.ts';

export type { RequestSummaryView };

export interface RequestDetailView extends RequestSummaryView {
  content: RequestContent | null;
  contentShared: boolean;
  completeness: Completeness | null;
  events: RequestEventView[];
  messages: RequestMessageView[];
  sharedWith: { id: string; name: string }[];
  attachments: { id: string; title: string; fileName: string | null }[];
  duplicatedFrom: string | null;
  requestedRequirements: AuthorityRequirements | null;
  acceptedLanguages: string[] | null;
  abilities: {
    edit: boolean;
    share: boolean;
    delete: boolean;
    duplicate: boolean;
    message: boolean;
    document: boolean;
    events: RequestEvent[];
  };
}

export const requestTarget = (r: CooperationRequestRow): Target => ({ kind: 'cooperation-request', request: toRequestAccess(r) });

export function requestNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'No such request.', { params: { id } });
}

export function validationFailed(issues: ErrorIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
}

/**
 * The request, if the actor may take `action` on it; else NOT_FOUND, the answer to a wrong id, so that a request's
 * existence is told to its parties only. Lock it when the caller writes.
 */
export async function findRequestFor(
  repo: CooperationRequestsRepo,
  actor: Actor,
  id: string,
  action: 'cooperation-request:read' | 'cooperation-request:edit' | 'cooperation-request:share',
  lock = false,
): Promise<CooperationRequestRow> {
  const row = await repo.findById(id, { lock });
  if (!row || !can(actor, 'cooperation-request:read', requestTarget(row)) || !can(actor, action, requestTarget(row))) {
    throw requestNotFound(id);
  }
  return row;
}

/** A draft only: a request once sent is the record both authorities share, changed by its events alone. */
export function assertDraft(row: CooperationRequestRow): void {
  if (row.status !== 'draft') {
    throw new AppError('INVALID_TRANSITION', `A request that is ${row.status} is no longer a draft: its content cannot change.`, {
      params: { status: row.status },
    });
  }
}

/** The State authorities the actor drafts requests in (organisations where they are a central-authority practitioner). */
export function draftingOrganisations(actor: Actor): { organisationId: string; stateCode: string }[] {
  if (actor.kind !== 'user') return [];
  const out = new Map<string, string>();
  for (const m of actor.memberships) {
    if (m.role === 'central-authority-practitioner' && m.organisationKind === 'state-authority' && m.stateCode) out.set(m.organisationId, m.stateCode);
  }
  return [...out].map(([organisationId, stateCode]) => ({ organisationId, stateCode }));
}

// --- The requested State's directory entry --------------------------------------------------------------------------

/** Which entries a request of each kind goes to, in order of preference (issue 12 §1). */
const REQUESTED_KINDS: Record<CooperationKind, AuthorityKind[]> = {
  mla: ['mla', 'central-authority'],
  extradition: ['extradition'],
};

/**
 * The requested State's entry a request of this kind goes to: the kind's own first; among central authorities, the
 * one designated under the request's treaty first. Undefined when the directory has none.
 */
export async function defaultRequestedAuthority(db: Db, stateCode: string, kind: CooperationKind, instrumentId: string | null): Promise<AuthorityRow | undefined> {
  const kinds = REQUESTED_KINDS[kind];
  const entries = await createAuthoritiesRepo(db).list({ stateCodes: [stateCode], kinds });
  const rank = (a: AuthorityRow) => kinds.indexOf(a.kind) * 2 + (a.kind === 'central-authority' && a.instrumentId !== instrumentId ? 1 : 0);
  return [...entries].sort((a, b) => rank(a) - rank(b))[0];
}

/** The `requested` part as the directory entry fills it; the language is the first the entry accepts of the template's six. */
export function requestedPartFrom(entry: AuthorityRow | undefined, current: RequestContent['requested']): RequestContent['requested'] {
  if (!entry) return { ...current, authorityId: null };
  const language = entry.languages.find((l) => (TEMPLATE_LANGUAGES as readonly string[]).includes(l)) ?? current.language;
  return {
    authorityId: entry.id,
    authorityName: entry.name,
    address: entry.address,
    channel: entry.channels[0] ?? '',
    language,
  };
}

/** The entry named, if it is an entry of the requested State; else a 400 naming `path`. */
export async function requestedAuthorityOf(db: Db, id: string, stateCode: string, path: (string | number)[]): Promise<AuthorityRow> {
  const entry = /^[0-9a-f-]{36}$/i.test(id) ? await createAuthoritiesRepo(db).findById(id) : undefined;
  if (!entry || entry.stateCode !== stateCode) {
    throw validationFailed([{ path: ['body', ...path], code: 'unknown_authority', message: `not an entry of ${stateCode} in the directory` }]);
  }
  return entry;
}

/**
 * The references inside the content: the treaty must exist, the bilateral treaty must be one of the register between
 * the two States. Every fault named under `content.legalBasis`.
 */
export async function checkLegalBasis(db: Db, basis: RequestContent['legalBasis'], states: [string, string]): Promise<void> {
  const issues: ErrorIssue[] = [];
  if (basis.instrumentId !== null && !(await createAuthoritiesRepo(db).instrumentExists(basis.instrumentId))) {
    issues.push({ path: ['body', 'content', 'legalBasis', 'instrumentId'], code: 'unknown_instrument', message: 'no such instrument' });
  }
  if (basis.bilateralTreatyId !== null) {
    const between = await createFinderRepo(db).bilateralBetween(states[0], states[1]);
    if (!between.some((t) => t.id === basis.bilateralTreatyId)) {
      issues.push({
        path: ['body', 'content', 'legalBasis', 'bilateralTreatyId'],
        code: 'unknown_treaty',
        message: `not a bilateral treaty of the register between ${states[0]} and ${states[1]}`,
      });
    }
  }
  if (issues.length > 0) throw validationFailed(issues);
}

// --- Views ----------------------------------------------------------------------------------------------------------

/** Requests as a list shows them: the shared record only (no content, no names of people). */
export async function toRequestSummaries(db: Db, actor: Actor, rows: readonly CooperationRequestRow[], now: Date): Promise<RequestSummaryView[]> {
  const names = await createCooperationRequestsRepo(db).names({
    stateCodes: rows.flatMap((r) => [r.requestingStateCode, r.requestedStateCode]),
    organisationIds: rows.map((r) => r.requestingOrganisationId),
    authorityIds: rows.flatMap((r) => (r.requestedAuthorityId ? [r.requestedAuthorityId] : [])),
    userIds: [],
  });
  return rows.map((r) => toSummaryView(r, requestSides(actor, toRequestAccess(r)), names, now));
}

/**
 * The request as this party sees it. Its content (and attachments, the requested authority's requirements beside it)
 * only to those it is for; completeness to the requesting side while it is a draft; names of people to their own
 * side. The read, and the attachments it shows, are audited before the answer leaves: a read that cannot be recorded
 * does not happen.
 */
export async function presentRequest(db: Db, actor: Actor, row: CooperationRequestRow, now: Date): Promise<{ data: RequestDetailView }> {
  const target = requestTarget(row);
  const sides = requestSides(actor, toRequestAccess(row));
  const readsContent = can(actor, 'cooperation-request:read-content', target);
  const repo = createCooperationRequestsRepo(db);
  const [events, messages, entry] = await Promise.all([
    repo.listEvents(row.id),
    repo.listMessages(row.id),
    row.content.requested.authorityId ? createAuthoritiesRepo(db).findById(row.content.requested.authorityId) : undefined,
  ]);
  const requesting = sides.includes('requesting');
  // Names of people go to their own side only (toEventView, toMessageView); those named on it to the requesting side.
  const names = await requestNames(repo, row, [...events.map((e) => e.byUserId), ...messages.map((m) => m.authorId), ...(requesting ? row.sharedUserIds : [])]);
  const attachments = readsContent ? await readableAttachments(db, actor, row.attachmentDocumentIds) : [];
  const entryView = entry ? projectAuthority(entry, can(actor, 'authority:read-contacts', authorityTarget(entry.stateCode))) : null;
  const edits = can(actor, 'cooperation-request:edit', target);
  const data: RequestDetailView = {
    ...toSummaryView(row, sides, names, now),
    content: readsContent ? row.content : null,
    contentShared: row.contentShared,
    completeness: requesting && row.status === 'draft' ? await requestCompleteness(db, row) : null,
    events: events.map((e) => toEventView(e, sides, names)),
    messages: messages.map((m) => toMessageView(m, sides, names)),
    sharedWith: requesting ? row.sharedUserIds.map((id) => ({ id, name: names.users.get(id) ?? '' })) : [],
    attachments,
    duplicatedFrom: readsContent ? row.duplicatedFrom : null,
    requestedRequirements: readsContent ? (entryView?.requirements ?? null) : null,
    // An entry that lists no language does not say: unknown, not "none".
    acceptedLanguages: entry && entry.languages.length > 0 ? entry.languages : null,
    abilities: {
      edit: edits && row.status === 'draft',
      share: can(actor, 'cooperation-request:share', target),
      delete: edits && row.status === 'draft',
      duplicate: readsContent && can(actor, 'cooperation-request:create', { kind: 'new-cooperation-request', requestingOrganisationId: row.requestingOrganisationId }),
      message: can(actor, 'cooperation-request:message', target),
      document: readsContent,
      events: can(actor, 'cooperation-request:transition', target) ? availableEvents(row.status, sides) : [],
    },
  };
  await inTransaction(db, (tx) =>
    recordAudit(
      tx,
      {
        actor: actorLabel(actor),
        action: 'cooperation-request:read',
        targetType: 'cooperation-request',
        targetId: row.id,
        before: null,
        // The attachments shown are named-people documents: their reads are recorded with the request's.
        after: { sides, content: readsContent, document: attachments.map((a) => a.id) },
      },
      now,
    ),
  );
  return { data };
}

/** Attachments the reader may read, each a library document with its own confidentiality. */
async function readableAttachments(db: Db, actor: Actor, ids: readonly string[]): Promise<RequestDetailView['attachments']> {
  if (ids.length === 0) return [];
  const docs = await createDocumentsRepo(db).findByIds(ids);
  return ids.flatMap((id) => {
    const doc = docs.find((d) => d.id === id);
    return doc && can(actor, 'document:read', documentTarget(doc)) ? [{ id, title: doc.title, fileName: doc.fileName }] : [];
  });
}

// --- Audit ----------------------------------------------------------------------------------------------------------

/**
 * A change to the audit trail. What people wrote stays out of it (the trail is read by administrators, who are not
 * parties to a request): the entry names the parts that changed and the bookkeeping around them.
 */
export async function auditRequest(tx: Db, actor: Actor, action: string, id: string, change: { before: unknown; after: unknown }, now: Date): Promise<void> {
  await recordAudit(tx, { actor: actorLabel(actor), action, targetType: 'cooperation-request', targetId: id, ...change }, now);
}

export const userOf = (actor: Actor): UserActor => {
  if (actor.kind !== 'user') throw new AppError('NOT_FOUND', 'No such request.');
  return actor;
};
