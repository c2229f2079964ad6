// The checklist of what each instrument requires States to enact (domain/library/checklist.ts), from the treaties'
// provisions held in the database. SKELETON: the legislation work completes it (items from the treaty texts).
import { checklistFromProvisions, type ChecklistItem } from '#domain/library/checklist.ts';
import type { Db } from '#db/client.ts';
import { cooperationProvisions } from '#db/schema/index.ts';
import { asc } from 'drizzle-orm';

export async function getChecklist(db: Db): Promise<ChecklistItem[]> {
  const rows = await db.select().from(cooperationProvisions).orderBy(asc(cooperationProvisions.sortOrder));
  return checklistFromProvisions(rows.map((r) => ({ ...r, kind: r.kind as ChecklistItem['provisionKind'] as never })));
}
