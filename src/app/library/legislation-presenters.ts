// How an incorporation assessment is shown and audited (issue 13 §1).
import type { Actor } from '#domain/actor.ts';
import { actorLabel } from '#domain/actor.ts';
import type { AssessmentSource, IncorporationStatus } from '#domain/library/checklist.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import type { AssessmentRecord } from '#db/repos/library/legislation.repo.ts';

export interface AssessmentView {
  id: string;
  stateCode: string;
  instrumentId: string;
  requirementId: string;
  status: IncorporationStatus;
  source: AssessmentSource;
  organisation: { id: string; names: LocalizedText; acronym: string | null };
  assessedBy: string | null;
  assessedOn: string;
  note: string;
  /** The provision the status rests on, in its law; null for "not covered" without evidence. */
  evidence: { provisionId: string; label: string; documentId: string; documentTitle: string } | null;
  activityId: string | null;
  createdAt: string;
  supersededAt: string | null;
  abilities: { withdraw: boolean };
}

export function toAssessmentView(a: AssessmentRecord, withdraw: boolean): AssessmentView {
  return {
    id: a.id,
    stateCode: a.stateCode,
    instrumentId: a.instrumentId,
    requirementId: a.requirementId,
    status: a.status,
    source: a.source,
    organisation: { id: a.organisationId, names: a.organisationNames, acronym: a.organisationAcronym },
    assessedBy: a.assessedByName,
    assessedOn: a.assessedOn,
    note: a.note,
    evidence: a.evidence && a.provisionId ? { provisionId: a.provisionId, ...a.evidence } : null,
    activityId: a.activityId,
    createdAt: a.createdAt.toISOString(),
    supersededAt: a.supersededAt?.toISOString() ?? null,
    abilities: { withdraw },
  };
}

export async function auditAssessment(db: Db, actor: Actor, action: string, id: string, change: { before: unknown; after: unknown }, now: Date) {
  await createAuditRepo(db).append({
    at: now.toISOString(),
    actor: actorLabel(actor),
    action,
    targetType: 'incorporation-assessment',
    targetId: id,
    ...change,
  });
}

/** What the audit trail keeps of an assessment. */
export const auditedAssessment = (a: Pick<AssessmentRecord, 'stateCode' | 'instrumentId' | 'requirementId' | 'status' | 'source' | 'provisionId' | 'activityId' | 'organisationId' | 'assessedOn' | 'note'>) => ({
  stateCode: a.stateCode,
  instrumentId: a.instrumentId,
  requirementId: a.requirementId,
  status: a.status,
  source: a.source,
  provisionId: a.provisionId,
  activityId: a.activityId,
  organisationId: a.organisationId,
  assessedOn: a.assessedOn,
  note: a.note,
});
