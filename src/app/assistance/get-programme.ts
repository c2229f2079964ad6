// Programmes: the list (scoped in SQL) and one programme with the activities under it that the caller may see.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { authorize, can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { createProgrammesRepo, type ProgrammeFilters } from '#db/repos/assistance/programmes.repo.ts';
import { hideUnreadableLinks, toActivityView, type ActivityView } from './activity-presenters.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';
import { findVisibleProgramme, programmeAbilities, toProgrammeView, type ProgrammeAbilities, type ProgrammeView } from './programme-presenters.ts';
import { auditNamedPeopleReads } from '../shared/audit-named-people-reads.ts';

export async function getProgramme(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ data: ProgrammeView & { activities: ActivityView[]; activityCount: number }; abilities: ProgrammeAbilities }> {
  const activities = createActivitiesRepo(db);
  const { programme, record } = await findVisibleProgramme(createProgrammesRepo(db), activities, actor, id);
  const under = await activities.list(scopeFor(actor), { programmeId: programme.id }, { limit: 200, offset: 0 });
  await auditNamedPeopleReads(db, actor, { activity: under.rows }, 'programme:read', new Date());
  return {
    data: {
      ...toProgrammeView(programme),
      activities: await hideUnreadableLinks(activities, actor, under.rows.map(toActivityView)),
      activityCount: under.total,
    },
    abilities: programmeAbilities(actor, record),
  };
}

export async function listProgrammes(
  db: Db,
  actor: Actor,
  query: ProgrammeFilters & PageQuery,
): Promise<Page<ProgrammeView> & { abilities: { create: boolean } }> {
  authorize(actor, 'programme:read');
  const { page, pageSize, ...filters } = query;
  const { rows, total } = await createProgrammesRepo(db).list(scopeFor(actor), normaliseProgrammeFilters(filters), offsetOf(query));
  return { data: rows.map(toProgrammeView), page, pageSize, total, abilities: { create: can(actor, 'programme:create') } };
}

/** The filters as the repository takes them; the export uses the same, so both show the same programmes. */
export function normaliseProgrammeFilters(f: ProgrammeFilters): ProgrammeFilters {
  return { ...f, ...(f.stateCode ? { stateCode: f.stateCode.toUpperCase() } : {}) };
}
