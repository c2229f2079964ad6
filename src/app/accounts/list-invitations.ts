// Pending invitations (not used, revoked or expired), newest first: all of them for administrators, a focal point's
// State's for that focal point. Each says whether the reader may revoke it.
import { stateCodesOf, type Actor } from '#domain/actor.ts';
import { authorize, can, type Target } from '#domain/policy.ts';
import type { OrganisationKind, Role } from '#domain/accounts/types.ts';
import type { Db } from '#db/client.ts';
import { createInvitationsRepo, type InvitationRow } from '#db/repos/accounts/invitations.repo.ts';
import { toInvitationView, userIdOfLabel, type InvitationView } from './admin-presenters.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';

export interface InvitationQuery extends PageQuery {
  q?: string;
  organisationId?: string;
  lang?: string;
}

export type InvitationListItem = InvitationView & { abilities: { revoke: boolean } };

export function invitationTarget(i: InvitationRow): Target {
  return {
    kind: 'invitation',
    // An invitation without organisation (an administrator's, from the CLI) is the administrators' business alone.
    organisationKind: (i.organisation?.kind ?? 'un-entity') as OrganisationKind,
    stateCode: i.organisation?.stateCode ?? null,
    role: (i.payload.role ?? 'coordinator') as Role,
    invitedBy: userIdOfLabel(i.token.createdBy),
  };
}

export async function listInvitations(
  db: Db,
  actor: Actor,
  query: InvitationQuery,
  now: Date,
): Promise<Page<InvitationListItem>> {
  authorize(actor, 'invitation:read');
  const admin = actor.kind === 'user' && actor.platformAdmin;
  const repo = createInvitationsRepo(db);
  const filter = { q: query.q, organisationId: query.organisationId, withinStateCodes: admin ? null : stateCodesOf(actor) };
  const [rows, total] = await Promise.all([repo.listPending(filter, now, offsetOf(query)), repo.countPending(filter, now)]);
  return {
    data: rows
      // The query already keeps to the reader's scope; the policy has the last word on each row.
      .filter((i) => can(actor, 'invitation:read', invitationTarget(i)))
      .map((i) => ({
        ...toInvitationView(i, query.lang),
        abilities: { revoke: can(actor, 'invitation:revoke', invitationTarget(i)) },
      })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
