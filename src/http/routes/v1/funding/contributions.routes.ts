// The books (issue 14 §1): pledges and contributions, their allocations to programmes and activities, expenditure
// against those, and each donor's balances at a date. Reads follow the funding policy (the assisting entities read
// all; a donor's representatives their own donor's; another donor's contribution is a 404); writes are the receiving
// entity's officers'. An allocation or expenditure beyond what is available answers 409 naming the balance left.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { allocateContribution } from '#app/funding/allocate-contribution.ts';
import { getBalances } from '#app/funding/get-balances.ts';
import { getContribution } from '#app/funding/get-contribution.ts';
import { listContributions } from '#app/funding/list-contributions.ts';
import { recordContribution } from '#app/funding/record-contribution.ts';
import { recordExpenditure } from '#app/funding/record-expenditure.ts';
import { updateContribution } from '#app/funding/update-contribution.ts';
import { asOfParam, conditionalWriteErrors, errorBody, idParams, signedInErrors } from '#http/schemas/common.ts';
import {
  allocationCreate,
  allocationResponse,
  balancesResponse,
  contributionCreate,
  contributionDetailResponse,
  contributionListQuery,
  contributionPage,
  contributionPatch,
  contributionResponse,
  expenditureCreate,
  expenditureResponse,
} from '#http/schemas/funding/contributions.ts';
import { privateNoStore, typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite, withETag } from '../shared/versions.ts';

const writeErrors = { ...signedInErrors, 409: errorBody } as const;

export async function contributionRoutes(app: FastifyInstance, deps: RouteDeps) {
  privateNoStore(app);
  const r = typed(app);

  r.get(
    '/funding/contributions',
    {
      config: { access: 'funding:read' },
      schema: {
        summary: 'Pledges and contributions you may read, newest first, each with its balance at a date',
        description: 'The assisting entities’ people read all; a donor’s representatives their own donor’s.',
        tags: ['funding'],
        querystring: contributionListQuery.extend({ asOf: asOfParam(deps.now) }),
        response: { 200: contributionPage, ...signedInErrors },
      },
    },
    async (request) => listContributions(deps.db, request.actor, request.query, deps.now()),
  );

  r.post(
    '/funding/contributions',
    {
      config: { access: 'funding:write' },
      schema: {
        summary: 'Record a pledge or contribution (cash valued at the rate of its date, or in kind with its valuation)',
        description:
          'Without `rate`, a cash amount in another currency than the US dollar is valued at the latest imported rate on ' +
          'or before its date (of `rateSource` when named); none → 400 naming the currency. Earmarks: none, programme ' +
          '(its id), region (a regional group), theme, mandate (68/187/OP9), state (its code).',
        tags: ['funding'],
        body: contributionCreate,
        response: { 201: contributionResponse, ...signedInErrors },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return recordContribution(deps.db, request.actor, request.body, deps.now());
    },
  );

  r.get(
    '/funding/contributions/:id',
    {
      config: { access: 'funding:read' },
      schema: {
        summary: 'A pledge or contribution with its allocations and expenditure, and their balances at a date',
        tags: ['funding'],
        params: idParams,
        querystring: z.strictObject({ asOf: asOfParam(deps.now) }),
        response: { 200: contributionDetailResponse, ...signedInErrors },
      },
    },
    async (request, reply) => withETag(reply, await getContribution(deps.db, request.actor, request.params.id, deps.now(), request.query.asOf)),
  );

  r.patch(
    '/funding/contributions/:id',
    {
      config: { access: 'funding:write' },
      schema: {
        summary: 'Correct a pledge or contribution',
        description:
          'Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now. ' +
          'The amount never falls below what is allocated from it (409); a new date revalues it at that date’s rate.',
        tags: ['funding'],
        params: idParams,
        body: contributionPatch,
        response: { 200: contributionResponse, ...writeErrors, ...conditionalWriteErrors(contributionDetailResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        (expected) => updateContribution(deps.db, request.actor, request.params.id, request.body, deps.now(), expected),
        () => getContribution(deps.db, request.actor, request.params.id, deps.now()),
      ),
  );

  r.post(
    '/funding/contributions/:id/allocations',
    {
      config: { access: 'funding:write' },
      schema: {
        summary: 'Allocate part of a contribution to a programme or an activity',
        description: 'Never more than the contribution’s balance (409 names what is available), never from a pledge, never dated before the contribution.',
        tags: ['funding'],
        params: idParams,
        body: allocationCreate,
        response: { 201: allocationResponse, ...writeErrors },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return allocateContribution(deps.db, request.actor, request.params.id, request.body, deps.now());
    },
  );

  r.post(
    '/funding/allocations/:id/expenditures',
    {
      config: { access: 'funding:write' },
      schema: {
        summary: 'Record expenditure against an allocation',
        description: 'Never more than the allocation’s balance (409 names what is left), never dated before the allocation.',
        tags: ['funding'],
        params: idParams,
        body: expenditureCreate,
        response: { 201: expenditureResponse, ...writeErrors },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return recordExpenditure(deps.db, request.actor, request.params.id, request.body, deps.now());
    },
  );

  r.get(
    '/funding/balances',
    {
      config: { access: 'funding:read' },
      schema: {
        summary: 'Totals and balances per donor at a date, per currency and in US dollars',
        tags: ['funding'],
        querystring: z.strictObject({ asOf: asOfParam(deps.now), donorOrganisationId: z.uuid().optional() }),
        response: { 200: balancesResponse, ...signedInErrors },
      },
    },
    async (request) => getBalances(deps.db, request.actor, request.query, deps.now()),
  );
}
