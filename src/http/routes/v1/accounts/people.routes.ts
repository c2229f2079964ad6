// People and their memberships: administrators see and manage everyone; a focal point sees the people of their own
// State's authorities. Anyone outside the caller's view answers 404.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { getPerson } from '#app/accounts/get-person.ts';
import { grantMembership } from '#app/accounts/grant-membership.ts';
import { listPeople } from '#app/accounts/list-people.ts';
import { removeMembership } from '#app/accounts/remove-membership.ts';
import { updatePerson } from '#app/accounts/update-person.ts';
import { ROLES } from '#domain/accounts/types.ts';
import { conditionalWriteErrors, errorBody, paging, recordVersion } from '#http/schemas/common.ts';
import {
  langQuery,
  membershipInput,
  oneWith,
  pageWith,
  personAbilities,
  personAbilitiesOf,
  personView,
  stateCodeInput,
  uuidParam,
} from '#http/schemas/accounts/admin.ts';
import { typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite, withETag } from '../shared/versions.ts';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 500: errorBody } as const;

export async function peopleRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);
  const one = oneWith(personView, personAbilities);

  r.get(
    '/people',
    {
      config: { access: 'person:read' },
      schema: {
        summary: 'People, by name',
        description: "Administrators see everyone; a focal point sees the people of their own State's authorities.",
        tags: ['administration'],
        querystring: z.strictObject({
          q: z.string().trim().min(1).max(100).optional().describe('Part of the name or e-mail address.'),
          organisationId: uuidParam.optional(),
          role: z.enum(ROLES).optional(),
          stateCode: stateCodeInput.optional().describe('People of this State’s authorities.'),
          lang: langQuery,
          ...paging({ pageSize: 50, max: 500 }),
        }),
        response: { 200: pageWith(personView, personAbilities), ...errors },
      },
    },
    async (request) => {
      const page = await listPeople(deps.db, request.actor, request.query);
      return { ...page, abilities: personAbilitiesOf(request.actor) };
    },
  );

  r.get(
    '/people/:id',
    {
      config: { access: 'person:read' },
      schema: {
        summary: 'One person with their memberships',
        tags: ['administration'],
        params: z.strictObject({ id: uuidParam }),
        querystring: z.strictObject({ lang: langQuery }),
        response: { 200: one, ...errors },
      },
    },
    async (request, reply) => {
      const data = await getPerson(deps.db, request.actor, request.params.id, request.query.lang);
      return withETag(reply, { data, abilities: personAbilitiesOf(request.actor) });
    },
  );

  r.patch(
    '/people/:id',
    {
      config: { access: 'person:update' },
      schema: {
        summary: 'Disable or re-enable an account; make or unmake an administrator; reset a lost second factor',
        description:
          'Disabling ends the person’s sessions and API tokens at once; resetting the second factor removes their ' +
          'authenticator and ends their sessions (they set up a new one at the next sign-in). Nobody may disable themselves or remove ' +
          'their own administrator flag (409). Send If-Match with the GET’s ETag: 428 without it, 412 with the ' +
          'person as they are now when someone changed them since.',
        tags: ['administration'],
        params: z.strictObject({ id: uuidParam }),
        querystring: z.strictObject({ lang: langQuery }),
        body: z.strictObject({
          disabled: z.boolean().optional(),
          platformAdmin: z.boolean().optional(),
          resetSecondFactor: z.literal(true).optional(),
          version: recordVersion,
        }),
        response: { 200: one, ...errors, ...conditionalWriteErrors(one) },
      },
    },
    async (request, reply) => {
      const abilities = personAbilitiesOf(request.actor);
      const { id } = request.params;
      const { lang } = request.query;
      return conditionalWrite(
        request,
        reply,
        async (expected) => ({ data: await updatePerson(deps.db, request.actor, id, request.body, deps.now(), expected, lang), abilities }),
        async () => ({ data: await getPerson(deps.db, request.actor, id, lang), abilities }),
      );
    },
  );

  r.post(
    '/people/:id/memberships',
    {
      config: { access: 'membership:manage' },
      schema: {
        summary: 'Give a person a role in an organisation',
        description: 'The role must fit the organisation’s kind (a focal point only in a State authority, …).',
        tags: ['administration'],
        params: z.strictObject({ id: uuidParam }),
        querystring: z.strictObject({ lang: langQuery }),
        body: z.strictObject(membershipInput),
        response: { 201: one, ...errors },
      },
    },
    async (request, reply) => {
      const data = await grantMembership(deps.db, request.actor, request.params.id, request.body, deps.now(), request.query.lang);
      return reply.code(201).send({ data, abilities: personAbilitiesOf(request.actor) });
    },
  );

  r.delete(
    '/people/:id/memberships/:membershipId',
    {
      config: { access: 'membership:manage' },
      schema: {
        summary: 'Take a role away',
        tags: ['administration'],
        params: z.strictObject({ id: uuidParam, membershipId: uuidParam }),
        response: { 204: z.null().describe('No content.'), ...errors },
      },
    },
    async (request, reply) => {
      await removeMembership(deps.db, request.actor, request.params.id, request.params.membershipId, deps.now());
      return reply.code(204).send(null);
    },
  );
}
