// One organisation. An archived one is visible to administrators only (others get 404, as for an unknown id).
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize, can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createOrganisationsRepo } from '#db/repos/accounts/organisations.repo.ts';
import { toOrganisationView, type OrganisationView } from './admin-presenters.ts';

export function organisationNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', `No organisation ${id}.`, { params: { resource: 'organisation', id } });
}

export async function getOrganisation(db: Db, actor: Actor, id: string, lang = 'en'): Promise<OrganisationView> {
  authorize(actor, 'organisation:read');
  const row = await createOrganisationsRepo(db).findById(id);
  if (!row || (row.archivedAt && !can(actor, 'organisation:update'))) throw organisationNotFound(id);
  return toOrganisationView(row, lang);
}
