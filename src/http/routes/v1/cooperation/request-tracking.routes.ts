// Tracking a sent request between the two authorities (issue 12 §2): events, the conversation, the figures for the
// report (small cells suppressed) and the feed.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';

export async function requestTrackingRoutes(_app: FastifyInstance, _deps: RouteDeps) {}
