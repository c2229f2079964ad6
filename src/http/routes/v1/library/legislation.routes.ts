// Legislation (issue 13 §1): what each instrument requires States to enact (the checklists), assessments of how far a
// State's law incorporates each requirement, a State's legislation view and the legislation matrix. All reads are
// public, like treaty status (the evidence is public law); they change with every assessment, so they are not cached
// by the data version.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { getChecklists } from '#app/library/get-checklist.ts';
import { getLegislationMatrix } from '#app/library/get-legislation-matrix.ts';
import { getStateLegislation } from '#app/library/get-state-legislation.ts';
import { recordIncorporationAssessment } from '#app/library/record-incorporation-assessment.ts';
import { withdrawIncorporationAssessment } from '#app/library/withdraw-incorporation-assessment.ts';
import { errorBody, idParams, readErrors, signedInErrors } from '#http/schemas/common.ts';
import {
  assessmentView,
  checklistsResponse,
  instrumentIdParam,
  legislationMatrixView,
  newAssessmentBody,
  stateCodeParam,
  stateLegislationView,
} from '#http/schemas/library/legislation.ts';
import { typed, type RouteDeps } from '../route-deps.ts';

export async function legislationRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);

  r.get(
    '/legislation/checklists',
    {
      config: { access: 'legislation:read' },
      schema: {
        summary: 'What each instrument requires States to enact: its checklist, each item citing its article',
        description: 'Not paged: 21 instruments, a few dozen items each.',
        tags: ['legislation'],
        response: { 200: checklistsResponse, ...readErrors },
      },
    },
    async () => ({ data: await getChecklists(deps.db) }),
  );

  r.get(
    '/legislation/checklists/:instrumentId',
    {
      config: { access: 'legislation:read' },
      schema: {
        summary: "One instrument's checklist",
        tags: ['legislation'],
        params: z.strictObject({ instrumentId: instrumentIdParam }),
        response: { 200: checklistsResponse, ...readErrors },
      },
    },
    async (request) => ({ data: await getChecklists(deps.db, request.params.instrumentId) }),
  );

  r.get(
    '/legislation/matrix',
    {
      config: { access: 'legislation:read' },
      schema: {
        summary: 'States × instruments: how far each State’s law incorporates each instrument (States with an assessment)',
        tags: ['legislation'],
        response: { 200: z.object({ data: legislationMatrixView }), ...readErrors },
      },
    },
    async () => ({ data: await getLegislationMatrix(deps.db, deps.now()) }),
  );

  r.get(
    '/states/:code/legislation',
    {
      config: { access: 'legislation:read' },
      schema: {
        summary: "A State's legislation: per instrument, the checklist with its current assessments, evidence and disagreements",
        tags: ['legislation'],
        params: z.strictObject({ code: stateCodeParam }),
        response: { 200: z.object({ data: stateLegislationView }), ...readErrors },
      },
    },
    async (request) => ({ data: await getStateLegislation(deps.db, request.actor, request.params.code, deps.now()) }),
  );

  r.post(
    '/legislation/assessments',
    {
      config: { access: 'incorporation-assessment:create' },
      schema: {
        summary: "Record how far a State's law incorporates one requirement, on the evidence of a provision",
        description:
          'Supersedes the same organisation’s current assessment of the same State × requirement; other organisations’ stay (disagreements show).',
        tags: ['legislation'],
        body: newAssessmentBody,
        response: { 201: z.object({ data: assessmentView }), ...signedInErrors },
      },
    },
    async (request, reply) => {
      const data = await recordIncorporationAssessment(deps.db, request.actor, request.body, deps.now());
      return reply.code(201).send({ data });
    },
  );

  r.delete(
    '/legislation/assessments/:id',
    {
      config: { access: 'incorporation-assessment:withdraw' },
      schema: {
        summary: 'Withdraw an assessment (kept, marked superseded)',
        tags: ['legislation'],
        params: idParams,
        response: { 204: z.null().describe('Withdrawn.'), 409: errorBody, ...signedInErrors },
      },
    },
    async (request, reply) => {
      await withdrawIncorporationAssessment(deps.db, request.actor, request.params.id, deps.now());
      return (reply as FastifyReply).code(204).send();
    },
  );
}
