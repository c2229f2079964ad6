// What other modules may know of some activities and programmes (funding: the donor page and the IATI export). Each
// comes with `readable`: whether the caller may read that record. A readable record carries its title and link; an
// unreadable one only what may be summed or counted with others (dates, States, themes, participant counts,
// results' kinds), and the caller must show it only inside aggregates, never on its own.
import type { Actor } from '#domain/actor.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { activityAsRecord } from '#db/repos/assistance/activities.repo.ts';
import { createActivitySummariesRepo } from '#db/repos/assistance/activity-summaries.repo.ts';
import { programmeRecord } from './programme-presenters.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

export interface ResultSummary {
  id: string;
  kind: string;
  stateCode: string;
  instrumentId: string | null;
  date: string;
  /** The participation event (a deposit) or document the result is, for a link to the record. */
  participationEventId: number | null;
  documentId: string | null;
}

export interface ActivitySummary {
  id: string;
  readable: boolean;
  title: string;
  /** The outputs, as the activity's description. */
  description: string;
  kind: string;
  status: string;
  organisationId: string;
  programmeId: string | null;
  startDate: string;
  endDate: string;
  stateCodes: string[];
  themes: string[];
  mandates: string[];
  participants: { total: number | null; female: number | null; male: number | null; other: number | null };
  results: ResultSummary[];
  confidentiality: Confidentiality;
}

export interface ProgrammeSummary {
  id: string;
  readable: boolean;
  code: string;
  /** Names by language. */
  names: Partial<Record<string, string>>;
  name: string;
  description: string;
  organisationId: string;
  startDate: string | null;
  endDate: string | null;
  stateCodes: string[];
  themes: string[];
  confidentiality: Confidentiality;
}

export interface ActivitySummaries {
  activities: ActivitySummary[];
  programmes: ProgrammeSummary[];
  /** ISO 3166-1 alpha-2 and regional group of every State named above. */
  states: Map<string, { region: string | null; iso2: string | null }>;
}

/** The activities and programmes with these ids (unknown ids are absent), each marked readable or not for `actor`. */
export async function summariseActivities(
  db: Db,
  actor: Actor,
  ids: { activityIds: readonly string[]; programmeIds: readonly string[] },
): Promise<ActivitySummaries> {
  const repo = createActivitySummariesRepo(db);
  const [activityRows, programmeRows] = await Promise.all([repo.activities(ids.activityIds), repo.programmes(ids.programmeIds)]);
  const [results, states] = await Promise.all([
    repo.resultsOf(activityRows.map((a) => a.id)),
    repo.states([...activityRows.flatMap((a) => a.stateCodes), ...programmeRows.flatMap((p) => p.stateCodes)]),
  ]);
  const regions = new Map([...states].map(([code, s]) => [code, s.region]));
  const resultsOf = new Map<string, typeof results>();
  for (const r of results) if (r.activityId) resultsOf.set(r.activityId, [...(resultsOf.get(r.activityId) ?? []), r]);
  return {
    activities: activityRows.map((a) => ({
      id: a.id,
      readable: can(actor, 'activity:read', { kind: 'held-record', record: activityAsRecord(a, regions) }),
      title: a.title,
      description: a.outputs,
      kind: a.kind,
      status: a.status,
      organisationId: a.organisationId,
      programmeId: a.programmeId,
      startDate: a.startDate,
      endDate: a.endDate,
      stateCodes: a.stateCodes,
      themes: a.themes,
      mandates: a.mandates,
      participants: { total: a.participantsTotal, female: a.participantsFemale, male: a.participantsMale, other: a.participantsOther },
      results: (resultsOf.get(a.id) ?? []).map((r) => ({
        id: r.id,
        kind: r.kind,
        stateCode: r.stateCode,
        instrumentId: r.instrumentId,
        date: r.date,
        participationEventId: r.participationEventId,
        documentId: r.documentId,
      })),
      confidentiality: a.confidentiality as Confidentiality,
    })),
    programmes: programmeRows.map((p) => ({
      id: p.id,
      readable: can(actor, 'programme:read', { kind: 'held-record', record: programmeRecord(p, regions) }),
      code: p.code,
      names: p.names,
      name: nameOf(p.names),
      description: p.description,
      organisationId: p.organisationId,
      startDate: p.startDate,
      endDate: p.endDate,
      stateCodes: p.stateCodes,
      themes: p.themes,
      confidentiality: p.confidentiality as Confidentiality,
    })),
    states,
  };
}
