// How bilateral treaties leave the use cases (the API's view and abilities, from the one policy), and what the
// bilateral-treaty use cases share: one "not found" for a missing id and a malformed one, the audit entry, and the
// checks only the database can make (the States exist, the treaty is not there already).
import { actorLabel, type Actor } from '#domain/actor.ts';
import { normalisePair, type BilateralTreatyFields } from '#domain/cooperation/bilateral-treaties.ts';
import type { BilateralTreaty } from '#domain/cooperation/types.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { can, type Target } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import type { BilateralTreatiesRepo, BilateralTreatyRow } from '#db/repos/cooperation/bilateral-treaties.repo.ts';

export interface BilateralTreatyView extends BilateralTreaty {
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change; the GET's ETag is "v<version>" (ADR 19). */
  version: number;
}

export interface BilateralTreatyAbilities {
  update: boolean;
  delete: boolean;
}

export interface BilateralTreatyListAbilities {
  /** May enter a treaty (for the caller's own State, or any pair for those who keep the whole register). */
  create: boolean;
  import: boolean;
}

export function toBilateralTreatyView(r: BilateralTreatyRow): BilateralTreatyView {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    stateA: r.stateA,
    stateB: r.stateB,
    signedOn: r.signedOn,
    inForceFrom: r.inForceFrom,
    terminatedOn: r.terminatedOn,
    source: r.source,
    sourceUrl: r.sourceUrl,
    notes: r.notes,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

export function pairTarget(t: Pick<BilateralTreaty, 'stateA' | 'stateB'>): Target {
  return { kind: 'state-pair', stateCodes: [t.stateA, t.stateB] };
}

export function bilateralTreatyAbilities(actor: Actor, t: Pick<BilateralTreaty, 'stateA' | 'stateB'>): BilateralTreatyAbilities {
  const allowed = can(actor, 'bilateral-treaty:manage', pairTarget(t));
  return { update: allowed, delete: allowed };
}

export function bilateralTreatyListAbilities(actor: Actor): BilateralTreatyListAbilities {
  const allowed = can(actor, 'bilateral-treaty:manage');
  return { create: allowed, import: allowed };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function bilateralTreatyNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'No such bilateral treaty.', { params: { resource: 'bilateral-treaty', id } });
}

export async function findBilateralTreaty(repo: BilateralTreatiesRepo, id: string, lock = false): Promise<BilateralTreatyRow> {
  const row = UUID.test(id) ? await repo.findById(id, { lock }) : undefined;
  if (!row) throw bilateralTreatyNotFound(id);
  return row;
}

/** What the audit trail keeps of an entry: its fields. */
export function auditedBilateralTreaty(t: BilateralTreatyFields): BilateralTreatyFields {
  return {
    kind: t.kind,
    title: t.title,
    stateA: t.stateA,
    stateB: t.stateB,
    signedOn: t.signedOn,
    inForceFrom: t.inForceFrom,
    terminatedOn: t.terminatedOn,
    source: t.source,
    sourceUrl: t.sourceUrl,
    notes: t.notes,
  };
}

/** Appends to the audit trail: pass a transaction. `by`: the person, or the CLI's operator label. */
export async function auditBilateralTreaty(
  db: Db,
  by: Actor | string,
  action: string,
  id: string,
  change: { before: unknown; after: unknown },
  now: Date,
): Promise<void> {
  await createAuditRepo(db).append({
    at: now.toISOString(),
    actor: typeof by === 'string' ? by : actorLabel(by),
    action,
    targetType: 'bilateral-treaty',
    targetId: id,
    ...change,
  });
}

export interface BilateralTreatyInput {
  kind: string;
  title: string;
  stateA: string;
  stateB: string;
  signedOn?: string | null;
  inForceFrom?: string | null;
  terminatedOn?: string | null;
  source: string;
  sourceUrl?: string | null;
  notes?: string;
}

/** The input as stored: trimmed, the pair normalised, empty optional text as null. */
export function bilateralTreatyFields(input: BilateralTreatyInput): BilateralTreatyFields {
  const [stateA, stateB] = normalisePair(input.stateA, input.stateB);
  const blankToNull = (v: string | null | undefined) => (v && v.trim() !== '' ? v.trim() : null);
  return {
    kind: input.kind as BilateralTreatyFields['kind'],
    title: input.title.trim(),
    stateA,
    stateB,
    signedOn: blankToNull(input.signedOn),
    inForceFrom: blankToNull(input.inForceFrom),
    terminatedOn: blankToNull(input.terminatedOn),
    source: input.source.trim(),
    sourceUrl: blankToNull(input.sourceUrl),
    notes: (input.notes ?? '').trim(),
  };
}

/**
 * The problems only the database can tell: a State that is not a participant (400 naming the field as the caller
 * wrote it: stateA or stateB, whichever order they came in).
 */
export async function unknownStateIssues(repo: BilateralTreatiesRepo, input: Pick<BilateralTreatyInput, 'stateA' | 'stateB'>): Promise<ErrorIssue[]> {
  const codes = { stateA: input.stateA.trim().toUpperCase(), stateB: input.stateB.trim().toUpperCase() };
  const known = await repo.existingParticipants([codes.stateA, codes.stateB]);
  return (['stateA', 'stateB'] as const)
    .filter((f) => /^[A-Z]{3}$/.test(codes[f]) && !known.has(codes[f]))
    .map((f) => ({ path: ['body', f], code: 'unknown_state', message: `no participant ${codes[f]}` }));
}

/** The same pair, kind and title already recorded: 409, naming the entry that is there. */
export function duplicateBilateralTreaty(existing: BilateralTreatyRow): AppError {
  return new AppError('CONFLICT', 'This treaty is already recorded (same States, kind and title).', {
    params: { resource: 'bilateral-treaty', existingId: existing.id },
  });
}

export function validationFailed(issues: ErrorIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
}

/** Swaps stateA/stateB in issue paths back to how the caller wrote the pair (the stored order may differ). */
export function asWritten(issues: ErrorIssue[], input: Pick<BilateralTreatyInput, 'stateA' | 'stateB'>): ErrorIssue[] {
  const swapped = input.stateA.trim().toUpperCase() > input.stateB.trim().toUpperCase();
  if (!swapped) return issues;
  const swap: Record<string, string> = { stateA: 'stateB', stateB: 'stateA' };
  return issues.map((i) => ({ ...i, path: i.path.map((p, n) => (n === 1 && typeof p === 'string' && swap[p] ? swap[p]! : p)) }));
}
