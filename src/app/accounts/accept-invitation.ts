// Accepting an invitation. Someone new chooses a name and password: the account is created with the invited role
// and a session starts (at the second-factor enrolment step when the role requires one). Someone who already has an
// account with that address only gains the role: their password is not asked for nor taken here, and they sign in
// as usual. The token is consumed in the same transaction, so a link works once even when clicked twice at once.
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { requiresSecondFactor } from '#domain/accounts/types.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { createInvitationsRepo } from '#db/repos/accounts/invitations.repo.ts';
import { createOneTimeTokensRepo } from '#db/repos/accounts/one-time-tokens.repo.ts';
import { createPeopleRepo } from '#db/repos/accounts/people.repo.ts';
import { startSession, type StartedSession } from './start-session.ts';
import { endSessionsLackingSecondFactor } from './support/account-access.ts';
import { mailLanguage } from './support/mail-templates.ts';
import { assertAcceptablePassword, hashPassword } from './support/passwords.ts';
import type { SessionSettings } from './support/session-settings.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';
import { findUsableInvitation, invalidInvitationToken } from './view-invitation.ts';

export interface AcceptInvitationInput {
  /** Required for a new account. */
  displayName?: string;
  /** Required for a new account; ignored when the account exists. */
  password?: string;
  /** The language the person read the invitation in: a new account's first language (else the mail's). */
  language?: string;
}

export interface AcceptedInvitation {
  /** The address already had an account: it gained the role; the person signs in as usual (no session here). */
  accountExists: boolean;
  userId: string;
  session: StartedSession | null;
}

const DISPLAY_NAME_MAX = 200;

async function newAccountSecrets(email: string, input: AcceptInvitationInput) {
  const displayName = input.displayName?.trim() ?? '';
  const issues: ErrorIssue[] = [];
  if (!displayName) issues.push({ path: ['body', 'displayName'], code: 'required', message: 'Give your name.' });
  else if (displayName.length > DISPLAY_NAME_MAX) {
    issues.push({ path: ['body', 'displayName'], code: 'too_long', message: `At most ${DISPLAY_NAME_MAX} characters.` });
  }
  if (!input.password) issues.push({ path: ['body', 'password'], code: 'required', message: 'Choose a password.' });
  if (issues.length) throw new AppError('VALIDATION_FAILED', 'The account details are incomplete.', { issues });
  await assertAcceptablePassword(input.password!, { email, displayName });
  return { displayName, passwordHash: await hashPassword(input.password!) };
}

export async function acceptInvitation(
  db: Db,
  token: string,
  input: AcceptInvitationInput,
  now: Date,
  options: {
    sessions: SessionSettings;
    ip?: string | null;
    userAgent?: string | null;
    /** The caller's current session (another account's, or a pending one): replaced by the new one. */
    replaces?: string | null;
  },
): Promise<AcceptedInvitation> {
  const invitation = await findUsableInvitation(db, token, now);
  if (!invitation) throw invalidInvitationToken('accept');
  const { payload } = invitation;
  const email = invitation.token.email;
  // Hashing takes a while: done before the transaction, and only when an account is to be created.
  const known = await createAccountsRepo(db).findUserByEmail(email);
  const secrets = known ? null : await newAccountSecrets(email, input);

  return inTransaction(db, async (tx) => {
    if (!(await createOneTimeTokensRepo(tx).consume(token, 'invitation', now))) throw invalidInvitationToken('accept');
    const people = createPeopleRepo(tx);
    let user = await createAccountsRepo(tx).findUserByEmail(email);
    const accountExists = user !== undefined;
    const actor = (id: string) => `user:${id}`;
    if (user?.disabledAt) {
      throw new AppError('CONFLICT', 'The account with this address is disabled; ask an administrator.', {
        params: { reason: 'account_disabled' },
      });
    }
    if (!user) {
      if (!secrets) throw invalidInvitationToken('accept');
      user = await people.insertUser({
        email,
        displayName: secrets.displayName,
        passwordHash: secrets.passwordHash,
        passwordChangedAt: now,
        languages: [input.language ? mailLanguage(input.language) : payload.language],
        platformAdmin: payload.platformAdmin,
        createdAt: now,
        updatedAt: now,
      });
    } else if (payload.platformAdmin && !user.platformAdmin) {
      user = (await people.updateUser(user.id, { platformAdmin: true, updatedAt: now }))!;
      await recordAudit(
        tx,
        {
          actor: actor(user.id),
          action: 'person:update',
          targetType: 'person',
          targetId: user.id,
          before: { platformAdmin: false },
          after: { platformAdmin: true, invitationId: invitation.token.id },
        },
        now,
      );
    }
    let membershipId: string | null = null;
    if (payload.organisationId && payload.role) {
      const existing = await people.findMembershipOf(user.id, payload.organisationId, payload.role);
      if (!existing) {
        const values = {
          userId: user.id,
          organisationId: payload.organisationId,
          role: payload.role,
          regions: payload.regions,
          themes: payload.themes,
        };
        const row = await people.insertMembership({ ...values, createdAt: now, createdBy: invitation.token.createdBy });
        membershipId = row.id;
        await recordAudit(
          tx,
          {
            actor: actor(user.id),
            action: 'membership:grant',
            targetType: 'membership',
            targetId: row.id,
            before: null,
            after: { ...values, invitationId: invitation.token.id, invitedBy: invitation.token.createdBy },
          },
          now,
        );
      }
    }
    await createInvitationsRepo(tx).setAcceptedBy(invitation.token.id, user.id);
    await recordAudit(
      tx,
      {
        actor: actor(user.id),
        action: 'invitation:accept',
        targetType: 'invitation',
        targetId: invitation.token.id,
        before: { state: 'pending' },
        after: {
          state: 'accepted',
          userId: user.id,
          accountCreated: !accountExists,
          ...(accountExists ? {} : { email, displayName: user.displayName }),
          membershipId,
        },
      },
      now,
    );
    if (accountExists) {
      await endSessionsLackingSecondFactor(tx, user, now);
      return { accountExists, userId: user.id, session: null };
    }
    const memberships = await createAccountsRepo(tx).membershipsOf(user.id);
    const stage = requiresSecondFactor({ platformAdmin: user.platformAdmin, memberships }) ? 'enrol-second-factor' : 'complete';
    const session = await startSession(
      tx,
      { userId: user.id, stage, method: 'invitation', ip: options.ip, userAgent: options.userAgent, replaces: options.replaces },
      now,
      options.sessions,
    );
    return { accountExists, userId: user.id, session };
  });
}
