// Withdraws an incorporation assessment: it is kept, marked superseded, so the history stays. Only its organisation's
// people who could make it may (policy); an unknown id answers 404, an assessment already superseded 409. Audited.
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createLegislationRepo } from '#db/repos/library/legislation.repo.ts';
import { currentDataset } from '#app/treaties/treaty-dataset.ts';
import { isUuid } from './document-presenters.ts';
import { auditAssessment, auditedAssessment } from './legislation-presenters.ts';

export async function withdrawIncorporationAssessment(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  authorize(actor, 'incorporation-assessment:withdraw');
  const ds = await currentDataset(db);
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const repo = createLegislationRepo(tx);
    const found = isUuid(id) ? await repo.findById(id, { lock: true }) : undefined;
    if (!found) throw new AppError('NOT_FOUND', `No assessment with id ${id}.`, { params: { resource: 'incorporation-assessment', id } });
    authorize(actor, 'incorporation-assessment:withdraw', {
      kind: 'incorporation-assessment',
      stateCode: found.stateCode,
      stateRegion: ds.participantsByCode.get(found.stateCode)?.regionalGroup ?? null,
      source: found.source,
      organisationId: found.organisationId,
    });
    if (!(await repo.withdraw(id, now))) {
      throw new AppError('CONFLICT', 'This assessment was already superseded or withdrawn.', { params: { resource: 'incorporation-assessment', id } });
    }
    await auditAssessment(tx, actor, 'incorporation-assessment:withdraw', id, { before: auditedAssessment(found), after: null }, now);
  });
}
