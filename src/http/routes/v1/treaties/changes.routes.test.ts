// API tests: changes (JSON, paged), the Atom feed, import batches and health.
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xmlEscape } from '#app/treaties/get-changes-feed.ts';
import { buildTestServer, FINANCING_2014 } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
beforeAll(async () => {
  // Two imports, recorded a minute apart on 2026-02-28: financing (318 events), then nuclear terrorism.
  t = await buildTestServer([FINANCING_2014, { file: 'untc/XVIII-15.csv', asOf: '2014-07-10' }]);
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

/** Parses strictly (saxes is a conforming XML parser): throws on anything not well-formed. */
function parseXml(xml: string) {
  const parser = new SaxesParser({ xmlns: true });
  const elements: { name: string; attributes: Record<string, string>; text: string }[] = [];
  let current: (typeof elements)[number] | null = null;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attributes[k] = typeof v === 'string' ? v : v.value;
    current = { name: tag.local, attributes, text: '' };
    elements.push(current);
  });
  parser.on('text', (text) => {
    if (current) current.text += text;
  });
  parser.write(xml).close();
  return elements;
}

describe('GET /api/v1/changes', () => {
  it('lists events newest recorded first, paged', async () => {
    const body = (await get('/api/v1/changes?pageSize=5')).json();
    const financingEvents = 318;
    expect(body.total).toBeGreaterThan(financingEvents);
    expect(body.data).toHaveLength(5);
    // The later import comes first.
    expect(body.data[0].event.instrumentId).toBe('icsant2005');
    const pages = await Promise.all([1, 2].map((n) => get(`/api/v1/changes?pageSize=500&page=${n}`)));
    const last = pages.flatMap((p) => p.json().data);
    expect(last).toHaveLength(body.total);
    const recorded = last.map((c: { recordedAt: string }) => c.recordedAt);
    expect([...recorded].sort().reverse()).toEqual(recorded);
    const afg = last.find((c: { event: { participantCode: string; instrumentId: string } }) => c.event.participantCode === 'AFG' && c.event.instrumentId === 'financing1999');
    expect(afg.event).toMatchObject({ kind: 'accession', date: '2003-09-24', source: { asOf: '2014-07-10' } });
  });

  it('lists the latest acts by their own date with sort=acts, not the order of import', async () => {
    const body = (await get('/api/v1/changes?sort=acts&pageSize=500')).json();
    const dates: string[] = body.data.map((c: { event: { date: string } }) => c.event.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    // The newest act of all the recorded events comes first; Timor-Leste's accession to the Financing Convention
    // (27 May 2014) among the first.
    const all = (await Promise.all([1, 2].map((n) => get(`/api/v1/changes?pageSize=500&page=${n}`)))).flatMap((p) => p.json().data);
    const newest = all.map((c: { event: { date: string | null } }) => c.event.date ?? '').sort().at(-1);
    expect(body.data[0].event.date).toBe(newest);
    expect(body.data.slice(0, 20)).toContainEqual(
      expect.objectContaining({ event: expect.objectContaining({ participantCode: 'TLS', instrumentId: 'financing1999', kind: 'accession', date: '2014-05-27' }) }),
    );
    // Acts only: no reservation or declaration, and none undated.
    expect(body.data.every((c: { event: { kind: string; date: string | null } }) => c.event.date !== null && !['reservation', 'declaration'].includes(c.event.kind))).toBe(true);
    expect((await get('/api/v1/changes?sort=newest')).statusCode).toBe(400);
  });

  it('filters by the date recorded', async () => {
    expect((await get('/api/v1/changes?since=2026-02-28')).json().total).toBe((await get('/api/v1/changes')).json().total);
    expect((await get('/api/v1/changes?since=2026-03-01')).json()).toMatchObject({ total: 0, data: [] });
    const bad = await get('/api/v1/changes?since=2026-13-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toEqual(['query', 'since']);
  });
});

describe('GET /api/v1/changes.atom', () => {
  it('is a well-formed Atom feed of the latest 100 changes', async () => {
    const res = await get('/api/v1/changes.atom');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers.etag).toBeDefined();
    const elements = parseXml(res.body);
    expect(elements[0]).toMatchObject({ name: 'feed' });
    const entries = elements.filter((e) => e.name === 'entry');
    expect(entries).toHaveLength(100);
    const ids = elements.filter((e) => e.name === 'id').map((e) => e.text);
    expect(new Set(ids).size).toBe(ids.length);
    expect(elements.find((e) => e.name === 'link' && e.attributes.rel === 'self')?.attributes.href).toBe('/api/v1/changes.atom');
    expect(res.body).toContain('Nuclear Terrorism');
  });

  it("links each entry to the State's page that a feed reader can open, keeping the event's URN as its id", async () => {
    const elements = parseXml((await get('/api/v1/changes.atom')).body);
    const changes = (await get('/api/v1/changes?pageSize=100')).json().data as { event: { id: number; participantCode: string } }[];
    const entries: { id: string; links: Record<string, string>[] }[] = [];
    for (const e of elements) {
      if (e.name === 'entry') entries.push({ id: '', links: [] });
      const entry = entries.at(-1);
      if (!entry) continue;
      if (e.name === 'id') entry.id = e.text.trim();
      if (e.name === 'link') entry.links.push(e.attributes);
    }
    expect(entries).toHaveLength(changes.length);
    entries.forEach((entry, i) => {
      const { id, participantCode } = changes[i]!.event;
      expect(entry.id).toBe(`urn:accord:event:${id}`);
      const alternate = entry.links.filter((l) => (l.rel ?? 'alternate') === 'alternate');
      // The web app's page of a State (src/web/router.tsx: /{lang}/states/{code}).
      expect(alternate).toEqual([{ rel: 'alternate', type: 'text/html', href: `/en/states/${participantCode}` }]);
      expect(entry.links).toContainEqual({ rel: 'related', type: 'application/json', href: `/api/v1/participants/${participantCode}` });
    });
  });

  it('is empty, and still valid, when nothing was recorded since the date', async () => {
    const elements = parseXml((await get('/api/v1/changes.atom?since=2026-03-01')).body);
    expect(elements.filter((e) => e.name === 'entry')).toHaveLength(0);
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const nasty = 'Trinidad & Tobago <b>"x"</b> \'y\' \u0001\uFFFE';
    const escaped = xmlEscape(nasty);
    expect(escaped).toBe('Trinidad &amp; Tobago &lt;b&gt;&quot;x&quot;&lt;/b&gt; &apos;y&apos; ');
    const [el] = parseXml(`<t a="${escaped}">${escaped}</t>`);
    expect(el!.text).toBe('Trinidad & Tobago <b>"x"</b> \'y\' ');
    expect(el!.attributes.a).toBe(el!.text);
  });
});

describe('GET /api/v1/import-batches', () => {
  it('lists the batches newest first with their counts and sources', async () => {
    const body = (await get('/api/v1/import-batches')).json();
    expect(body.total).toBe(2);
    expect(body.data.map((b: { fileName: string }) => b.fileName)).toEqual(['XVIII-15.csv', 'XVIII-11.csv']);
    expect(body.data[1]).toMatchObject({
      status: 'applied',
      instrumentId: 'financing1999',
      counts: { new: 318, unresolved: 0 },
      source: { publisher: 'UN Treaty Collection', asOf: '2014-07-10' },
    });
    expect((await get('/api/v1/import-batches?page=2&pageSize=1')).json().data[0].fileName).toBe('XVIII-11.csv');
  });

  it('shows one batch with its whole log, and 404 or 400 for a batch that is not there', async () => {
    const [, financing] = (await get('/api/v1/import-batches')).json().data;
    const one = (await get(`/api/v1/import-batches/${financing.id}`)).json().data;
    expect(one).toMatchObject({ id: financing.id, instrumentId: 'financing1999', counts: { new: 318 } });
    expect(one.log).toHaveLength(318);
    expect(one.log).toContainEqual(expect.objectContaining({ type: 'new', code: 'AFG', kind: 'accession', date: '2003-09-24' }));
    expect((await get('/api/v1/import-batches/99999')).statusCode).toBe(404);
    expect((await get('/api/v1/import-batches/x')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/health', () => {
  it('reports the data version and is never cached', async () => {
    const res = await get('/api/v1/health');
    expect(res.statusCode).toBe(200);
    // Seeding the reference data moved it once, then two imports.
    expect(res.json()).toEqual({ status: 'ok', dataVersion: 3 });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
