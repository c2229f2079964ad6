// The directory of organisations: every signed-in person reads it; administrators add, rename and archive.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createOrganisation } from '#app/accounts/create-organisation.ts';
import { getOrganisation } from '#app/accounts/get-organisation.ts';
import { listOrganisations } from '#app/accounts/list-organisations.ts';
import { updateOrganisation } from '#app/accounts/update-organisation.ts';
import { ORGANISATION_KINDS } from '#domain/accounts/types.ts';
import { conditionalWriteErrors, errorBody, paging, recordVersion } from '#http/schemas/common.ts';
import {
  booleanQuery,
  langQuery,
  namesInput,
  oneWith,
  organisationAbilities,
  organisationAbilitiesOf,
  organisationView,
  pageWith,
  stateCodeInput,
  uuidParam,
} from '#http/schemas/accounts/admin.ts';
import { typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite, withETag } from '../shared/versions.ts';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 500: errorBody } as const;
const acronym = z.string().trim().max(50).nullable();

export async function organisationRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);
  const one = oneWith(organisationView, organisationAbilities);

  r.get(
    '/organisations',
    {
      config: { access: 'organisation:read' },
      schema: {
        summary: 'Organisations, by English name',
        tags: ['administration'],
        querystring: z.strictObject({
          q: z.string().trim().min(1).max(100).optional().describe('Part of a name (any language) or acronym.'),
          kind: z.enum(ORGANISATION_KINDS).optional(),
          stateCode: stateCodeInput.optional(),
          includeArchived: booleanQuery.describe('Administrators only: include archived organisations.'),
          lang: langQuery,
          ...paging({ pageSize: 50, max: 500 }),
        }),
        response: { 200: pageWith(organisationView, organisationAbilities), ...errors },
      },
    },
    async (request) => {
      const page = await listOrganisations(deps.db, request.actor, request.query);
      return { ...page, abilities: organisationAbilitiesOf(request.actor) };
    },
  );

  r.post(
    '/organisations',
    {
      config: { access: 'organisation:create' },
      schema: {
        summary: 'Add an organisation',
        description: 'A State authority names its State (stateCode); other kinds have none. An English name is required.',
        tags: ['administration'],
        body: z.strictObject({
          kind: z.enum(ORGANISATION_KINDS),
          names: namesInput,
          acronym: acronym.optional(),
          stateCode: stateCodeInput.nullable().optional(),
        }),
        querystring: z.strictObject({ lang: langQuery }),
        response: { 201: oneWith(organisationView, organisationAbilities), ...errors },
      },
    },
    async (request, reply) => {
      const data = await createOrganisation(deps.db, request.actor, request.body, deps.now(), request.query.lang);
      return reply.code(201).send({ data, abilities: organisationAbilitiesOf(request.actor) });
    },
  );

  r.get(
    '/organisations/:id',
    {
      config: { access: 'organisation:read' },
      schema: {
        summary: 'One organisation',
        tags: ['administration'],
        params: z.strictObject({ id: uuidParam }),
        querystring: z.strictObject({ lang: langQuery }),
        response: { 200: oneWith(organisationView, organisationAbilities), ...errors },
      },
    },
    async (request, reply) => {
      const data = await getOrganisation(deps.db, request.actor, request.params.id, request.query.lang);
      return withETag(reply, { data, abilities: organisationAbilitiesOf(request.actor) });
    },
  );

  r.patch(
    '/organisations/:id',
    {
      config: { access: 'organisation:update' },
      schema: {
        summary: 'Rename an organisation, correct its State, archive or restore it',
        description:
          'The kind cannot change. Archiving ends the rights its memberships give, without deleting them. names ' +
          'changes only the languages it holds (an empty string removes one), so a translation saved meanwhile in ' +
          'another language stays. Send If-Match with the GET’s ETag: 428 without it, 412 with the organisation as ' +
          'it is now when someone changed it since.',
        tags: ['administration'],
        params: z.strictObject({ id: uuidParam }),
        querystring: z.strictObject({ lang: langQuery }),
        body: z.strictObject({
          names: namesInput.optional(),
          acronym: acronym.optional(),
          stateCode: stateCodeInput.nullable().optional(),
          archived: z.boolean().optional(),
          version: recordVersion,
        }),
        response: { 200: one, ...errors, ...conditionalWriteErrors(one) },
      },
    },
    async (request, reply) => {
      const abilities = organisationAbilitiesOf(request.actor);
      const { id } = request.params;
      const { lang } = request.query;
      return conditionalWrite(
        request,
        reply,
        async (expected) => ({
          data: await updateOrganisation(deps.db, request.actor, id, request.body, deps.now(), expected, lang),
          abilities,
        }),
        async () => ({ data: await getOrganisation(deps.db, request.actor, id, lang), abilities }),
      );
    },
  );
}
