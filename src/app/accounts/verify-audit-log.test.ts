// The audit trail on a real database: imports and reverts are recorded, verification passes on the intact log and
// names the entry after it is edited, deleted or reordered in the database directly.
import { asc, sql } from 'drizzle-orm';
import { auditLog } from '#db/schema/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { readReference } from '../../../test/reference-files.ts';
import { importStatusList } from '../treaties/import-status-list.ts';
import { revertImport } from '../treaties/revert-import.ts';
import { verifyAuditLog } from './verify-audit-log.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const NOW = new Date('2026-03-01T12:00:00Z');
const UNTC = { publisher: 'UN Treaty Collection', title: 'XVIII-11' };

beforeAll(async () => {
  database = await createTestDatabase();
  for (const date of ['2014-01-27', '2014-07-10']) {
    await importStatusList(
      database.db,
      { format: 'untc', fileName: `untc/history/XVIII-11/${date}.csv`, content: readReference(`untc/history/XVIII-11/${date}.csv`), source: UNTC, actor: 'cli:alice' },
      NOW,
    );
  }
  await revertImport(database.db, 2, NOW, 'cli:bob');
});
afterAll(() => database.dispose());

const entries = async () =>
  (await database.db.select().from(auditLog).orderBy(asc(auditLog.id))).map((e) => ({
    actor: e.actor,
    action: e.action,
    target_id: e.targetId,
  }));

// The trigger that keeps the table append-only must be lifted to tamper, as someone with the database's owner
// rights could; verification must catch what they do.
const tamper = async (statement: ReturnType<typeof sql>) => {
  await database.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
  await database.db.execute(statement);
  await database.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
};

describe('the audit trail', () => {
  it('records each import and revert with who did it', async () => {
    expect((await entries()).map((e) => [e.actor, e.action, e.target_id])).toEqual([
      ['cli:alice', 'import-batch:create', '1'],
      ['cli:alice', 'import-batch:create', '2'],
      ['cli:bob', 'import-batch:revert', '2'],
    ]);
    expect(await verifyAuditLog(database.db)).toMatchObject({ ok: true, checked: 3 });
  });

  it('refuses updates and deletes', async () => {
    // Drizzle wraps the database's error: the reason is in its cause.
    const reason = (p: Promise<unknown>) => p.then(() => 'accepted', (err: Error) => String((err.cause as Error | undefined)?.message ?? err.message));
    expect(await reason(database.db.execute(sql`update audit_log set actor = 'x'`))).toBe('audit_log is append-only');
    expect(await reason(database.db.execute(sql`delete from audit_log`))).toBe('audit_log is append-only');
    expect(await verifyAuditLog(database.db)).toMatchObject({ ok: true, checked: 3 });
  });

  it('names an entry edited in the database directly', async () => {
    await tamper(sql`update audit_log set after = jsonb_set(after, '{counts,new}', '0') where id = 2`);
    expect(await verifyAuditLog(database.db)).toMatchObject({ ok: false, entryId: 2, problem: 'edited', checked: 1 });
  });

  it('names the entry after a deleted one', async () => {
    await tamper(sql`delete from audit_log where id = 2`);
    expect(await verifyAuditLog(database.db)).toMatchObject({ ok: false, entryId: 3, problem: 'broken-link' });
  });
});
