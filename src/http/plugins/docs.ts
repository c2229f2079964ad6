// OpenAPI 3.1 generated from the routes' zod schemas, and interactive docs at /api/docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { contractTransform, contractTransformObject, SECURITY_SCHEMES } from '../openapi.ts';
import { withRouteAccess } from './access.ts';

export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Accord API',
        version: '1',
        description:
          'Which States are party to the universal legal instruments against terrorism, derived from the ' +
          "depositaries' published status lists. Errors: `{ error: { code, message, params, issues } }`. Unknown " +
          'query parameters are rejected (400 VALIDATION_FAILED). Public data carries a strong ETag.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      // Relative: the API is served by the same origin as the docs and the web app, wherever that is deployed.
      servers: [{ url: '/', description: 'This server' }],
      components: { securitySchemes: SECURITY_SCHEMES },
      tags: [
        { name: 'treaty status', description: 'Participants, instruments, the matrix and changes' },
        { name: 'imports', description: 'Provenance: the imported status lists' },
        { name: 'meta', description: 'Service health' },
      ],
    },
    transform: contractTransform,
    transformObject: contractTransformObject,
  });
}

export async function installDocsUi(app: FastifyInstance): Promise<void> {
  // The UI's own routes and assets are public; its page gets swagger-ui's hash-based CSP instead of ours.
  await app.register(
    withRouteAccess('public', async (scope) => {
      await scope.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
    }),
  );
}
