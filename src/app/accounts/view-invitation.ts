// What an invitation link is for, shown to whoever holds the link before they accept: the address it was sent to,
// the organisation and role, when it expires, and whether an account with that address exists already (then they
// sign in instead of choosing a password).
import { AppError } from '#domain/errors.ts';
import { requiresSecondFactor, type OrganisationKind, type Role } from '#domain/accounts/types.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { createInvitationsRepo, type InvitationRow } from '#db/repos/accounts/invitations.repo.ts';
import { createOneTimeTokensRepo } from '#db/repos/accounts/one-time-tokens.repo.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

export interface InvitationPreview {
  email: string;
  organisationName: string | null;
  role: Role | null;
  platformAdmin: boolean;
  /** The name the inviter gave, as a default. */
  displayName: string | null;
  /** The language the invitation was written in (a default for the page). */
  language: string;
  expiresAt: string;
  accountExists: boolean;
  /** The person will have to set up a second factor (the acceptance leads there). */
  secondFactorRequired: boolean;
}

const MESSAGE = 'This invitation link is unknown, already used, withdrawn or expired. Ask for a new invitation.';

export function invalidInvitationToken(where: 'view' | 'accept'): AppError {
  return where === 'view'
    ? new AppError('NOT_FOUND', MESSAGE, { params: { resource: 'invitation', reason: 'token_invalid' } })
    : new AppError('VALIDATION_FAILED', MESSAGE, {
        params: { reason: 'token_invalid' },
        issues: [{ path: ['params', 'token'], code: 'token_invalid', message: MESSAGE }],
      });
}

/** The invitation behind a usable token (unused, not withdrawn, not expired, its organisation still active). */
export async function findUsableInvitation(db: Db, token: string, now: Date): Promise<InvitationRow | null> {
  const row = await createOneTimeTokensRepo(db).findUsable(token, 'invitation', now);
  if (!row) return null;
  const invitation = await createInvitationsRepo(db).findById(row.id);
  if (!invitation) return null;
  if (invitation.payload.organisationId && (!invitation.organisation || invitation.organisation.archivedAt)) return null;
  if (!invitation.payload.organisationId && !invitation.payload.platformAdmin) return null;
  return invitation;
}

export async function viewInvitation(db: Db, token: string, now: Date, lang?: string): Promise<InvitationPreview> {
  const invitation = await findUsableInvitation(db, token, now);
  if (!invitation) throw invalidInvitationToken('view');
  const { payload, organisation } = invitation;
  const accounts = createAccountsRepo(db);
  const existing = await accounts.findUserByEmail(invitation.token.email);
  const memberships = existing ? await accounts.membershipsOf(existing.id) : [];
  const role = payload.role as Role | null;
  return {
    email: invitation.token.email,
    organisationName: organisation ? nameOf(organisation.names, lang ?? payload.language) : null,
    role,
    platformAdmin: payload.platformAdmin,
    displayName: payload.displayName,
    language: payload.language,
    expiresAt: invitation.token.expiresAt.toISOString(),
    accountExists: existing !== undefined,
    secondFactorRequired: requiresSecondFactor({
      platformAdmin: payload.platformAdmin || (existing?.platformAdmin ?? false),
      memberships: [
        ...memberships,
        ...(role && organisation
          ? [
              {
                id: 'invited',
                organisationId: organisation.id,
                organisationKind: organisation.kind as OrganisationKind,
                stateCode: organisation.stateCode,
                role,
                regions: payload.regions,
                themes: payload.themes,
              },
            ]
          : []),
      ],
    }),
  };
}
