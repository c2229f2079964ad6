// Records the legal-basis finder reads but does not write (their CRUD is elsewhere), inserted directly for its tests.
import type { Db } from '#db/client.ts';
import { authorities, bilateralTreaties, stateDeclarations } from '#db/schema/index.ts';

export type BilateralRow = typeof bilateralTreaties.$inferInsert;
export type AuthorityRow = typeof authorities.$inferInsert;
export type DeclarationRow = typeof stateDeclarations.$inferInsert;

export async function insertBilateralTreaties(db: Db, rows: BilateralRow[]): Promise<void> {
  await db.insert(bilateralTreaties).values(rows);
}

export async function insertAuthorities(db: Db, rows: AuthorityRow[]): Promise<void> {
  await db.insert(authorities).values(rows);
}

export async function insertDeclarations(db: Db, rows: DeclarationRow[]): Promise<void> {
  await db.insert(stateDeclarations).values(rows);
}
