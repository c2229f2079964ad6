// Records a need found by an assessment, with its source (title and date; organisation and document when known, as
// not every assessment is uploaded). The fields are checked against what exists, then the policy decides whether the
// caller may hold such a record for that State (a focal point for their own State, officers within their regions,
// coordinators; FORBIDDEN otherwise). The row and its audit entry are written in one transaction.
import type { Actor } from '#domain/actor.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import type { ErrorIssue } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { Db } from '#db/client.ts';
import { createNeedsRepo } from '#db/repos/assistance/needs.repo.ts';
import {
  auditNeed,
  auditedNeed,
  checkNeedFields,
  needAbilities,
  toNeedView,
  validationFailed,
  type NeedAbilities,
  type NeedFields,
  type NeedView,
} from './need-presenters.ts';
import { inTransaction } from '../shared/transaction.ts';

export interface NewNeed {
  stateCode: string;
  themes: string[];
  instrumentIds?: string[];
  description: string;
  sourceTitle: string;
  /** Who made the assessment, when known. */
  sourceOrganisationId?: string | null;
  /** The assessment as a document the caller may read, when it was uploaded. */
  sourceDocumentId?: string | null;
  assessedOn: string;
  confidentiality?: Exclude<Confidentiality, 'named-people'>;
  /** Default: the caller's one organisation that may hold records (required when they have several). */
  ownerOrganisationId?: string;
}

export async function createNeed(db: Db, actor: Actor, input: NewNeed, now: Date): Promise<{ data: NeedView; abilities: NeedAbilities }> {
  authorize(actor, 'need:create');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const holders = [...new Set(actor.memberships.filter((m) => m.role !== 'donor-representative').map((m) => m.organisationId))];
  const ownerOrganisationId = input.ownerOrganisationId ?? (holders.length === 1 ? holders[0]! : null);
  const issues: ErrorIssue[] = [];
  if (!ownerOrganisationId) {
    issues.push({ path: ['body', 'ownerOrganisationId'], code: 'required', message: 'say which of your organisations holds the need' });
  }
  const fields: NeedFields = {
    stateCode: input.stateCode.trim().toUpperCase(),
    themes: [...new Set(input.themes)],
    instrumentIds: [...new Set(input.instrumentIds ?? [])],
    description: input.description.trim(),
    sourceTitle: input.sourceTitle.trim(),
    sourceOrganisationId: input.sourceOrganisationId ?? null,
    sourceDocumentId: input.sourceDocumentId ?? null,
    assessedOn: input.assessedOn,
    status: 'open',
    confidentiality: input.confidentiality ?? 'state-restricted',
    ownerOrganisationId: ownerOrganisationId ?? '',
  };
  const repo = createNeedsRepo(db);
  const checked = await checkNeedFields(db, repo, actor, fields, todayIso(now));
  issues.push(...checked.issues.filter((i) => ownerOrganisationId || i.path[1] !== 'ownerOrganisationId'));
  if (issues.length > 0) throw validationFailed(issues);

  authorize(actor, 'need:create', {
    kind: 'new-held-record',
    ownerOrganisationId: fields.ownerOrganisationId,
    states: [{ code: fields.stateCode, region: checked.stateRegion }],
    confidentiality: fields.confidentiality,
  });

  const id = await inTransaction(db, async (tx) => {
    const newId = await createNeedsRepo(tx).insert({ ...fields, createdBy: actor.userId, createdAt: now, updatedAt: now });
    await auditNeed(tx, actor, 'need:create', newId, { before: null, after: auditedNeed(fields) }, now);
    return newId;
  });
  const need = (await repo.findById(id))!;
  return { data: toNeedView(need), abilities: needAbilities(actor, need) };
}
