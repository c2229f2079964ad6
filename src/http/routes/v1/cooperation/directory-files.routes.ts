// Placeholder: filled in by issue 11's work on these routes.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';

export async function directoryFileRoutes(_app: FastifyInstance, _deps: RouteDeps) {}
