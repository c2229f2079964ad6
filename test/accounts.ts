// Factories for people, organisations and sessions (they build missing parents, as Outline's do), and the headers a
// signed-in browser would send. Sessions are started through the real use case, not faked.
import { randomUUID } from 'node:crypto';
import { startSession } from '#app/accounts/start-session.ts';
import { DEFAULT_SESSION_SETTINGS } from '#app/accounts/support/session-settings.ts';
import type { OrganisationKind, Role } from '#domain/accounts/types.ts';
import type { Db } from '#db/client.ts';
import { memberships, organisations, users } from '#db/schema/index.ts';

export interface OrganisationInput {
  kind?: OrganisationKind;
  stateCode?: string | null;
  name?: string;
  acronym?: string;
}

export async function buildOrganisation(db: Db, input: OrganisationInput = {}, now = new Date()) {
  const kind = input.kind ?? 'un-entity';
  const stateCode = input.stateCode ?? (kind === 'state-authority' ? 'AFG' : null);
  const [row] = await db
    .insert(organisations)
    .values({
      kind,
      stateCode,
      names: { en: input.name ?? `${kind} ${randomUUID().slice(0, 8)}` },
      acronym: input.acronym ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return row!;
}

const KIND_FOR_ROLE: Record<Role, OrganisationKind> = {
  'entity-officer': 'un-entity',
  coordinator: 'un-entity',
  'focal-point': 'state-authority',
  'donor-representative': 'donor',
  'central-authority-practitioner': 'state-authority',
};

export interface UserInput {
  email?: string;
  displayName?: string;
  /** A membership with this role (in `organisation`, or a new organisation of the fitting kind). */
  role?: Role;
  organisation?: { id: string };
  /** For a new State authority. */
  stateCode?: string;
  regions?: string[] | null;
  platformAdmin?: boolean;
  passwordHash?: string | null;
  totpSecret?: string | null;
  totpEnabledAt?: Date | null;
}

export async function buildUser(db: Db, input: UserInput = {}, now = new Date()) {
  const [user] = await db
    .insert(users)
    .values({
      email: input.email ?? `person-${randomUUID().slice(0, 8)}@example.org`,
      displayName: input.displayName ?? 'Test Person',
      passwordHash: input.passwordHash ?? null,
      platformAdmin: input.platformAdmin ?? false,
      totpSecret: input.totpSecret ?? null,
      totpEnabledAt: input.totpEnabledAt ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  let organisation: { id: string } | null = input.organisation ?? null;
  let membership: typeof memberships.$inferSelect | null = null;
  if (input.role) {
    organisation ??= await buildOrganisation(db, { kind: KIND_FOR_ROLE[input.role], stateCode: input.stateCode }, now);
    [membership] = (await db
      .insert(memberships)
      .values({
        userId: user!.id,
        organisationId: organisation.id,
        role: input.role,
        regions: input.regions ?? null,
        createdAt: now,
        createdBy: 'test',
      })
      .returning()) as [typeof memberships.$inferSelect];
  }
  return { user: user!, organisation, membership };
}

/** A complete (signed-in, second factor passed) session, and the headers a browser would send with it. */
export async function signedIn(db: Db, userId: string, now = new Date()) {
  const session = await startSession(db, { userId, stage: 'complete', method: 'password' }, now, DEFAULT_SESSION_SETTINGS);
  return {
    session,
    headers: { cookie: `accord_session=${session.secret}`, 'x-csrf-token': session.csrfToken },
  };
}
