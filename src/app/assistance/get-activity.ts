// One activity with what it is linked to: its results, and the request, programme and strategy it serves — each link
// shown only when the caller may read that record too (a hidden request is not even named). Outside the caller's
// scope the activity does not exist (404, the same answer as a wrong id).
import type { Actor } from '#domain/actor.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { createResultsRepo } from '#db/repos/assistance/results.repo.ts';
import {
  activityAbilities,
  findVisibleActivity,
  requestRecordOf,
  toActivityView,
  type ActivityAbilities,
  type ActivityView,
} from './activity-presenters.ts';
import { auditNamedPeopleReads } from '../shared/audit-named-people-reads.ts';
import { hideUnreadableResultLinks, toResultView, type ResultView } from './result-presenters.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

export interface ActivityDetail extends ActivityView {
  results: ResultView[];
  request: { id: string; reference: string; title: string; status: string } | null;
  programme: { id: string; code: string; name: string } | null;
  strategy: { id: string; title: string; stage: string } | null;
}

export async function getActivity(db: Db, actor: Actor, id: string): Promise<{ data: ActivityDetail; abilities: ActivityAbilities }> {
  const repo = createActivitiesRepo(db);
  const { activity, record } = await findVisibleActivity(repo, actor, id);
  const [results, request, programme, strategy] = await Promise.all([
    createResultsRepo(db).ofActivity(activity.id),
    activity.requestId ? repo.request(activity.requestId) : undefined,
    activity.programmeId ? repo.programme(activity.programmeId) : undefined,
    activity.strategyId ? repo.strategy(activity.strategyId) : undefined,
  ]);
  const regions = await repo.regionsOf([...(programme?.stateCodes ?? []), ...(strategy?.stateCodes ?? [])]);
  const states = (codes: string[]) => codes.map((code) => ({ code, region: regions.get(code) ?? null }));
  const requestVisible = request && can(actor, 'assistance-request:read', { kind: 'request', request: requestRecordOf(request) });
  const programmeVisible =
    programme &&
    can(actor, 'programme:read', {
      kind: 'held-record',
      record: {
        confidentiality: programme.confidentiality as Confidentiality,
        states: states(programme.stateCodes),
        ownerOrganisationId: programme.organisationId,
        sharedOrganisationIds: programme.partnerOrganisationIds,
        namedUserIds: [],
        createdBy: programme.createdBy,
      },
    });
  const strategyVisible =
    strategy &&
    can(actor, 'strategy:read', {
      kind: 'held-record',
      record: {
        confidentiality: strategy.confidentiality as Confidentiality,
        states: states(strategy.stateCodes),
        ownerOrganisationId: strategy.ownerOrganisationId,
        sharedOrganisationIds: [],
        namedUserIds: [],
        createdBy: strategy.createdBy,
      },
    });
  await auditNamedPeopleReads(db, actor, { activity: [activity], request: requestVisible ? [request] : [] }, 'activity:read', new Date());
  return {
    data: {
      ...toActivityView(activity),
      // The ids too: a link the caller may not follow is not named.
      requestId: requestVisible ? activity.requestId : null,
      programmeId: programmeVisible ? activity.programmeId : null,
      strategyId: strategyVisible ? activity.strategyId : null,
      results: await hideUnreadableResultLinks(repo, actor, results.map(toResultView)),
      request: requestVisible ? { id: request.id, reference: request.reference, title: request.title, status: request.status } : null,
      programme: programmeVisible ? { id: programme.id, code: programme.code, name: nameOf(programme.names) } : null,
      strategy: strategyVisible ? { id: strategy.id, title: strategy.title, stage: strategy.stage } : null,
    },
    abilities: activityAbilities(actor, record),
  };
}
