// How States' declarations leave the use cases (view and abilities from the one policy), and what the declaration
// use cases share: one "not found", the audit entry, the input as stored, and the checks only the database can make.
import { actorLabel, type Actor } from '#domain/actor.ts';
import type { DeclarationFields } from '#domain/cooperation/declarations.ts';
import type { StateDeclaration } from '#domain/cooperation/types.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { can, type Target } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import type { DeclarationRow, DeclarationsRepo } from '#db/repos/cooperation/declarations.repo.ts';

export interface DeclarationView extends StateDeclaration {
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface DeclarationAbilities {
  update: boolean;
  delete: boolean;
}

export interface DeclarationListAbilities {
  create: boolean;
}

export function toDeclarationView(r: DeclarationRow): DeclarationView {
  return {
    id: r.id,
    stateCode: r.stateCode,
    instrumentId: r.instrumentId,
    kind: r.kind,
    article: r.article,
    languages: r.languages,
    text: r.text,
    declaredOn: r.declaredOn,
    source: r.source,
    sourceUrl: r.sourceUrl,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

export function stateTarget(stateCode: string): Target {
  return { kind: 'state-entry', stateCode };
}

export function declarationAbilities(actor: Actor, d: Pick<StateDeclaration, 'stateCode'>): DeclarationAbilities {
  const allowed = can(actor, 'declaration:manage', stateTarget(d.stateCode));
  return { update: allowed, delete: allowed };
}

export function declarationListAbilities(actor: Actor): DeclarationListAbilities {
  return { create: can(actor, 'declaration:manage') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findDeclaration(repo: DeclarationsRepo, id: string, lock = false): Promise<DeclarationRow> {
  const row = UUID.test(id) ? await repo.findById(id, { lock }) : undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No such declaration.', { params: { resource: 'declaration', id } });
  return row;
}

export function auditedDeclaration(d: DeclarationFields): DeclarationFields {
  return {
    stateCode: d.stateCode,
    instrumentId: d.instrumentId,
    kind: d.kind,
    article: d.article,
    languages: d.languages,
    text: d.text,
    declaredOn: d.declaredOn,
    source: d.source,
    sourceUrl: d.sourceUrl,
  };
}

export async function auditDeclaration(db: Db, actor: Actor, action: string, id: string, change: { before: unknown; after: unknown }, now: Date) {
  await createAuditRepo(db).append({ at: now.toISOString(), actor: actorLabel(actor), action, targetType: 'declaration', targetId: id, ...change });
}

export interface DeclarationInput {
  stateCode: string;
  instrumentId: string;
  kind: string;
  article?: string;
  languages?: string[];
  text?: string;
  declaredOn?: string | null;
  source: string;
  sourceUrl?: string | null;
}

export function declarationFields(input: DeclarationInput): DeclarationFields {
  const blankToNull = (v: string | null | undefined) => (v && v.trim() !== '' ? v.trim() : null);
  return {
    stateCode: input.stateCode.trim().toUpperCase(),
    instrumentId: input.instrumentId.trim(),
    kind: input.kind as DeclarationFields['kind'],
    article: (input.article ?? '').trim(),
    languages: (input.languages ?? []).map((l) => l.trim().toLowerCase()),
    text: (input.text ?? '').trim(),
    declaredOn: blankToNull(input.declaredOn),
    source: input.source.trim(),
    sourceUrl: blankToNull(input.sourceUrl),
  };
}

/** A State or treaty nobody knows: 400 naming the field. */
export async function unknownReferenceIssues(repo: DeclarationsRepo, f: DeclarationFields): Promise<ErrorIssue[]> {
  const issues: ErrorIssue[] = [];
  if (/^[A-Z]{3}$/.test(f.stateCode) && !(await repo.participantExists(f.stateCode))) {
    issues.push({ path: ['body', 'stateCode'], code: 'unknown_state', message: `no participant ${f.stateCode}` });
  }
  if (f.instrumentId !== '' && !(await repo.instrumentExists(f.instrumentId))) {
    issues.push({ path: ['body', 'instrumentId'], code: 'unknown_instrument', message: `no instrument ${f.instrumentId}` });
  }
  return issues;
}

export function duplicateDeclaration(existing: DeclarationRow): AppError {
  return new AppError('CONFLICT', 'This declaration is already recorded (same State, treaty, kind and article).', {
    params: { resource: 'declaration', existingId: existing.id },
  });
}

export function validationFailed(issues: ErrorIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
}
