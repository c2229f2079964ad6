// API tests of an EXPECTED ratification: recorded with a State and an instrument before the deposit, confirmed when
// an import records the State's deposit, expected again when that import is reverted, and counted in the summary only
// once confirmed. Real lists: UNTC's XVIII-11 (Financing Convention 1999) of 2013-06-06, which does not yet list
// Timor-Leste, then of 2014-07-10, which lists its accession of 2014-05-27. Also: the warning on a future date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importStatusList } from '#app/treaties/import-status-list.ts';
import { revertImport } from '#app/treaties/revert-import.ts';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { buildActivity } from '../../../../../test/activities.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';
import { readReference } from '../../../../../test/reference-files.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
let officer: Record<string, string>;
let tlsActivity: string;
let afgActivity: string;

beforeAll(async () => {
  t = await buildTestServer([{ file: 'untc/history/XVIII-11/2013-06-06.csv', asOf: '2013-06-06', instrumentId: 'financing1999' }]);
  const db = t.database.db;
  const unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' })).id;
  const { user } = await buildUser(db, { role: 'entity-officer', organisation: { id: unodc } }, TEST_NOW);
  officer = (await signedIn(db, user.id, TEST_NOW)).headers;
  // Before Timor-Leste's accession (2014-05-27), so the deposit followed the activity.
  tlsActivity = (await buildActivity(db, { organisationId: unodc, title: 'Timor-Leste drafting', stateCodes: ['TLS'], startDate: '2014-01-10', endDate: '2014-01-12' })).id;
  afgActivity = (await buildActivity(db, { organisationId: unodc, title: 'Afghanistan training', stateCodes: ['AFG'], startDate: '2025-01-10', endDate: '2025-01-12' })).id;
});
afterAll(() => t?.close());

const send = (method: string, url: string, payload?: unknown) =>
  t.app.inject({ method: method as 'GET', url: `/api/v1${url}`, headers: officer, ...(payload ? { payload: payload as object } : {}) });
const importList = (file: string, asOf: string, minute: number) =>
  importStatusList(
    t.database.db,
    { format: 'untc', instrumentId: 'financing1999', fileName: file.split('/').pop()!, content: readReference(file), source: { publisher: 'UN Treaty Collection', title: `UNTC ${asOf}`, asOf } },
    new Date(TEST_NOW.getTime() + minute * 60_000),
  );
const resultOf = async (id: string) => {
  const list = (await send('GET', `/results?stateCode=TLS`)).json().data as { id: string }[];
  return list.find((r) => r.id === id) as Record<string, unknown> | undefined;
};
const summary = async () => (await send('GET', '/results/summary')).json().data;

describe('an expected ratification', () => {
  let resultId: string;

  it('is recorded with a State and an instrument, no event yet, and is not counted', async () => {
    const res = await send('POST', `/activities/${tlsActivity}/results`, {
      kind: 'ratification-deposited', expected: true, instrumentId: 'financing1999', expectedDate: '2014-06-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.data).toMatchObject({
      kind: 'ratification-deposited', stateCode: 'TLS', instrumentId: 'financing1999', status: 'expected',
      participationEventId: null, participationEvent: null, confirmedAt: null, expectedDate: '2014-06-30',
    });
    expect(body.warnings).toEqual([]);
    resultId = body.data.id;
    const s = await summary();
    expect(s.total.ratifications).toBe(0);
    expect(s.expected).toEqual({ results: 1, resultIds: [resultId] });
  });

  it('is confirmed when an import records the State’s deposit, and counted; reverting the import makes it expected again', async () => {
    const later = await importList('untc/history/XVIII-11/2014-07-10.csv', '2014-07-10', 1);
    expect(later.new.map((n) => n.code)).toContain('TLS');
    const confirmed = await resultOf(resultId);
    expect(confirmed).toMatchObject({
      status: 'confirmed', confirmedAt: '2014-05-27', participationEvent: { kind: 'accession', date: '2014-05-27', instrumentId: 'financing1999' },
    });
    const s = await summary();
    expect(s.total).toMatchObject({ ratifications: 1, resultIds: [resultId] });
    expect(s.byState).toEqual([expect.objectContaining({ stateCode: 'TLS', ratifications: 1 })]);
    expect(s.byYear).toEqual([expect.objectContaining({ year: 2014, ratifications: 1 })]);
    expect(s.expected).toEqual({ results: 0, resultIds: [] });
    expect((await send('GET', '/results/summary?from=2015-01-01')).json().data.total.ratifications).toBe(0);

    await revertImport(t.database.db, later.batchId, new Date(TEST_NOW.getTime() + 2 * 60_000));
    expect(await resultOf(resultId)).toMatchObject({ status: 'expected', participationEvent: null, confirmedAt: null });
    const after = await summary();
    expect(after.total.ratifications).toBe(0);
    expect(after.expected.resultIds).toEqual([resultId]);
  });

  it('is confirmed at once when the deposit is already in the record, if it followed the activity', async () => {
    await importList('untc/history/XVIII-11/2014-07-10.csv', '2014-07-10', 3);
    const detail = await send('GET', `/activities/${tlsActivity}`);
    expect(detail.json().data.results).toEqual([expect.objectContaining({ id: resultId, status: 'confirmed', confirmedAt: '2014-05-27' })]);
    // Afghanistan's deposit (2003) came before this 2025 activity: it did not follow it, so the result stays expected.
    const afg = await send('POST', `/activities/${afgActivity}/results`, { kind: 'ratification-deposited', expected: true, instrumentId: 'financing1999' });
    expect(afg.statusCode, afg.body).toBe(201);
    expect(afg.json().data).toMatchObject({ stateCode: 'AFG', status: 'expected', expectedDate: null });
  });

  it('refuses an unknown instrument, a missing one, an event named too, and an expected result of another kind', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ kind: 'ratification-deposited', expected: true, instrumentId: 'no-such-treaty' }, ['body', 'instrumentId']],
      [{ kind: 'ratification-deposited', expected: true }, ['body', 'instrumentId']],
      [{ kind: 'ratification-deposited', expected: true, instrumentId: 'financing1999', participationEventId: 1 }, ['body', 'participationEventId']],
      [{ kind: 'legislation-adopted', expected: true, instrumentId: 'financing1999', date: '2025-02-01' }, ['body', 'expected']],
    ];
    for (const [body, path] of cases) {
      const res = await send('POST', `/activities/${afgActivity}/results`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.issues.map((i: { path: string[] }) => i.path)).toContainEqual(path);
    }
  });
});

describe('a result dated in the future', () => {
  it('is recorded with a warning naming the date; one dated today has none', async () => {
    const future = await send('POST', `/activities/${afgActivity}/results`, { kind: 'legislation-adopted', date: '2026-03-02', description: 'typo' });
    expect(future.statusCode, future.body).toBe(201);
    expect(future.json().warnings).toEqual([expect.objectContaining({ path: ['date'], code: 'future_date' })]);
    const today = await send('POST', `/activities/${afgActivity}/results`, { kind: 'legislation-adopted', date: '2026-03-01' });
    expect(today.json().warnings).toEqual([]);
  });
});
