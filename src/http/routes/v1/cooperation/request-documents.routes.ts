// A request's template and documents (issue 12 §1): the template's words in one language, the DOCX in the language
// the requested State accepts, and the printable page.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';

export async function requestDocumentRoutes(_app: FastifyInstance, _deps: RouteDeps) {}
