// Creates or changes a regional or thematic programme (objectives and indicators with baseline, target and actual).
// An officer of the leading entity writes it, within their regions; the row and its audit entry go in one transaction.
import type { Actor } from '#domain/actor.ts';
import { canonicalJson } from '#domain/accounts/audit.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { createProgrammesRepo } from '#db/repos/assistance/programmes.repo.ts';
import {
  auditProgramme,
  checkProgrammeFields,
  findVisibleProgramme,
  invalid,
  programmeAbilities,
  programmeRecord,
  toProgrammeView,
  type ProgrammeAbilities,
  type ProgrammeFields,
  type ProgrammeView,
} from './programme-presenters.ts';
import { inTransaction } from '../shared/transaction.ts';
import { indexProgramme } from './search-entries.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export type NewProgramme = Omit<ProgrammeFields, 'organisationId' | 'partnerOrganisationIds' | 'regions' | 'stateCodes' | 'themes' | 'mandates' | 'objectives' | 'startDate' | 'endDate' | 'description' | 'confidentiality'> &
  Partial<Pick<ProgrammeFields, 'partnerOrganisationIds' | 'regions' | 'stateCodes' | 'themes' | 'mandates' | 'objectives' | 'startDate' | 'endDate' | 'description' | 'confidentiality'>> & {
    organisationId?: string | null;
  };

type Saved = { data: ProgrammeView; abilities: ProgrammeAbilities };

export async function createProgramme(db: Db, actor: Actor, input: NewProgramme, now: Date): Promise<Saved> {
  authorize(actor, 'programme:create');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const officerOrgs = [...new Set(actor.memberships.filter((m) => m.role === 'entity-officer').map((m) => m.organisationId))];
  const fields: ProgrammeFields = {
    code: input.code.trim(),
    kind: input.kind,
    names: input.names,
    description: (input.description ?? '').trim(),
    organisationId: input.organisationId ?? (officerOrgs.length === 1 ? officerOrgs[0]! : ''),
    partnerOrganisationIds: input.partnerOrganisationIds ?? [],
    regions: input.regions ?? [],
    stateCodes: (input.stateCodes ?? []).map((s) => s.toUpperCase()),
    themes: input.themes ?? [],
    mandates: input.mandates ?? [],
    objectives: input.objectives ?? [],
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    confidentiality: input.confidentiality ?? 'public',
  };
  const programmes = createProgrammesRepo(db);
  const activities = createActivitiesRepo(db);
  const checked = await checkProgrammeFields(programmes, activities, fields);
  if (checked.issues.length > 0) throw invalid(checked.issues);
  const states = fields.stateCodes.map((code) => ({ code, region: checked.regions.get(code) ?? null }));
  authorize(actor, 'programme:create', { kind: 'new-held-record', ownerOrganisationId: fields.organisationId, states, confidentiality: fields.confidentiality });
  const id = await inTransaction(db, async (tx) => {
    const newId = await createProgrammesRepo(tx).insert({ ...fields, createdBy: actor.userId, createdAt: now, updatedAt: now });
    await auditProgramme(tx, actor, 'programme:create', newId, { before: null, after: fields }, now);
    await indexProgramme(tx, newId, now);
    return newId;
  });
  const saved = (await programmes.findById(id))!;
  return { data: toProgrammeView(saved), abilities: programmeAbilities(actor, programmeRecord(saved, checked.regions)) };
}

export async function updateProgramme(db: Db, actor: Actor, id: string, changes: Partial<NewProgramme>, now: Date, expectedVersion: number): Promise<Saved> {
  authorize(actor, 'programme:update');
  const saved = await inTransaction(db, async (tx) => {
    const programmes = createProgrammesRepo(tx);
    const activities = createActivitiesRepo(tx);
    const { programme: current, record } = await findVisibleProgramme(programmes, activities, actor, id, true);
    authorize(actor, 'programme:update', { kind: 'held-record', record });
    assertVersion(current, expectedVersion);
    const before: ProgrammeFields = {
      code: current.code,
      kind: current.kind,
      names: current.names,
      description: current.description,
      organisationId: current.organisationId,
      partnerOrganisationIds: current.partnerOrganisationIds,
      regions: current.regions,
      stateCodes: current.stateCodes,
      themes: current.themes,
      mandates: current.mandates,
      objectives: current.objectives,
      startDate: current.startDate,
      endDate: current.endDate,
      confidentiality: current.confidentiality as ProgrammeFields['confidentiality'],
    };
    const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<ProgrammeFields>;
    const next: ProgrammeFields = { ...before, ...given, stateCodes: (given.stateCodes ?? before.stateCodes).map((s) => s.toUpperCase()) };
    const checked = await checkProgrammeFields(programmes, activities, next, current.id);
    if (checked.issues.length > 0) throw invalid(checked.issues);
    if (
      next.organisationId !== before.organisationId ||
      next.confidentiality !== before.confidentiality ||
      canonicalJson(next.stateCodes) !== canonicalJson(before.stateCodes)
    ) {
      const states = next.stateCodes.map((code) => ({ code, region: checked.regions.get(code) ?? null }));
      authorize(actor, 'programme:update', { kind: 'new-held-record', ownerOrganisationId: next.organisationId, states, confidentiality: next.confidentiality });
    }
    if (canonicalJson(before) !== canonicalJson(next)) {
      if (!(await programmes.update(current.id, { ...next, updatedAt: now }, expectedVersion))) throw staleVersion(expectedVersion);
      await auditProgramme(tx, actor, 'programme:update', current.id, { before, after: next }, now);
      await indexProgramme(tx, current.id, now);
    }
    return (await programmes.findById(current.id))!;
  });
  const regions = await createActivitiesRepo(db).regionsOf(saved.stateCodes);
  return { data: toProgrammeView(saved), abilities: programmeAbilities(actor, programmeRecord(saved, regions)) };
}
