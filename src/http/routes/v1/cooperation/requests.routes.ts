// Drafting requests for MLA and extradition (issue 12 §1): list, create (from the finder or from scratch), the
// steps, duplication, shares, attachments and the documents (DOCX, printable page). Answers 404 to whoever is not a
// party, the public included (§3).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';

export async function cooperationRequestRoutes(_app: FastifyInstance, _deps: RouteDeps) {}
