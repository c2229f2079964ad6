// Incorporation assessments (issue 13 §1) and what they rest on: a provision of a national law in the library, an
// activity of an entity. Assessments are public: the evidence they may cite is a public law (checked by the use
// case), so reads here need no scope.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { documents, organisations, users } from '#db/schema/accounts.ts';
import { incorporationAssessments, legalProvisions } from '#db/schema/library.ts';
import type { AssessmentSource, IncorporationStatus } from '#domain/library/checklist.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';

/** A provision as evidence: the provision, and the law (library record) it belongs to. */
export interface ProvisionEvidence {
  provisionId: string;
  label: string;
  documentId: string;
  documentTitle: string;
  documentKind: string;
  confidentiality: string;
  stateCode: string | null;
  stateCodes: string[];
}

export interface AssessmentRecord {
  id: string;
  stateCode: string;
  instrumentId: string;
  requirementId: string;
  status: IncorporationStatus;
  source: AssessmentSource;
  provisionId: string | null;
  activityId: string | null;
  organisationId: string;
  organisationNames: LocalizedText;
  organisationAcronym: string | null;
  assessedBy: string | null;
  assessedByName: string | null;
  assessedOn: string;
  note: string;
  createdAt: Date;
  supersededAt: Date | null;
  evidence: { label: string; documentId: string; documentTitle: string } | null;
}

export type NewAssessmentRow = typeof incorporationAssessments.$inferInsert;

export function createLegislationRepo(db: Db) {
  const selectAssessment = () =>
    db
      .select({
        a: incorporationAssessments,
        organisationNames: organisations.names,
        organisationAcronym: organisations.acronym,
        assessedByName: users.displayName,
        provisionLabel: legalProvisions.label,
        documentId: documents.id,
        documentTitle: documents.title,
      })
      .from(incorporationAssessments)
      .innerJoin(organisations, eq(organisations.id, incorporationAssessments.organisationId))
      .leftJoin(users, eq(users.id, incorporationAssessments.assessedBy))
      .leftJoin(legalProvisions, eq(legalProvisions.id, incorporationAssessments.provisionId))
      .leftJoin(documents, eq(documents.id, legalProvisions.documentId));
  type Row = Awaited<ReturnType<ReturnType<typeof selectAssessment>['where']>>[number];
  const toRecord = (r: Row): AssessmentRecord => ({
    ...r.a,
    status: r.a.status as IncorporationStatus,
    source: r.a.source as AssessmentSource,
    organisationNames: r.organisationNames,
    organisationAcronym: r.organisationAcronym,
    assessedByName: r.assessedByName,
    evidence: r.provisionLabel && r.documentId ? { label: r.provisionLabel, documentId: r.documentId, documentTitle: r.documentTitle ?? '' } : null,
  });

  return {
    async provisionEvidence(id: string): Promise<ProvisionEvidence | undefined> {
      const [row] = await db
        .select({
          provisionId: legalProvisions.id,
          label: legalProvisions.label,
          documentId: documents.id,
          documentTitle: documents.title,
          documentKind: documents.kind,
          confidentiality: documents.confidentiality,
          stateCode: documents.stateCode,
          stateCodes: documents.stateCodes,
        })
        .from(legalProvisions)
        .innerJoin(documents, eq(documents.id, legalProvisions.documentId))
        .where(eq(legalProvisions.id, id));
      return row;
    },

    async findById(id: string, options: { lock?: boolean } = {}): Promise<AssessmentRecord | undefined> {
      const query = selectAssessment().where(eq(incorporationAssessments.id, id));
      const [row] = options.lock ? await query.for('update', { of: incorporationAssessments }) : await query;
      return row ? toRecord(row) : undefined;
    },

    /** Inserts an assessment and supersedes the organisation's current one for the same State × requirement. */
    async insertSuperseding(row: NewAssessmentRow & { createdAt: Date }): Promise<string> {
      await db
        .update(incorporationAssessments)
        .set({ supersededAt: row.createdAt })
        .where(
          and(
            eq(incorporationAssessments.stateCode, row.stateCode),
            eq(incorporationAssessments.requirementId, row.requirementId),
            eq(incorporationAssessments.organisationId, row.organisationId),
            isNull(incorporationAssessments.supersededAt),
          ),
        );
      const [inserted] = await db.insert(incorporationAssessments).values(row).returning({ id: incorporationAssessments.id });
      return inserted!.id;
    },

    /** Marks a current assessment withdrawn; false when it was already superseded or withdrawn. */
    async withdraw(id: string, at: Date): Promise<boolean> {
      const rows = await db
        .update(incorporationAssessments)
        .set({ supersededAt: at })
        .where(and(eq(incorporationAssessments.id, id), isNull(incorporationAssessments.supersededAt)))
        .returning({ id: incorporationAssessments.id });
      return rows.length > 0;
    },

    /** Current (not superseded) assessments, of one State or of all, oldest first. */
    async listCurrent(filter: { stateCode?: string } = {}): Promise<AssessmentRecord[]> {
      const rows = await selectAssessment()
        .where(
          and(
            isNull(incorporationAssessments.supersededAt),
            filter.stateCode ? eq(incorporationAssessments.stateCode, filter.stateCode) : undefined,
          ),
        )
        .orderBy(asc(incorporationAssessments.createdAt), asc(incorporationAssessments.id));
      return rows.map(toRecord);
    },

    /** Current assessments' statuses only (the matrix): State, instrument, requirement, status, organisation. */
    async currentStatuses(): Promise<{ stateCode: string; instrumentId: string; requirementId: string; status: IncorporationStatus; organisationId: string; source: AssessmentSource; hasActivity: boolean }[]> {
      const rows = await db
        .select({
          stateCode: incorporationAssessments.stateCode,
          instrumentId: incorporationAssessments.instrumentId,
          requirementId: incorporationAssessments.requirementId,
          status: incorporationAssessments.status,
          organisationId: incorporationAssessments.organisationId,
          source: incorporationAssessments.source,
          hasActivity: sql<boolean>`${incorporationAssessments.activityId} is not null`,
        })
        .from(incorporationAssessments)
        .where(isNull(incorporationAssessments.supersededAt));
      return rows.map((r) => ({ ...r, status: r.status as IncorporationStatus, source: r.source as AssessmentSource }));
    },

    async organisationKinds(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db.select({ id: organisations.id, kind: organisations.kind }).from(organisations).where(inArray(organisations.id, [...ids]));
      return new Map(rows.map((r) => [r.id, r.kind]));
    },
  };
}
