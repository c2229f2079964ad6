// The v1 API, mounted under /api/v1.
import type { FastifyInstance } from 'fastify';
import { assistanceRequestRoutes } from './assistance/assistance-requests.routes.ts';
import { activityRoutes } from './assistance/activities.routes.ts';
import { authRoutes } from './accounts/auth.routes.ts';
import { authOidcRoutes } from './accounts/auth-oidc.routes.ts';
import { changeRoutes } from './treaties/changes.routes.ts';
import { documentRoutes } from './library/documents.routes.ts';
import { coordinationRoutes } from './assistance/coordination.routes.ts';
import { needRoutes } from './assistance/needs.routes.ts';
import { notificationRoutes } from './accounts/notifications.routes.ts';
import { healthRoutes } from './health.routes.ts';
import { importBatchRoutes } from './treaties/import-batches.routes.ts';
import { instrumentRoutes } from './treaties/instruments.routes.ts';
import { meRoutes } from './accounts/me.routes.ts';
import { matrixRoutes } from './treaties/matrix.routes.ts';
import { participantRoutes } from './treaties/participants.routes.ts';
import { auditLogRoutes } from './accounts/audit-log.routes.ts';
import { invitationRoutes } from './accounts/invitations.routes.ts';
import { setupRoutes } from './accounts/setup.routes.ts';
import { organisationRoutes } from './accounts/organisations.routes.ts';
import { peopleRoutes } from './accounts/people.routes.ts';
import { programmeRoutes } from './assistance/programmes.routes.ts';
import { legalBasisRoutes } from './cooperation/legal-basis.routes.ts';
import { registerRoutes } from './cooperation/register.routes.ts';
import { authorityRoutes } from './cooperation/authorities.routes.ts';
import { directoryFileRoutes } from './cooperation/directory-files.routes.ts';
import { cooperationRequestRoutes } from './cooperation/requests.routes.ts';
import { requestTrackingRoutes } from './cooperation/request-tracking.routes.ts';
import { requestDocumentRoutes } from './cooperation/request-documents.routes.ts';
import { articleRoutes } from './treaties/articles.routes.ts';
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
  await app.register(setupRoutes, deps);
  await app.register(auditLogRoutes, deps);
  await app.register(documentRoutes, deps);
  await app.register(coordinationRoutes, deps);
  await app.register(needRoutes, deps);
  await app.register(activityRoutes, deps);
  await app.register(programmeRoutes, deps);
  await app.register(notificationRoutes, deps);
  await app.register(assistanceRequestRoutes, deps);
  await app.register(articleRoutes, deps);
  await app.register(legalBasisRoutes, deps);
  await app.register(registerRoutes, deps);
  await app.register(authorityRoutes, deps);
  await app.register(directoryFileRoutes, deps);
  await app.register(cooperationRequestRoutes, deps);
  await app.register(requestTrackingRoutes, deps);
  await app.register(requestDocumentRoutes, deps);
}
