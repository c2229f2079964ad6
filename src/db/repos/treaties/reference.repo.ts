// Reads of reference data: participants and instruments. Small tables (~200 and ~21 rows) read whole; the
// callers cache them per data version.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { instruments, participants } from '#db/schema/index.ts';
import type { EntryIntoForceRule, LocalizedText } from '#domain/treaties/types.ts';
import type { InstrumentSummary, ParticipantSummary } from '#domain/treaties/views.ts';

export interface ParticipantRecord extends ParticipantSummary {
  officialNameEn: string | null;
  memberSince: string | null;
  stateSince: string | null;
}

/** An instrument as stored; how complete its status data is comes from imports (see treaty-dataset). */
export interface InstrumentRecord extends Omit<InstrumentSummary, 'statusListAsOf'> {
  adoptedPlace: string | null;
  openedForSignature: string | null;
  untcRef: string | null;
  eifRule: EntryIntoForceRule | null;
  reportedPartiesCount: number | null;
  reportedPartiesAsOf: string | null;
  sourceUrl: string | null;
  notes: string | null;
  titleSources: Record<string, string>;
}

type ParticipantRow = typeof participants.$inferSelect;
type InstrumentRow = typeof instruments.$inferSelect;

function toParticipant(r: ParticipantRow): ParticipantRecord {
  return {
    code: r.code,
    iso2: r.iso2,
    m49: r.m49,
    kind: r.kind as ParticipantSummary['kind'],
    regionalGroup: r.regionalGroup,
    names: r.names as LocalizedText,
    officialNameEn: r.officialNameEn,
    memberSince: r.memberSince,
    stateSince: r.stateSince,
  };
}

function toInstrument(r: InstrumentRow): InstrumentRecord {
  return {
    id: r.id,
    category: r.category as InstrumentSummary['category'],
    sortOrder: r.sortOrder,
    shortNames: r.shortNames as LocalizedText,
    titles: r.titles as LocalizedText,
    depositary: r.depositary,
    adoptedDate: r.adoptedDate,
    entryIntoForce: r.entryIntoForce,
    adoptedPlace: r.adoptedPlace,
    openedForSignature: r.openedForSignature,
    untcRef: r.untcRef,
    eifRule: r.eifRule ?? null,
    reportedPartiesCount: r.reportedPartiesCount,
    reportedPartiesAsOf: r.reportedPartiesAsOf,
    sourceUrl: r.sourceUrl,
    notes: r.notes,
    titleSources: r.titleSources ?? {},
  };
}

export function createReferenceRepo(db: Db) {
  return {
    async listParticipants(): Promise<ParticipantRecord[]> {
      const rows = await db.select().from(participants).orderBy(asc(participants.code));
      return rows.map(toParticipant);
    },
    async findParticipant(code: string): Promise<ParticipantRecord | null> {
      const [row] = await db.select().from(participants).where(eq(participants.code, code)).limit(1);
      return row ? toParticipant(row) : null;
    },
    async listInstruments(): Promise<InstrumentRecord[]> {
      const rows = await db.select().from(instruments).orderBy(asc(instruments.sortOrder), asc(instruments.id));
      return rows.map(toInstrument);
    },
    async findInstrument(id: string): Promise<InstrumentRecord | null> {
      const [row] = await db.select().from(instruments).where(eq(instruments.id, id)).limit(1);
      return row ? toInstrument(row) : null;
    },
  };
}

export type ReferenceRepo = ReturnType<typeof createReferenceRepo>;
