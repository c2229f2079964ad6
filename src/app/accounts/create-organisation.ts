// An administrator adds an organisation to the directory.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { OrganisationKind } from '#domain/accounts/types.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createOrganisationsRepo } from '#db/repos/accounts/organisations.repo.ts';
import { toOrganisationView, type OrganisationView } from './admin-presenters.ts';
import { assertValidOrganisation, cleanNames } from './support/organisation-rules.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';

export interface NewOrganisation {
  kind: OrganisationKind;
  names: LocalizedText;
  acronym?: string | null;
  stateCode?: string | null;
}

export async function createOrganisation(
  db: Db,
  actor: Actor,
  input: NewOrganisation,
  now: Date,
  lang = 'en',
): Promise<OrganisationView> {
  authorize(actor, 'organisation:create');
  const values = {
    kind: input.kind,
    names: cleanNames(input.names),
    acronym: input.acronym?.trim() || null,
    stateCode: input.stateCode?.toUpperCase() || null,
  };
  return inTransaction(db, async (tx) => {
    const repo = createOrganisationsRepo(tx);
    await assertValidOrganisation(values, (code) => repo.participantExists(code));
    const row = await repo.insert({ ...values, createdAt: now, updatedAt: now });
    await recordAudit(
      tx,
      {
        actor: actorLabel(actor),
        action: 'organisation:create',
        targetType: 'organisation',
        targetId: row.id,
        before: null,
        after: values,
      },
      now,
    );
    return toOrganisationView({ ...row, memberCount: 0 }, lang);
  });
}
