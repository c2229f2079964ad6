// "Who does what, where" reads spans that a trigger keeps (ADR 16). Whatever is written to activities — inserts,
// changes of States, themes, dates, entity or status, cancellation and back, deletion, the deletion of an entity —
// the view must equal the same aggregate computed straight from the activities' rows.
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../../../test/accounts.ts';
import { insertActivities } from '../../../../test/activities.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { activities, organisations } from '#db/schema/index.ts';
import { createCoordinationRepo, type CoordinationCellFilters, type CoordinationCellRow } from './coordination.repo.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const STATES = ['AFG', 'NGA', 'FRA', 'PER', 'XEU'];
const THEMES = ['victims', 'internet-use', 'terrorist-financing', 'ratification-legislation'];
const T0 = new Date('2026-01-01T00:00:00Z');

/** A small deterministic generator, so that a failure can be replayed. */
function generator(seed: number) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const some = <T,>(xs: readonly T[]) => xs.filter(() => next() < 0.4).concat(xs[int(0, xs.length - 1)]!).filter((x, i, a) => a.indexOf(x) === i);
  const date = () => `20${String(int(18, 26)).padStart(2, '0')}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  return { next, int, some, date };
}

/** The aggregate straight from the activities' rows: the answer the view must give. */
async function expected(f: CoordinationCellFilters): Promise<CoordinationCellRow[]> {
  const rows = await database.db
    .select({
      organisationId: activities.organisationId,
      stateCodes: activities.stateCodes,
      themes: activities.themes,
      startDate: activities.startDate,
      endDate: activities.endDate,
      status: activities.status,
    })
    .from(activities);
  const cells = new Map<string, { stateCode: string; theme: string; organisationId: string; n: number; first: string; last: string }>();
  for (const a of rows) {
    if (a.status === 'cancelled' || a.endDate < f.from || a.startDate > f.to) continue;
    for (const stateCode of new Set(a.stateCodes))
      for (const theme of new Set(a.themes)) {
        if (f.stateCodes && !f.stateCodes.includes(stateCode)) continue;
        if (f.theme && theme !== f.theme) continue;
        const key = `${stateCode}|${theme}|${a.organisationId}`;
        const c = cells.get(key) ?? { stateCode, theme, organisationId: a.organisationId, n: 0, first: a.startDate, last: a.endDate };
        c.n++;
        if (a.startDate < c.first) c.first = a.startDate;
        if (a.endDate > c.last) c.last = a.endDate;
        cells.set(key, c);
      }
  }
  return [...cells.values()].map((c) => ({
    stateCode: c.stateCode,
    theme: c.theme,
    organisationId: c.organisationId,
    organisationNames: {},
    organisationAcronym: null,
    activities: c.n,
    firstDate: c.first,
    lastDate: c.last,
  }));
}

const comparable = (rows: CoordinationCellRow[]) =>
  rows
    .map((r) => `${r.stateCode} ${r.theme} ${r.organisationId} ${r.activities} ${r.firstDate} ${r.lastDate}`)
    .sort();

const FILTERS: CoordinationCellFilters[] = [
  { from: '2000-01-01', to: '2030-12-31' },
  { from: '2021-03-15', to: '2022-06-30' },
  { from: '2024-01-01', to: '2024-01-01' },
  { from: '2019-01-01', to: '2025-12-31', theme: 'victims' },
  { from: '2019-01-01', to: '2025-12-31', stateCodes: ['AFG', 'NGA'] },
  { from: '2018-01-01', to: '2026-12-31', stateCodes: ['XEU'], theme: 'terrorist-financing' },
  { from: '2018-01-01', to: '2026-12-31', stateCodes: [] },
];

async function expectViewToMatchActivities(): Promise<void> {
  const repo = createCoordinationRepo(database.db);
  for (const f of FILTERS) {
    const { rows, total } = await repo.whoDoesWhatWhere(f, { limit: 10_000, offset: 0 });
    const want = await expected(f);
    expect(comparable(rows), JSON.stringify(f)).toEqual(comparable(want));
    expect(total).toBe(want.length);
  }
}

let orgs: string[];
const r = generator(4);

beforeAll(async () => {
  database = await createTestDatabase();
  orgs = [];
  for (const name of ['UNODC', 'CTED', 'UNOCT']) orgs.push((await buildOrganisation(database.db, { kind: 'un-entity', name }, T0)).id);
  const rows: Parameters<typeof insertActivities>[1] = [];
  for (let i = 0; i < 300; i++) {
    const start = r.date();
    const end = r.next() < 0.2 ? r.date() : start; // some end before they start: the repository does not validate
    rows.push({
      organisationId: orgs[r.int(0, 2)]!,
      stateCodes: r.some(STATES),
      themes: r.some(THEMES),
      startDate: start < end ? start : end,
      endDate: start < end ? end : start,
      status: r.next() < 0.1 ? 'cancelled' : 'planned',
    });
  }
  await insertActivities(database.db, rows, T0);
});
afterAll(() => database.dispose());

describe('who does what, where (spans kept by trigger)', () => {
  it('equals the aggregate of the activities as inserted', async () => {
    const repo = createCoordinationRepo(database.db);
    const { rows: all } = await repo.whoDoesWhatWhere(FILTERS[0]!, { limit: 10_000, offset: 0 });
    expect(all.length).toBeGreaterThan(30);
    // Ordered by State, theme, then entity.
    const order = all.map((c) => `${c.stateCode} ${c.theme}`);
    expect(order).toEqual([...order].sort());
    await expectViewToMatchActivities();
  });

  it('follows changes of States, themes, dates, entity and status, cancellations and deletions', async () => {
    const db = database.db;
    const ids = (await db.select({ id: activities.id }).from(activities)).map((a) => a.id);
    for (let i = 0; i < 60; i++) {
      const id = ids[r.int(0, ids.length - 1)]!;
      const change = i % 6;
      if (change === 0) await db.update(activities).set({ stateCodes: r.some(STATES) }).where(eq(activities.id, id));
      if (change === 1) await db.update(activities).set({ themes: r.some(THEMES) }).where(eq(activities.id, id));
      if (change === 2) {
        const d = r.date();
        await db.update(activities).set({ startDate: d, endDate: d }).where(eq(activities.id, id));
      }
      if (change === 3) await db.update(activities).set({ organisationId: orgs[r.int(0, 2)]! }).where(eq(activities.id, id));
      if (change === 4) await db.update(activities).set({ status: r.next() < 0.5 ? 'cancelled' : 'completed' }).where(eq(activities.id, id));
      if (change === 5) await db.delete(activities).where(eq(activities.id, id));
    }
    // A change that touches no column of the view leaves it as it was.
    await db.update(activities).set({ title: 'Renamed' }).where(inArray(activities.id, ids.slice(0, 20)));
    await expectViewToMatchActivities();
  });

  it('uses up no cell ids when a save rewrites the same values or an activity falls in cells that exist', async () => {
    const db = database.db;
    const lastId = async () => Number(((await db.execute(sql`select last_value from coordination_cells_id_seq`)) as unknown as { rows: { last_value: string }[] }).rows[0]!.last_value);
    const [a] = await db.select().from(activities).where(sql`${activities.status} <> 'cancelled'`).limit(1);
    const before = await lastId();
    await db.update(activities).set({ stateCodes: a!.stateCodes, themes: a!.themes, startDate: a!.startDate, endDate: a!.endDate }).where(eq(activities.id, a!.id));
    await insertActivities(database.db, [{ organisationId: a!.organisationId, stateCodes: a!.stateCodes, themes: a!.themes, startDate: '2024-02-02', endDate: '2024-02-03' }], T0);
    expect(await lastId()).toBe(before);
    await expectViewToMatchActivities();
  });

  it('forgets an entity deleted with its activities', async () => {
    const db = database.db;
    await db.delete(activities).where(eq(activities.organisationId, orgs[2]!));
    await db.delete(organisations).where(eq(organisations.id, orgs[2]!));
    await expectViewToMatchActivities();
    const { rows } = await createCoordinationRepo(db).whoDoesWhatWhere(FILTERS[0]!, { limit: 10_000, offset: 0 });
    expect(rows.some((c) => c.organisationId === orgs[2])).toBe(false);
  });
});
