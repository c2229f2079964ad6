// An administrator renames an organisation, corrects its State, or archives it (its memberships then stop giving
// any right: see accounts.repo membershipsOf) or brings it back. Its kind is fixed: roles are granted by kind.
// Names are merged per language: a write changes only the languages it sends (an empty one removes that language),
// so a translation saved meanwhile in another language is kept. The write also names the version it was made on.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { canonicalJson } from '#domain/accounts/audit.ts';
import { authorize } from '#domain/policy.ts';
import type { OrganisationKind } from '#domain/accounts/types.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createOrganisationsRepo, type OrganisationRow } from '#db/repos/accounts/organisations.repo.ts';
import { toOrganisationView, type OrganisationView } from './admin-presenters.ts';
import { organisationNotFound } from './get-organisation.ts';
import { assertValidOrganisation, cleanNames } from './support/organisation-rules.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export interface OrganisationChanges {
  /** Only the languages given change; an empty string removes that language. */
  names?: LocalizedText;
  acronym?: string | null;
  stateCode?: string | null;
  archived?: boolean;
}

const audited = (o: OrganisationRow) => ({
  names: o.names,
  acronym: o.acronym,
  stateCode: o.stateCode,
  archived: o.archivedAt !== null,
});

export async function updateOrganisation(
  db: Db,
  actor: Actor,
  id: string,
  changes: OrganisationChanges,
  now: Date,
  expectedVersion: number,
  lang = 'en',
): Promise<OrganisationView> {
  authorize(actor, 'organisation:update');
  return inTransaction(db, async (tx) => {
    const repo = createOrganisationsRepo(tx);
    const current = await repo.lock(id);
    if (!current) throw organisationNotFound(id);
    assertVersion(current, expectedVersion);
    const next = {
      names: changes.names !== undefined ? cleanNames({ ...current.names, ...changes.names }) : current.names,
      acronym: changes.acronym !== undefined ? changes.acronym?.trim() || null : current.acronym,
      stateCode: changes.stateCode !== undefined ? changes.stateCode?.toUpperCase() || null : current.stateCode,
      archivedAt:
        changes.archived === undefined ? current.archivedAt : changes.archived ? (current.archivedAt ?? now) : null,
    };
    await assertValidOrganisation({ kind: current.kind as OrganisationKind, ...next }, (code) => repo.participantExists(code));
    const before = audited(current);
    const after = audited({ ...current, ...next });
    if (canonicalJson(before) !== canonicalJson(after)) {
      if (!(await repo.update(id, { ...next, updatedAt: now }, expectedVersion))) throw staleVersion(expectedVersion);
      await recordAudit(
        tx,
        { actor: actorLabel(actor), action: 'organisation:update', targetType: 'organisation', targetId: id, before, after },
        now,
      );
    }
    return toOrganisationView((await repo.findById(id))!, lang);
  });
}
