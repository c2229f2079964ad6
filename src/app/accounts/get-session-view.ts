// What the web app needs to know about the caller on every page: who they are, how far through signing in, their
// memberships, the CSRF token to send, and what they may do (from the one policy).
import { ANONYMOUS, type Actor } from '#domain/actor.ts';
import { requiresSecondFactor } from '#domain/accounts/types.ts';
import { abilitiesFor } from '#domain/policy.ts';
import { draftsCooperationRequests } from '#domain/cooperation/policy.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo, type UserRow } from '#db/repos/accounts/accounts.repo.ts';
import { createRecoveryCodesRepo } from '#db/repos/accounts/recovery-codes.repo.ts';
import { toMembershipView, type MembershipView } from './admin-presenters.ts';
import type { SessionStage } from './start-session.ts';

export interface AccountView {
  id: string;
  email: string;
  displayName: string;
  languages: string[];
  platformAdmin: boolean;
  /** A second factor is set up and in use. */
  secondFactor: boolean;
  /** The person's roles require one (then it cannot be turned off). */
  secondFactorRequired: boolean;
  /** Recovery codes not yet used (0 without a second factor). */
  recoveryCodesRemaining: number;
  memberships: MembershipView[];
  /** Of the account record, bumped by every change (ADR 19). */
  version: number;
}

export interface SessionView {
  user: AccountView | null;
  stage: 'anonymous' | SessionStage;
  csrfToken: string;
  oidc: { name: string } | null;
}

/** The abilities every page may show (menu entries, buttons), answered by the policy for this actor. */
export function sessionAbilities(actor: Actor) {
  const abilities = abilitiesFor(actor, {
    administer: 'person:update',
    invite: 'invitation:create',
    importStatus: 'import-batch:create',
    readAuditLog: 'audit-log:read',
    createDocument: 'document:create',
    // The header's menu shows only the screens the reader may open.
    readRequests: 'assistance-request:read',
    coordinate: 'coordination:read',
    readNeeds: 'need:read',
    readFunding: 'funding:read',
    // The Secretary-General's report drafts (coordinators).
    readReports: 'report:read',
  });
  // Requests for MLA and extradition: only their parties learn they exist (every route answers 404 to others), so
  // the menu entry follows whether the person practises in a State authority, not a policy action.
  return { ...abilities, draftCooperationRequests: draftsCooperationRequests(actor) };
}
export type SessionAbilities = ReturnType<typeof sessionAbilities>;

export async function getAccountView(db: Db, userId: string): Promise<AccountView | null> {
  const user = await createAccountsRepo(db).findUserById(userId);
  return user ? accountView(db, user) : null;
}

async function accountView(db: Db, user: UserRow): Promise<AccountView> {
  const [memberships, recoveryCodesRemaining] = await Promise.all([
    createAccountsRepo(db).membershipsWithOrganisation(user.id),
    user.totpEnabledAt ? createRecoveryCodesRepo(db).remaining(user.id) : 0,
  ]);
  const language = user.languages[0] ?? 'en';
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    languages: user.languages,
    platformAdmin: user.platformAdmin,
    secondFactor: user.totpEnabledAt !== null,
    secondFactorRequired: requiresSecondFactor({ platformAdmin: user.platformAdmin, memberships }),
    recoveryCodesRemaining,
    memberships: memberships.map((m) => toMembershipView(m, language)),
    version: user.version,
  };
}

/**
 * The view of a caller. `session`: the caller's session (pending or complete), or null for none. `actor`: the caller
 * as authenticated, for the abilities; when omitted it is derived from the session (a pending session has none).
 */
export async function getSessionView(
  db: Db,
  input: {
    /** `stage` as stored: second-factor | enrol-second-factor | complete. */
    session: { userId: string; stage: string; csrfToken: string } | null;
    /** The CSRF token to use when there is no session (the double-submit cookie's). */
    anonymousCsrfToken?: string;
    oidcName: string | null;
    actor?: Actor;
  },
): Promise<{ data: SessionView; abilities: SessionAbilities }> {
  const oidc = input.oidcName ? { name: input.oidcName } : null;
  const user = input.session ? await createAccountsRepo(db).findUserById(input.session.userId) : undefined;
  if (!input.session || !user) {
    const data: SessionView = { user: null, stage: 'anonymous', csrfToken: input.anonymousCsrfToken ?? '', oidc };
    return { data, abilities: sessionAbilities(input.actor ?? ANONYMOUS) };
  }
  const complete = input.session.stage === 'complete';
  const full = await accountView(db, user);
  // Until the second factor passes, the password alone must not reveal where the person works.
  const view = complete ? full : { ...full, memberships: [] };
  let actor = input.actor;
  if (!actor) {
    actor =
      complete
        ? {
            kind: 'user',
            userId: user.id,
            platformAdmin: user.platformAdmin,
            memberships: await createAccountsRepo(db).membershipsOf(user.id),
          }
        : ANONYMOUS;
  }
  return {
    data: { user: view, stage: input.session.stage as SessionStage, csrfToken: input.session.csrfToken, oidc },
    abilities: sessionAbilities(actor),
  };
}
