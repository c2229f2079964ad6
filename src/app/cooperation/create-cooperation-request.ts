// Starts drafting a request for MLA or extradition (issue 12 §1), from scratch or from a legal-basis answer. Only a
// central-authority practitioner of a State authority drafts; to anyone else the route does not exist (404). What
// Accord knows is filled in: the requesting authority and its contact from the caller, the requested authority from
// the requested State's directory entry, and, from the finder, the treaty and the articles it cites.
import type { Actor } from '#domain/actor.ts';
import type { ConductId } from '#domain/cooperation/conducts.ts';
import { emptyContent, type RequestContent } from '#domain/cooperation/requests.ts';
import type { CooperationKind } from '#domain/cooperation/types.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo, createRequestNamesRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';
import { inTransaction } from '../shared/transaction.ts';
import { findLegalBasis } from './find-legal-basis.ts';
import {
  auditRequest,
  defaultRequestedAuthority,
  draftingOrganisations,
  presentRequest,
  requestedAuthorityOf,
  requestedPartFrom,
  requestNotFound,
  validationFailed,
  type RequestDetailView,
} from './request-presenters.ts';

export interface NewCooperationRequest {
  kind: CooperationKind;
  requestedStateCode: string;
  requestingOrganisationId?: string;
  requestedAuthorityId?: string;
  fromFinder?: {
    conduct: ConductId;
    asOf?: string;
    instrumentId: string | null;
    bilateralTreatyId?: string | null;
    articles?: string;
  };
}

export async function createCooperationRequest(db: Db, actor: Actor, input: NewCooperationRequest, now: Date): Promise<{ data: RequestDetailView }> {
  if (actor.kind !== 'user') throw requestNotFound('new');
  const organisation = requestingOrganisation(actor, input.requestingOrganisationId);
  const names = createRequestNamesRepo(db);
  const states = await names.states([organisation.stateCode, input.requestedStateCode]);
  if (!states.get(input.requestedStateCode)?.isState) {
    throw validationFailed([{ path: ['body', 'requestedStateCode'], code: 'unknown_state', message: `${input.requestedStateCode} is not a State Accord knows` }]);
  }
  if (input.requestedStateCode === organisation.stateCode) {
    throw validationFailed([{ path: ['body', 'requestedStateCode'], code: 'same_state', message: 'must differ from the requesting State' }]);
  }

  const content = emptyContent();
  if (input.fromFinder) content.legalBasis = await legalBasisFromFinder(db, input, organisation.stateCode, now);
  const entry = input.requestedAuthorityId
    ? await requestedAuthorityOf(db, input.requestedAuthorityId, input.requestedStateCode, ['requestedAuthorityId'])
    : await defaultRequestedAuthority(db, input.requestedStateCode, input.kind, content.legalBasis.instrumentId);
  content.requested = requestedPartFrom(entry, content.requested);
  const [organisationNames, people] = await Promise.all([names.organisationNames([organisation.organisationId]), names.peopleNames([actor.userId])]);
  const me = people.get(actor.userId);
  content.requesting = {
    ...content.requesting,
    authorityName: nameOf(organisationNames.get(organisation.organisationId) ?? {}),
    contactName: me?.name ?? '',
    contactEmail: me?.email ?? '',
  };

  const id = await inTransaction(db, async (tx) => {
    const repo = createCooperationRequestsRepo(tx);
    const newId = await repo.insert({
      kind: input.kind,
      status: 'draft',
      statusChangedAt: now,
      requestingOrganisationId: organisation.organisationId,
      requestingStateCode: organisation.stateCode,
      requestedStateCode: input.requestedStateCode,
      requestedAuthorityId: content.requested.authorityId,
      instrumentId: content.legalBasis.instrumentId,
      content,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertEvent({ requestId: newId, fromStatus: null, toStatus: 'draft', event: 'create', side: 'requesting', note: '', at: now, byUserId: actor.userId });
    await auditRequest(
      tx,
      actor,
      'cooperation-request:create',
      newId,
      { before: null, after: { kind: input.kind, requestedStateCode: input.requestedStateCode, requestingOrganisationId: organisation.organisationId, fromFinder: input.fromFinder !== undefined } },
      now,
    );
    return newId;
  });
  return presentRequest(db, actor, (await createCooperationRequestsRepo(db).findById(id))!, now);
}

/** The State authority the caller drafts in: the one named, or their only one. */
function requestingOrganisation(actor: Actor, given: string | undefined): { organisationId: string; stateCode: string } {
  const mine = draftingOrganisations(actor);
  if (given !== undefined) {
    const chosen = mine.find((o) => o.organisationId === given);
    if (!chosen || !can(actor, 'cooperation-request:create', { kind: 'new-cooperation-request', requestingOrganisationId: given })) throw requestNotFound('new');
    return chosen;
  }
  if (mine.length === 0) throw requestNotFound('new');
  if (mine.length > 1) {
    throw validationFailed([{ path: ['body', 'requestingOrganisationId'], code: 'required', message: 'say which of your State authorities drafts the request' }]);
  }
  return mine[0]!;
}

/**
 * The legal basis the finder gives for this pair, kind and conduct: the treaty chosen among those in force for both,
 * with the articles the answer cites for it (or those the caller picked), a bilateral treaty among the answer's, and
 * reciprocity when no treaty was chosen.
 */
async function legalBasisFromFinder(db: Db, input: NewCooperationRequest, from: string, now: Date): Promise<RequestContent['legalBasis']> {
  const start = input.fromFinder!;
  let answer: Awaited<ReturnType<typeof findLegalBasis>>;
  try {
    answer = await findLegalBasis(db, { from, to: input.requestedStateCode, kind: input.kind, conduct: start.conduct, asOf: start.asOf }, now);
  } catch (err) {
    // The finder names its query's parameters; here they are the body's.
    const asOf = err instanceof AppError && err.code === 'VALIDATION_FAILED' ? err.issues.find((i) => i.path.at(-1) === 'asOf') : undefined;
    if (asOf) throw validationFailed([{ ...asOf, path: ['body', 'fromFinder', 'asOf'] }]);
    throw err;
  }
  const issues: ErrorIssue[] = [];
  let articles = start.articles?.trim() ?? '';
  if (start.instrumentId !== null) {
    const treaty = answer.applicable.find((a) => a.instrument.id === start.instrumentId);
    if (!treaty) {
      issues.push({ path: ['body', 'fromFinder', 'instrumentId'], code: 'not_applicable', message: 'not a treaty in force for both States in the finder’s answer' });
    } else if (articles === '') {
      articles = [...new Set(treaty.provisions.map((p) => p.article))].join(', ');
    }
  }
  const bilateralTreatyId = start.bilateralTreatyId ?? null;
  if (bilateralTreatyId !== null && !answer.bilateral.some((b) => b.id === bilateralTreatyId)) {
    issues.push({ path: ['body', 'fromFinder', 'bilateralTreatyId'], code: 'not_applicable', message: 'not a bilateral treaty in the finder’s answer' });
  }
  if (issues.length > 0) throw validationFailed(issues);
  return {
    instrumentId: start.instrumentId,
    bilateralTreatyId,
    articles,
    reciprocity: start.instrumentId === null && bilateralTreatyId === null,
    note: '',
  };
}
