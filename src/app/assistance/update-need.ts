// Changes a need: its description, themes, instruments, source, status (open, met, no longer relevant) or
// confidentiality. Its State and holder stay (record a new need for another State). The caller must be allowed to
// update the need as it is, and, when its confidentiality changes, to hold it at the new level. The change and its
// audit entry (before/after) are written in one transaction, with the row locked.
import type { Actor } from '#domain/actor.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import type { NeedStatus } from '#domain/assistance/needs.ts';
import { canonicalJson } from '#domain/accounts/audit.ts';
import { authorize } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { Db } from '#db/client.ts';
import { createNeedsRepo } from '#db/repos/assistance/needs.repo.ts';
import {
  auditNeed,
  auditedNeed,
  checkNeedFields,
  findVisibleNeed,
  needAbilities,
  needTarget,
  needViews,
  validationFailed,
  type NeedAbilities,
  type NeedFields,
  type NeedView,
} from './need-presenters.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export interface NeedChanges {
  themes?: string[];
  instrumentIds?: string[];
  description?: string;
  sourceTitle?: string;
  /** null: no longer named. */
  sourceOrganisationId?: string | null;
  sourceDocumentId?: string | null;
  assessedOn?: string;
  status?: NeedStatus;
  confidentiality?: Exclude<Confidentiality, 'named-people'>;
}

export async function updateNeed(
  db: Db,
  actor: Actor,
  id: string,
  changes: NeedChanges,
  now: Date,
  expectedVersion: number,
): Promise<{ data: NeedView; abilities: NeedAbilities }> {
  authorize(actor, 'need:update');
  const updated = await inTransaction(db, async (tx) => {
    const repo = createNeedsRepo(tx);
    const current = await findVisibleNeed(repo, actor, id, true);
    authorize(actor, 'need:update', needTarget(current));
    assertVersion(current, expectedVersion);
    const next: NeedFields = {
      stateCode: current.stateCode,
      themes: changes.themes ? [...new Set(changes.themes)] : current.themes,
      instrumentIds: changes.instrumentIds ? [...new Set(changes.instrumentIds)] : current.instrumentIds,
      description: changes.description !== undefined ? changes.description.trim() : current.description,
      sourceTitle: changes.sourceTitle !== undefined ? changes.sourceTitle.trim() : current.sourceTitle,
      sourceOrganisationId: changes.sourceOrganisationId !== undefined ? changes.sourceOrganisationId : current.sourceOrganisationId,
      sourceDocumentId: changes.sourceDocumentId !== undefined ? changes.sourceDocumentId : current.sourceDocumentId,
      assessedOn: changes.assessedOn ?? current.assessedOn,
      status: changes.status ?? current.status,
      confidentiality: changes.confidentiality ?? current.confidentiality,
      ownerOrganisationId: current.ownerOrganisationId,
    };
    const checked = await checkNeedFields(tx, repo, actor, next, todayIso(now), {
      organisation: changes.sourceOrganisationId !== undefined,
      document: changes.sourceDocumentId !== undefined,
    });
    if (checked.issues.length > 0) throw validationFailed(checked.issues);
    if (next.confidentiality !== current.confidentiality) {
      authorize(actor, 'need:update', {
        kind: 'new-held-record',
        ownerOrganisationId: next.ownerOrganisationId,
        states: [{ code: next.stateCode, region: checked.stateRegion }],
        confidentiality: next.confidentiality,
      });
    }
    const before = auditedNeed(current);
    const after = auditedNeed(next);
    if (canonicalJson(before) === canonicalJson(after)) return current;
    const { stateCode: _s, ownerOrganisationId: _o, ...patch } = next;
    if (!(await repo.update(current.id, { ...patch, updatedAt: now }, expectedVersion))) throw staleVersion(expectedVersion);
    await auditNeed(tx, actor, 'need:update', current.id, { before, after }, now);
    return (await repo.findById(current.id))!;
  });
  const [view] = await needViews(db, actor, [updated]);
  return { data: view!, abilities: needAbilities(actor, updated) };
}
