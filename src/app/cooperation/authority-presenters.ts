// What the directory's use cases share: an entry as a reader may see it (projected by the policy: contacts and the
// fields the State did not make public only for those entitled), its abilities, the audit of changes and of reads of
// contact details, and the checks against what the database knows (the State, the treaty).
import { actorLabel, type Actor } from '#domain/actor.ts';
import { isStale, projectAuthority, type AuthorityProjection } from '#domain/cooperation/authorities.ts';
import { checkAuthorityInput, checkedFields, normaliseAuthorityInput, type AuthorityInput } from '#domain/cooperation/authority-input.ts';
import { authorityFieldsOf, type Authority, type AuthorityFields, type AuthorityOptionalPublicField } from '#domain/cooperation/types.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { can, type Target } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import type { AuthoritiesRepo, AuthorityRow } from '#db/repos/cooperation/authorities.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { recordAudit } from '../shared/transaction.ts';

export type AuthorityView = Omit<AuthorityProjection, 'confirmedAt'> & {
  confirmedAt: string;
  /** Not confirmed for 12 months at the time of the request. */
  stale: boolean;
};

export interface AuthorityAbilities {
  /** May change, confirm or remove the entry. */
  update: boolean;
  /** Sees contact details and every field, whatever the State made public. */
  readContacts: boolean;
}

export const authorityTarget = (stateCode: string): Target => ({ kind: 'state-entry', stateCode });

export function authorityAbilities(actor: Actor, stateCode: string): AuthorityAbilities {
  const target = authorityTarget(stateCode);
  return { update: can(actor, 'authority:update', target), readContacts: can(actor, 'authority:read-contacts', target) };
}

export function toAuthorityView(actor: Actor, a: Authority, now: Date): AuthorityView {
  const p = projectAuthority(a, can(actor, 'authority:read-contacts', authorityTarget(a.stateCode)));
  return { ...p, confirmedAt: a.confirmedAt.toISOString(), stale: isStale(a.confirmedAt, now) };
}

/** Only the fields of the entry itself (a row carries bookkeeping too). */
export function authorityOf(r: AuthorityRow): Authority {
  return { id: r.id, ...authorityFieldsOf(r), confirmedAt: r.confirmedAt, version: r.version };
}

export function authorityNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'No such authority entry.', { params: { id } });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

export async function findAuthority(repo: AuthoritiesRepo, id: string): Promise<AuthorityRow> {
  const row = isUuid(id) ? await repo.findById(id) : undefined;
  if (!row) throw authorityNotFound(id);
  return row;
}

/**
 * Normalises and checks an entry as written, against the domain's rules and what the database knows. Throws
 * VALIDATION_FAILED naming every field at fault.
 */
export async function checkedAuthorityInput(repo: AuthoritiesRepo, input: AuthorityInput): Promise<AuthorityFields> {
  const fields = normaliseAuthorityInput(input);
  const issues: ErrorIssue[] = checkAuthorityInput(fields);
  if (!issues.some((i) => i.path[1] === 'stateCode') && !(await repo.stateExists(fields.stateCode))) {
    issues.push({ path: ['body', 'stateCode'], code: 'unknown_state', message: `no participant ${fields.stateCode}` });
  }
  if (fields.instrumentId && !issues.some((i) => i.path[1] === 'instrumentId') && !(await repo.instrumentExists(fields.instrumentId))) {
    issues.push({ path: ['body', 'instrumentId'], code: 'unknown_instrument', message: 'no such instrument' });
  }
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
  return checkedFields(fields);
}

/** What the audit trail keeps of an entry: all of it (the trail is read by administrators only). */
export function auditedAuthority(a: Omit<Authority, 'id' | 'confirmedAt' | 'version'>) {
  return authorityFieldsOf(a);
}

export async function auditAuthority(
  tx: Db,
  actor: Actor,
  action: string,
  id: string,
  change: { before: unknown; after: unknown },
  now: Date,
): Promise<void> {
  await recordAudit(tx, { actor: actorLabel(actor), action, targetType: 'authority', targetId: id, ...change }, now);
}

/** Whether a reader saw contact details of an entry because they are entitled to (not because the State made them public). */
export function showsContactsByEntitlement(view: { contacts: unknown[] | null; withheld: AuthorityOptionalPublicField[] }, publicFields: readonly string[]): boolean {
  return view.contacts !== null && view.contacts.length > 0 && !publicFields.includes('contacts');
}

/**
 * Every read that shows contact details is audited (issue 11 §3): one `authority-contacts:read` entry per request,
 * naming the entries whose contacts were shown and the path that showed them (`via`). Nothing when none was shown.
 * Written before the answer leaves: a read that cannot be recorded does not happen.
 */
export async function auditContactReads(db: Db, actor: Actor, ids: readonly string[], via: string, now: Date): Promise<void> {
  const shown = [...new Set(ids)];
  if (shown.length === 0) return;
  await db.transaction((tx) =>
    createAuditRepo(tx as unknown as Db).append({
      at: now.toISOString(),
      actor: actorLabel(actor),
      action: 'authority-contacts:read',
      targetType: shown.length === 1 ? 'authority' : 'authorities',
      targetId: shown.length === 1 ? shown[0]! : 'list',
      before: null,
      after: { via, authority: shown },
    }),
  );
}

/** Views of entries for a reader, and the audit of the contact details they show. */
export async function presentAuthorities(db: Db, actor: Actor, rows: readonly Authority[], via: string, now: Date): Promise<AuthorityView[]> {
  const views = rows.map((r) => toAuthorityView(actor, r, now));
  const shown = views.filter((v, i) => showsContactsByEntitlement(v, rows[i]!.publicFields)).map((v) => v.id);
  await auditContactReads(db, actor, shown, via, now);
  return views;
}
