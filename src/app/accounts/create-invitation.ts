// Inviting someone: an administrator to any organisation (and, if they wish, as administrator), a focal point only
// colleagues of their own State's authorities as focal points (src/domain/policy.ts). The link goes by e-mail, once;
// only its hash is kept. It works for 7 days, once.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import { type OrganisationKind, type Role } from '#domain/accounts/types.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo, normaliseEmail } from '#db/repos/accounts/accounts.repo.ts';
import { createInvitationsRepo, type InvitationPayload } from '#db/repos/accounts/invitations.repo.ts';
import { createOneTimeTokensRepo } from '#db/repos/accounts/one-time-tokens.repo.ts';
import { createPeopleRepo } from '#db/repos/accounts/people.repo.ts';
import { toInvitationView, type InvitationView } from './admin-presenters.ts';
import { queueMail } from './support/mail.ts';
import { mailLanguage, renderMail } from './support/mail-templates.ts';
import { checkMembership, cleanList } from './support/membership-rules.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

export const INVITATION_TTL_MS = 7 * 24 * 3600_000;

export interface InvitationInput {
  email: string;
  organisationId: string;
  role: Role;
  regions?: string[] | null;
  themes?: string[] | null;
  platformAdmin?: boolean;
  /** Of the mail; default: the inviter's first language. */
  language?: string;
  /** The invited person's name, offered as a default when they accept. */
  displayName?: string | null;
}

export interface IssuedInvitation {
  invitation: InvitationView;
  /** The secret link. Never returned by the API (it goes by mail); printed by the CLI for the first administrator. */
  link: string;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The link opens the web app in the invitation's language (`/{lang}/invitations/{token}`), not the browser's. */
export function invitationLink(baseUrl: string, token: string, language?: string | null): string {
  return `${baseUrl}/${mailLanguage(language)}/invitations/${token}`;
}

/** Stores the invitation, queues its mail and audits it: in the caller's transaction. */
export async function issueInvitation(
  tx: Db,
  input: {
    email: string;
    payload: InvitationPayload;
    createdBy: string;
    ttlMs: number;
    baseUrl: string;
    inviterName: string | null;
    organisationName: string | null;
  },
  now: Date,
): Promise<IssuedInvitation> {
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email)) {
    throw new AppError('VALIDATION_FAILED', 'The e-mail address is not valid.', {
      issues: [{ path: ['body', 'email'], code: 'invalid_email', message: 'must be an e-mail address' }],
    });
  }
  const invitations = createInvitationsRepo(tx);
  const { payload } = input;
  if (await invitations.findPendingLike(email, payload.organisationId, payload.role, now)) {
    throw new AppError('CONFLICT', 'This address already has a pending invitation for this; revoke it first to send another.', {
      params: { reason: 'already_invited' },
    });
  }
  const created = await createOneTimeTokensRepo(tx).create(
    { purpose: 'invitation', email, userId: null, payload: { ...payload }, ttlMs: input.ttlMs, createdBy: input.createdBy },
    now,
  );
  const link = invitationLink(input.baseUrl, created.secret, payload.language);
  const mail = renderMail('invitation', payload.language, {
    link,
    expiresAt: created.expiresAt,
    organisationName: input.organisationName,
    role: payload.role as Role | null,
    platformAdmin: payload.platformAdmin,
    inviterName: input.inviterName,
    displayName: payload.displayName,
  });
  await queueMail(tx, { to: email, ...mail }, now);
  const { language: _language, displayName: _displayName, ...granted } = payload;
  await recordAudit(
    tx,
    {
      actor: input.createdBy,
      action: 'invitation:create',
      targetType: 'invitation',
      targetId: created.id,
      before: null,
      after: { email, ...granted, expiresAt: created.expiresAt.toISOString() },
    },
    now,
  );
  const invitation = (await invitations.findById(created.id))!;
  return { invitation: toInvitationView(invitation, payload.language), link };
}

export async function createInvitation(
  db: Db,
  actor: Actor,
  input: InvitationInput,
  now: Date,
  options: { baseUrl: string; lang?: string },
): Promise<IssuedInvitation> {
  authorize(actor, 'invitation:create');
  if (input.platformAdmin && !(actor.kind === 'user' && actor.platformAdmin)) {
    throw new AppError('FORBIDDEN', 'Only an administrator may invite an administrator.', {
      params: { action: 'invitation:create' },
    });
  }
  const inviter = actor.kind === 'user' ? await createAccountsRepo(db).findUserById(actor.userId) : undefined;
  return inTransaction(db, async (tx) => {
    const organisation = await checkMembership(tx, input);
    authorize(actor, 'invitation:create', {
      kind: 'invitation',
      organisationKind: organisation.kind as OrganisationKind,
      stateCode: organisation.stateCode,
      role: input.role,
      invitedBy: null,
    });
    const email = normaliseEmail(input.email);
    const existing = await createAccountsRepo(tx).findUserByEmail(email);
    if (existing && (await createPeopleRepo(tx).findMembershipOf(existing.id, organisation.id, input.role))) {
      throw new AppError('CONFLICT', 'This person already has this role in this organisation.', {
        params: { reason: 'already_member' },
      });
    }
    const language = mailLanguage(input.language ?? inviter?.languages[0]);
    const issued = await issueInvitation(
      tx,
      {
        email,
        payload: {
          organisationId: organisation.id,
          role: input.role,
          regions: cleanList(input.regions),
          themes: cleanList(input.themes),
          platformAdmin: input.platformAdmin === true,
          displayName: input.displayName?.trim() || null,
          language,
        },
        createdBy: actorLabel(actor),
        ttlMs: INVITATION_TTL_MS,
        baseUrl: options.baseUrl,
        inviterName: inviter?.displayName ?? null,
        organisationName: nameOf(organisation.names, language),
      },
      now,
    );
    return { ...issued, invitation: { ...issued.invitation, organisationName: nameOf(organisation.names, options.lang) } };
  });
}
