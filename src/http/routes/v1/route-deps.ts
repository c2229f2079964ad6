// What every v1 route module receives, and the abilities they present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '#config';
import type { Db } from '#app/database.ts';
import type { SessionSettings } from '#app/support/session-settings.ts';
import type { Actor } from '#domain/actor.ts';
import { abilitiesFor } from '#domain/policy.ts';

export interface RouteDeps {
  db: Db;
  now: () => Date;
  config: Config;
  /** Encrypts second-factor secrets at rest. */
  secretKey: Buffer;
  sessions: SessionSettings;
}


export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

/** Abilities on treaty data, from the one policy (the web app shows buttons from these, never re-derives them). */
export function treatyAbilities(actor: Actor) {
  return abilitiesFor(actor, { export: 'treaty-status:export', import: 'import-batch:create' });
}
