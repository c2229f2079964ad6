// API tests: the status matrix, its exports, and HTTP caching (ETag / 304) on public data.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importStatusList } from '#app/treaties/import-status-list.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';
import { readReference } from '../../../../../test/reference-files.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
beforeAll(async () => {
  t = await buildTestServer();
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

describe('GET /api/v1/matrix', () => {
  it('has a cell for every participant and instrument', async () => {
    const [matrix, participants, instruments] = await Promise.all([
      get('/api/v1/matrix').then((r) => r.json()),
      get('/api/v1/participants?pageSize=1').then((r) => r.json()),
      get('/api/v1/instruments?pageSize=1').then((r) => r.json()),
    ]);
    const { data } = matrix;
    expect(matrix.abilities.export).toBe(true);
    expect(data.asOf).toBe('2026-03-01');
    expect(data.participants).toHaveLength(participants.total);
    expect(data.instruments).toHaveLength(instruments.total);
    for (const p of data.participants) expect(Object.keys(p.cells)).toHaveLength(instruments.total);
    const afg = data.participants.find((p: { code: string }) => p.code === 'AFG');
    expect(afg.cells.financing1999).toEqual({ s: 'party', d: '2003-09-24' });
    // No Tokyo list is imported here: absence proves nothing.
    expect(afg.cells.tokyo1963).toEqual({ s: 'unknown', d: null });
    const fra = data.participants.find((p: { code: string }) => p.code === 'FRA');
    expect(fra.cells.financing1999.s).toBe('party');
    expect(afg.partyCount).toBe(1);
    const parties = data.participants.filter((p: { cells: Record<string, { s: string }> }) => p.cells.financing1999!.s === 'party');
    expect(parties).toHaveLength(186);
  });

  it('applies asOf and the filters', async () => {
    const early = (await get('/api/v1/matrix?asOf=2001-12-20&regionalGroup=Eastern%20European%20States')).json().data;
    expect(early.participants.every((p: { regionalGroup: string }) => p.regionalGroup === 'Eastern European States')).toBe(true);
    expect(early.participants.find((p: { code: string }) => p.code === 'ALB').cells.financing1999).toEqual({ s: 'signatory', d: '2001-12-18' });
    const related = (await get('/api/v1/matrix?category=related')).json().data;
    expect(related.instruments.every((i: { category: string }) => i.category === 'related')).toBe(true);
    expect(Object.keys(related.participants[0].cells).sort()).toEqual(related.instruments.map((i: { id: string }) => i.id).sort());
  });

  it('shows the regional conventions only when asked for', async () => {
    const all = (await get('/api/v1/matrix')).json().data;
    expect(all.instruments.some((i: { category: string }) => i.category === 'regional')).toBe(false);
    const regional = (await get('/api/v1/matrix?category=regional')).json().data;
    expect(regional.instruments.map((i: { id: string }) => i.id)).toContain('asean_acct_2007');
    expect(regional.instruments.every((i: { category: string }) => i.category === 'regional')).toBe(true);
  });

  it('rejects unknown parameters, bad categories and impossible dates', async () => {
    const res = await get('/api/v1/matrix?asOf=2004-02-31&category=bilateral&sort=name');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues.map((i: { path: string[] }) => i.path.join('.')).sort()).toEqual([
      'query.asOf',
      'query.category',
      'query.sort',
    ]);
  });

  it('redirects ?format= to the export with the same filters (download links built from the view URL)', async () => {
    const res = await get('/api/v1/matrix?format=csv&asOf=2010-01-01');
    expect(res.statusCode).toBe(307);
    expect(res.headers.location).toBe('/api/v1/matrix/export?format=csv&asOf=2010-01-01');
  });
});

describe('ETag and 304 on public data', () => {
  it('answers 304 to a matching If-None-Match, and changes the ETag when the data changes', async () => {
    const first = await get('/api/v1/matrix?asOf=2014-07-10');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"v\d+-[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const again = await get('/api/v1/matrix?asOf=2014-07-10');
    expect(again.headers.etag).toBe(etag);
    expect(again.body).toBe(first.body);

    const notModified = await get('/api/v1/matrix?asOf=2014-07-10', { 'if-none-match': `"other", ${etag}` });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
    // Another URL is another representation.
    expect((await get('/api/v1/matrix?asOf=2014-07-09')).headers.etag).not.toBe(etag);

    // A new import bumps the data version: the old ETag no longer matches and the view includes the new data.
    await importStatusList(
      t.database.db,
      {
        format: 'untc',
        fileName: 'XVIII-15.csv',
        content: readReference('untc/XVIII-15.csv'),
        source: { publisher: 'UN Treaty Collection', title: 'XVIII-15', asOf: '2014-07-10' },
      },
      TEST_NOW,
    );
    const after = await get('/api/v1/matrix?asOf=2014-07-10', { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    const icsantParties = after
      .json()
      .data.participants.filter((p: { cells: Record<string, { s: string }> }) => p.cells.icsant2005!.s === 'party');
    expect(icsantParties).toHaveLength(94);
  });

  it('does not cache errors', async () => {
    const res = await get('/api/v1/participants/QQQ');
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('GET /api/v1/matrix/export', () => {
  it('exports CSV with the current filters and a file name that says so', async () => {
    const res = await get('/api/v1/matrix/export?format=csv&asOf=2014-07-10&regionalGroup=African%20States');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="accord-matrix-2014-07-10-african-states.csv"');
    const lines = res.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 5)).toEqual(['Code', 'Name', 'Regional group', 'Kind', 'Party to (of the 19 universal instruments)']);
    // Each instrument's four columns end with its id in brackets, in any language.
    const col = header.findIndex((h) => h.endsWith('[financing1999] status'));
    expect(header.slice(col, col + 4)).toEqual(['date', 'source', 'data as of'].reduce((a, w) => [...a, header[col]!.replace(/status$/, w)], [header[col]!]));
    expect(lines).toHaveLength(1 + 54);
    const ago = lines.find((l) => l.startsWith('AGO,'))!.split(',');
    expect(ago[1]).toBe('Angola');
    expect(ago.slice(col, col + 4)).toEqual(['Party', '2011-06-09', 'UN Treaty Collection', '2014-07-10']);
    // A status resting on no act: "not a party" per the complete list, with that list's date; "unknown" with none.
    const tokyo = header.findIndex((h) => h.endsWith('[tokyo1963] status'));
    expect(ago.slice(tokyo, tokyo + 4)).toEqual(['Unknown', '', '', '']);
  });

  it('exports XLSX with names in the requested language', async () => {
    const res = await get('/api/v1/matrix/export?format=xlsx&asOf=2014-07-10&category=universal&lang=fr');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="accord-matrix-2014-07-10-universal.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Matrix', 'Instruments', 'About']);
    const sheet = wb.getWorksheet('Matrix')!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const header = rows[0]!;
    expect(header.slice(1, 4)).toEqual(['Code', 'Nom', 'Groupe régional']);
    const dza = rows.find((r) => r[1] === 'DZA')!;
    expect(dza[2]).toBe('Algérie');
    // The French official title where no French short name is sourced, the id for scripts, the statuses in French.
    const col = header.findIndex((h) => typeof h === 'string' && h.endsWith('[financing1999] statut'));
    expect(header[col]).toMatch(/^Convention internationale pour la répression du financement du terrorisme/);
    expect([dza[col], dza[col + 1], dza[col + 2], dza[col + 3]]).toEqual(['Partie', '2001-11-08', 'UN Treaty Collection', '2014-07-10']);
    expect(rows).toHaveLength(1 + (await get('/api/v1/participants?pageSize=1')).json().total);
  });

  it('exports JSON identical to the view', async () => {
    const file = await get('/api/v1/matrix/export?format=json&asOf=2014-07-10');
    expect(file.headers['content-disposition']).toBe('attachment; filename="accord-matrix-2014-07-10.json"');
    const view = (await get('/api/v1/matrix?asOf=2014-07-10')).json().data;
    expect(file.json()).toEqual(view);
  });

  it('rejects an unknown format', async () => {
    const res = await get('/api/v1/matrix/export?format=pdf');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].path).toEqual(['query', 'format']);
  });

  it('is rate limited for anonymous callers', async () => {
    let last = 0;
    for (let i = 0; i < 40 && last !== 429; i++) {
      last = (await t.app.inject({ url: '/api/v1/matrix/export?format=json', remoteAddress: '10.9.9.9' })).statusCode;
    }
    expect(last).toBe(429);
    const res = await t.app.inject({ url: '/api/v1/matrix/export?format=json', remoteAddress: '10.9.9.9' });
    expect(res.json().error.code).toBe('RATE_LIMITED');
    expect(res.headers['retry-after']).toBeDefined();
    // Others are not affected.
    expect((await t.app.inject({ url: '/api/v1/matrix/export?format=json', remoteAddress: '10.9.9.8' })).statusCode).toBe(200);
  });
});
