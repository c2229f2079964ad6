// Documents: metadata and files. Lists are filtered by `scopeCondition(DOCUMENT_SCOPE_COLUMNS, scope)`, the SQL twin of `isInScope`
// (src/domain/accounts/confidentiality.ts; documents.repo.test.ts compares both over every combination), so a list
// never holds what a read would refuse. File bytes are read only by `content()`: lists never select them.
import { and, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { ConfidentialRecord, Scope } from '#domain/accounts/confidentiality.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { documents, instruments, organisations, participants, users } from '#db/schema/index.ts';
import { likePattern, scopeCondition, uuidArray, type ScopeColumns } from '../conditions.ts';

export interface DocumentMeta {
  id: string;
  title: string;
  description: string;
  confidentiality: Confidentiality;
  stateCode: string | null;
  /** The regional group of that State (null when none, or not a known participant). */
  stateRegion: string | null;
  ownerOrganisationId: string;
  ownerOrganisationNames: LocalizedText;
  ownerOrganisationAcronym: string | null;
  sharedOrganisationIds: string[];
  namedUserIds: string[];
  language: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  /** The library's metadata (issue 13): see the documents table. */
  kind: string;
  stateCodes: string[];
  languages: string[];
  detectedLanguage: string | null;
  documentDate: string | null;
  versionLabel: string | null;
  source: string | null;
  instrumentIds: string[];
  themes: string[];
  mandates: string[];
  translationOf: string | null;
}

export interface DocumentFilters {
  /** The confidentiality State, or one of the States the record concerns. */
  stateCode?: string;
  kind?: string;
  instrumentId?: string;
  /** Declared (main or other) or detected. */
  language?: string;
  theme?: string;
  confidentiality?: Confidentiality;
  /** Held by or shared with this organisation. */
  organisationId?: string;
  /** Part of the title or description (case-insensitive). */
  q?: string;
}

export type NewDocumentRow = Omit<typeof documents.$inferInsert, 'id'>;
export type DocumentPatch = Partial<
  Pick<
    typeof documents.$inferInsert,
    | 'title'
    | 'description'
    | 'confidentiality'
    | 'stateCode'
    | 'ownerOrganisationId'
    | 'sharedOrganisationIds'
    | 'namedUserIds'
    | 'language'
    | 'updatedAt'
    | 'kind'
    | 'stateCodes'
    | 'languages'
    | 'documentDate'
    | 'versionLabel'
    | 'source'
    | 'instrumentIds'
    | 'themes'
    | 'mandates'
    | 'translationOf'
  >
>;


/** Held by one of these organisations, or shared with one of them. */
function heldBy(organisationIds: readonly string[]): SQL {
  return or(
    inArray(documents.ownerOrganisationId, [...organisationIds]),
    sql`${documents.sharedOrganisationIds} && ${uuidArray(organisationIds)}`,
  )!;
}

export const DOCUMENT_SCOPE_COLUMNS: ScopeColumns = {
  confidentiality: documents.confidentiality,
  stateCode: documents.stateCode,
  owners: [documents.ownerOrganisationId],
  shared: documents.sharedOrganisationIds,
  named: documents.namedUserIds,
};

function filterCondition(filters: DocumentFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.stateCode) {
    conditions.push(or(eq(documents.stateCode, filters.stateCode), sql`${documents.stateCodes} @> ARRAY[${filters.stateCode}]::text[]`)!);
  }
  if (filters.kind) conditions.push(eq(documents.kind, filters.kind));
  if (filters.instrumentId) conditions.push(sql`${documents.instrumentIds} @> ARRAY[${filters.instrumentId}]::text[]`);
  if (filters.theme) conditions.push(sql`${documents.themes} @> ARRAY[${filters.theme}]::text[]`);
  if (filters.language) {
    conditions.push(
      or(
        eq(documents.language, filters.language),
        eq(documents.detectedLanguage, filters.language),
        sql`${documents.languages} @> ARRAY[${filters.language}]::text[]`,
      )!,
    );
  }
  if (filters.confidentiality) conditions.push(eq(documents.confidentiality, filters.confidentiality));
  if (filters.organisationId) conditions.push(heldBy([filters.organisationId]));
  if (filters.q) {
    const pattern = likePattern(filters.q);
    conditions.push(or(ilike(documents.title, pattern), ilike(documents.description, pattern))!);
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** Every column but the file's bytes. */
const META = {
  id: documents.id,
  title: documents.title,
  description: documents.description,
  confidentiality: documents.confidentiality,
  stateCode: documents.stateCode,
  stateRegion: participants.regionalGroup,
  ownerOrganisationId: documents.ownerOrganisationId,
  ownerOrganisationNames: organisations.names,
  ownerOrganisationAcronym: organisations.acronym,
  sharedOrganisationIds: documents.sharedOrganisationIds,
  namedUserIds: documents.namedUserIds,
  language: documents.language,
  fileName: documents.fileName,
  mediaType: documents.mediaType,
  sizeBytes: documents.sizeBytes,
  sha256: documents.sha256,
  createdBy: documents.createdBy,
  createdAt: documents.createdAt,
  updatedAt: documents.updatedAt,
  version: documents.version,
  kind: documents.kind,
  stateCodes: documents.stateCodes,
  languages: documents.languages,
  detectedLanguage: documents.detectedLanguage,
  documentDate: documents.documentDate,
  versionLabel: documents.versionLabel,
  source: documents.source,
  instrumentIds: documents.instrumentIds,
  themes: documents.themes,
  mandates: documents.mandates,
  translationOf: documents.translationOf,
};
export const META_COLUMNS = Object.keys(META);

function selectMeta(db: Db) {
  return db
    .select(META)
    .from(documents)
    .leftJoin(participants, eq(participants.code, documents.stateCode))
    .leftJoin(organisations, eq(organisations.id, documents.ownerOrganisationId));
}
type MetaRow = Awaited<ReturnType<typeof selectMeta>>[number];

function toMeta(r: MetaRow): DocumentMeta {
  return {
    ...r,
    confidentiality: r.confidentiality as Confidentiality,
    ownerOrganisationNames: (r.ownerOrganisationNames ?? {}) as LocalizedText,
  };
}

/** The record as the policy sees it. */
export function toConfidentialRecord(d: DocumentMeta): ConfidentialRecord {
  return {
    confidentiality: d.confidentiality,
    stateCode: d.stateCode,
    stateRegion: d.stateRegion,
    ownerOrganisationId: d.ownerOrganisationId,
    sharedOrganisationIds: d.sharedOrganisationIds,
    namedUserIds: d.namedUserIds,
    createdBy: d.createdBy,
  };
}

export function createDocumentsRepo(db: Db) {
  return {
    /** Every document's id (for `accord search reindex`). */
    async allIds(): Promise<string[]> {
      return (await db.select({ id: documents.id }).from(documents).orderBy(documents.id)).map((r) => r.id);
    },

    /** A page of the documents in scope matching the filters, newest first, and how many there are in all. */
    async list(
      scope: Scope,
      filters: DocumentFilters,
      page: { limit: number; offset: number },
    ): Promise<{ rows: DocumentMeta[]; total: number }> {
      const where = and(scopeCondition(DOCUMENT_SCOPE_COLUMNS, scope), filterCondition(filters));
      const [rows, [totalRow]] = await Promise.all([
        selectMeta(db).where(where).orderBy(desc(documents.createdAt), desc(documents.id)).limit(page.limit).offset(page.offset),
        db.select({ n: count() }).from(documents).where(where),
      ]);
      return { rows: rows.map(toMeta), total: Number(totalRow?.n ?? 0) };
    },

    /** `lock`: inside a transaction, hold the row until it ends (for an update or delete). */
    async findById(id: string, options: { lock?: boolean } = {}): Promise<DocumentMeta | undefined> {
      const query = selectMeta(db).where(eq(documents.id, id));
      const [row] = options.lock ? await query.for('update', { of: documents }) : await query;
      return row ? toMeta(row) : undefined;
    },

    /** The documents of these ids that exist (for checking links to them in lists: one query for all). */
    async findByIds(ids: readonly string[]): Promise<DocumentMeta[]> {
      if (ids.length === 0) return [];
      return (await selectMeta(db).where(inArray(documents.id, [...new Set(ids)]))).map(toMeta);
    },

    async content(id: string): Promise<Buffer | undefined> {
      const [row] = await db.select({ content: documents.content }).from(documents).where(eq(documents.id, id));
      return row?.content;
    },

    /** The text extracted from the file (null when none could be). */
    async extractedText(id: string): Promise<string | null> {
      const [row] = await db.select({ text: documents.extractedText }).from(documents).where(eq(documents.id, id));
      return row?.text ?? null;
    },

    /** The documents in scope holding a file with this SHA-256 (duplicates), oldest first. */
    async withSha256(scope: Scope, sha256: string): Promise<DocumentMeta[]> {
      const rows = await selectMeta(db)
        .where(and(scopeCondition(DOCUMENT_SCOPE_COLUMNS, scope), eq(documents.sha256, sha256)))
        .orderBy(documents.createdAt)
        .limit(20);
      return rows.map(toMeta);
    },

    /** The documents in scope that are translations of this one. */
    async translationsOf(scope: Scope, id: string): Promise<DocumentMeta[]> {
      const rows = await selectMeta(db)
        .where(and(scopeCondition(DOCUMENT_SCOPE_COLUMNS, scope), eq(documents.translationOf, id)))
        .orderBy(documents.language, documents.createdAt);
      return rows.map(toMeta);
    },

    /** Which of these ids are instruments. */
    async existingInstrumentIds(ids: readonly string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await db.select({ id: instruments.id }).from(instruments).where(inArray(instruments.id, [...ids]));
      return rows.map((r) => r.id);
    },

    /** Which of these codes are participants. */
    async existingParticipantCodes(codes: readonly string[]): Promise<string[]> {
      if (codes.length === 0) return [];
      const rows = await db.select({ code: participants.code }).from(participants).where(inArray(participants.code, [...codes]));
      return rows.map((r) => r.code);
    },

    async insert(row: NewDocumentRow): Promise<string> {
      const [inserted] = await db.insert(documents).values(row).returning({ id: documents.id });
      return inserted!.id;
    },

    /** Bumps the version; with `expectedVersion`, only if the row is still that version. Returns the rows changed (0 or 1). */
    async update(id: string, patch: DocumentPatch, expectedVersion?: number): Promise<number> {
      const rows = await db
        .update(documents)
        .set({ ...patch, version: sql`${documents.version} + 1` })
        .where(and(eq(documents.id, id), expectedVersion === undefined ? undefined : eq(documents.version, expectedVersion)))
        .returning({ id: documents.id });
      return rows.length;
    },

    async delete(id: string): Promise<void> {
      await db.delete(documents).where(eq(documents.id, id));
    },

    /** The participant's regional group; undefined when no such participant. */
    async participantRegion(code: string): Promise<string | null | undefined> {
      const [row] = await db.select({ region: participants.regionalGroup }).from(participants).where(eq(participants.code, code));
      return row ? row.region : undefined;
    },

    /** Which of these ids are people (enabled or not: a record may name someone who left). */
    async existingUserIds(ids: readonly string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await db.select({ id: users.id }).from(users).where(inArray(users.id, [...ids]));
      return rows.map((r) => r.id);
    },

    /** Which of these ids are organisations. */
    async existingOrganisationIds(ids: readonly string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, [...ids]));
      return rows.map((r) => r.id);
    },
  };
}

export type DocumentsRepo = ReturnType<typeof createDocumentsRepo>;
