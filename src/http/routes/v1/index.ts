// The v1 API, mounted under /api/v1.
import type { FastifyInstance } from 'fastify';
import { assistanceRequestRoutes } from './assistance-requests.routes.ts';
import { activityRoutes } from './activities.routes.ts';
import { authRoutes } from './auth.routes.ts';
import { authOidcRoutes } from './auth-oidc.routes.ts';
import { changeRoutes } from './changes.routes.ts';
import { documentRoutes } from './documents.routes.ts';
import { coordinationRoutes } from './coordination.routes.ts';
import { needRoutes } from './needs.routes.ts';
import { notificationRoutes } from './notifications.routes.ts';
import { healthRoutes } from './health.routes.ts';
import { importBatchRoutes } from './import-batches.routes.ts';
import { instrumentRoutes } from './instruments.routes.ts';
import { meRoutes } from './me.routes.ts';
import { matrixRoutes } from './matrix.routes.ts';
import { participantRoutes } from './participants.routes.ts';
import { auditLogRoutes } from './audit-log.routes.ts';
import { invitationRoutes } from './invitations.routes.ts';
import { organisationRoutes } from './organisations.routes.ts';
import { peopleRoutes } from './people.routes.ts';
import { programmeRoutes } from './programmes.routes.ts';
import type { RouteDeps } from './route-deps.ts';

export async function v1Routes(app: FastifyInstance, options: RouteDeps) {
  // Only the dependencies travel on: the options object also holds this plugin's `prefix`, which children would
  // apply a second time.
  const { db, now, config, secretKey, sessions } = options;
  const deps: RouteDeps = { db, now, config, secretKey, sessions };
  await app.register(healthRoutes, deps);
  await app.register(participantRoutes, deps);
  await app.register(instrumentRoutes, deps);
  await app.register(matrixRoutes, deps);
  await app.register(changeRoutes, deps);
  await app.register(importBatchRoutes, deps);
  await app.register(authRoutes, deps);
  await app.register(meRoutes, deps);
  await app.register(authOidcRoutes, deps);
  await app.register(organisationRoutes, deps);
  await app.register(peopleRoutes, deps);
  await app.register(invitationRoutes, deps);
  await app.register(auditLogRoutes, deps);
  await app.register(documentRoutes, deps);
  await app.register(coordinationRoutes, deps);
  await app.register(needRoutes, deps);
  await app.register(activityRoutes, deps);
  await app.register(programmeRoutes, deps);
  await app.register(notificationRoutes, deps);
  await app.register(assistanceRequestRoutes, deps);
}
