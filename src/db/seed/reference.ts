// Loads the shipped reference data (participants, aliases, instruments, cooperation provisions) into the database. Idempotent: reference
// rows are upserted, so a newer release of data/reference updates them in place. Participation events are not
// reference data: they come only through imports (src/app/treaties/import-status-list.ts) and are never rewritten here.
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { cooperationProvisions, instruments, participantAliases, participants } from '../schema/index.ts';
import { loadReferenceFiles } from './reference-files.ts';
import { createDataVersionRepo, forgetDataVersion } from '../repos/treaties/data-version.repo.ts';

const excluded = (column: string) => sql.raw(`excluded.${column}`);

export async function seedReferenceData(db: Db, now = new Date()): Promise<{ participants: number; aliases: number; instruments: number }> {
  const ref = loadReferenceFiles();
  await db.transaction(async (tx) => {
    await tx
      .insert(participants)
      .values(ref.participants)
      .onConflictDoUpdate({
        target: participants.code,
        set: {
          iso2: excluded('iso2'),
          m49: excluded('m49'),
          kind: excluded('kind'),
          regionalGroup: excluded('regional_group'),
          memberSince: excluded('member_since'),
          stateSince: excluded('state_since'),
          names: excluded('names'),
          officialNameEn: excluded('official_name_en'),
          source: excluded('source'),
        },
      });
    await tx
      .insert(participantAliases)
      .values(ref.aliases)
      .onConflictDoUpdate({
        target: participantAliases.alias,
        set: { code: excluded('code'), note: excluded('note') },
      });
    await tx
      .insert(instruments)
      .values(ref.instruments)
      .onConflictDoUpdate({
        target: instruments.id,
        set: Object.fromEntries(
          [
            'category', 'sort_order', 'short_names', 'titles', 'title_sources', 'adopted_place', 'adopted_date',
            'opened_for_signature', 'entry_into_force', 'depositary', 'untc_ref', 'eif_rule', 'eif_rule_source',
            'reported_parties_count', 'reported_parties_as_of', 'source_url', 'notes',
          ].map((c) => [c.replace(/_(\w)/g, (_, x: string) => x.toUpperCase()), excluded(c)]),
        ),
      });
    // Provisions are reference data only (nothing points at a row): replaced whole, so a corrected file is taken as is.
    await tx.delete(cooperationProvisions);
    await tx.insert(cooperationProvisions).values(ref.provisions);
    // Names and instruments appear in every cached view: move the version so caches drop them.
    await createDataVersionRepo(tx as unknown as Db).bump(now);
  });
  forgetDataVersion(db);
  return { participants: ref.participants.length, aliases: ref.aliases.length, instruments: ref.instruments.length };
}
