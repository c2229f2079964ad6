import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { activities, organisations } from '#db/schema/index.ts';
import { buildOrganisation } from '../../../../test/accounts.ts';
import { buildActivity } from '../../../../test/activities.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { activityView } from './activity-views.ts';

describe('views kept per activity version', () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let computed = 0;
  const view = () =>
    activityView(t.db, 'count', async () => {
      computed++;
      const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(activities);
      return row!.n;
    });

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t?.dispose());

  it('computes a view once while nothing changes', async () => {
    const first = await view();
    expect(await view()).toBe(first);
    expect(computed).toBe(1);
  });

  it('computes it again after an activity is added, changed or deleted', async () => {
    const before = await view();
    const a = await buildActivity(t.db);
    expect(await view()).toBe(before + 1);
    const afterInsert = computed;
    await t.db.update(activities).set({ title: 'Renamed' }).where(eq(activities.id, a.id));
    await view();
    expect(computed).toBe(afterInsert + 1);
    await t.db.delete(activities).where(eq(activities.id, a.id));
    expect(await view()).toBe(before);
  });

  it('and after an organisation changes (the views show their names)', async () => {
    await view();
    const before = computed;
    const org = await buildOrganisation(t.db, { kind: 'un-entity' });
    await view();
    expect(computed).toBe(before + 1);
    await t.db.update(organisations).set({ acronym: 'NEW' }).where(eq(organisations.id, org.id));
    await view();
    expect(computed).toBe(before + 2);
  });

  it('keeps no failure: the next request computes again', async () => {
    await expect(activityView(t.db, 'failing', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await activityView(t.db, 'failing', async () => 'ok')).toBe('ok');
  });
});
