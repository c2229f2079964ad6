// Reads for the legal-basis finder and the pair view: the treaties' cooperation provisions (reference data, changed
// only by a seed that also moves the data version), and the user records the treaty data version does not cover:
// bilateral treaties, States' declarations, competent authorities. Reads only; their CRUD lives elsewhere.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { authorities, bilateralTreaties, cooperationProvisions, stateDeclarations } from '#db/schema/index.ts';
import type {
  AuthorityChannel,
  AuthorityKind,
  BilateralTreaty,
  BilateralTreatyKind,
  CooperationProvision,
  DeclarationKind,
  ProvisionKind,
  StateDeclaration,
} from '#domain/cooperation/types.ts';

export interface AuthorityLinkRecord {
  id: string;
  kind: AuthorityKind;
  instrumentId: string | null;
  name: string;
  channels: AuthorityChannel[];
  languages: string[];
  confirmedAt: Date;
}

function toBilateral(r: typeof bilateralTreaties.$inferSelect): BilateralTreaty {
  return {
    id: r.id,
    kind: r.kind as BilateralTreatyKind,
    title: r.title,
    stateA: r.stateA,
    stateB: r.stateB,
    signedOn: r.signedOn,
    inForceFrom: r.inForceFrom,
    terminatedOn: r.terminatedOn,
    source: r.source,
    sourceUrl: r.sourceUrl,
    notes: r.notes,
  };
}

export function createFinderRepo(db: Db) {
  return {
    /** Every provision of every treaty, in file order. */
    async listProvisions(): Promise<CooperationProvision[]> {
      const rows = await db.select().from(cooperationProvisions).orderBy(asc(cooperationProvisions.sortOrder));
      return rows.map((r) => ({
        instrumentId: r.instrumentId,
        kind: r.kind as ProvisionKind,
        article: r.article,
        paraphrase: r.paraphrase,
        source: r.source,
        verified: r.verified,
      }));
    },

    /** Bilateral treaties between two States (any kind, any date). */
    async bilateralBetween(a: string, b: string): Promise<BilateralTreaty[]> {
      const [x, y] = a < b ? [a, b] : [b, a];
      const rows = await db
        .select()
        .from(bilateralTreaties)
        .where(and(eq(bilateralTreaties.stateA, x), eq(bilateralTreaties.stateB, y)))
        .orderBy(asc(bilateralTreaties.inForceFrom), asc(bilateralTreaties.title));
      return rows.map(toBilateral);
    },

    /** Every bilateral treaty with an entry into force (the pair view filters by date and kind). */
    async bilateralWithEntryIntoForce(): Promise<BilateralTreaty[]> {
      const rows = await db.select().from(bilateralTreaties).where(sql`${bilateralTreaties.inForceFrom} is not null`);
      return rows.map(toBilateral);
    },

    async declarationsOf(stateCodes: string[]): Promise<StateDeclaration[]> {
      if (!stateCodes.length) return [];
      const rows = await db
        .select()
        .from(stateDeclarations)
        .where(inArray(stateDeclarations.stateCode, stateCodes))
        .orderBy(asc(stateDeclarations.stateCode), asc(stateDeclarations.instrumentId), asc(stateDeclarations.declaredOn));
      return rows.map((r) => ({
        id: r.id,
        stateCode: r.stateCode,
        instrumentId: r.instrumentId,
        kind: r.kind as DeclarationKind,
        article: r.article,
        languages: r.languages,
        text: r.text,
        declaredOn: r.declaredOn,
        source: r.source,
        sourceUrl: r.sourceUrl,
      }));
    },

    /** A State's authorities of the given kinds: the public fields only (never address, requirements or contacts). */
    async authorityLinks(stateCode: string, kinds: AuthorityKind[]): Promise<AuthorityLinkRecord[]> {
      const rows = await db
        .select({
          id: authorities.id,
          kind: authorities.kind,
          instrumentId: authorities.instrumentId,
          name: authorities.name,
          channels: authorities.channels,
          languages: authorities.languages,
          confirmedAt: authorities.confirmedAt,
        })
        .from(authorities)
        .where(and(eq(authorities.stateCode, stateCode), inArray(authorities.kind, kinds)))
        .orderBy(asc(authorities.kind), asc(authorities.name));
      return rows.map((r) => ({
        ...r,
        kind: r.kind as AuthorityKind,
        channels: r.channels as AuthorityChannel[],
      }));
    },
  };
}

export type FinderRepo = ReturnType<typeof createFinderRepo>;
