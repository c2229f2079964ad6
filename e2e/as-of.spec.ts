// The "as of" control. Timor-Leste acceded to the Terrorist Financing Convention on 27 May 2014: on 18 Dec 2013 (the
// preset: resolution 68/187) it was not a party, later it is. Every screen, the export and the links follow the date.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import {
  apiGet,
  expectLangDir,
  formatDate,
  formatNumber,
  LANGS,
  mainHeading,
  msg,
  onePagePerBlock,
  revealGridRow,
  type MatrixApi,
} from './support.ts';

const PRESET = '2013-12-18';
const ACCESSION = '2014-05-27';

interface ProfileApi {
  data: {
    participation: {
      instrument: { id: string };
      status: string;
      consentKind: string | null;
      consentDate: string | null;
    }[];
    gaps: { id: string }[];
    timeline: { instrumentId: string; kind: string; date: string | null }[];
  };
}
interface InstrumentApi {
  data: { counts: { parties: number }; participants: { participantCode: string; status: string }[] };
}

const financingRow = (page: Page, lang: string) =>
  page
    .locator('section[aria-labelledby="participation-heading"] tbody tr')
    .filter({ has: page.locator(`th a[href^="/${lang}/instruments/financing1999"]`) });

test.describe('the fact the as-of tests rely on', () => {
  test('the API has Timor-Leste party to financing1999 by accession on 27 May 2014, not before', async ({ page }) => {
    const fin = (p: ProfileApi) => p.data.participation.find((x) => x.instrument.id === 'financing1999')!;
    const before = await apiGet<ProfileApi>(page, `/api/v1/participants/TLS?asOf=${PRESET}`);
    expect(fin(before).status).toBe('none');
    expect(before.data.gaps.map((g) => g.id)).toContain('financing1999');
    expect(before.data.timeline.filter((e) => e.instrumentId === 'financing1999')).toEqual([]);
    const dayBefore = await apiGet<ProfileApi>(page, '/api/v1/participants/TLS?asOf=2014-05-26');
    expect(fin(dayBefore).status).toBe('none');
    const onTheDay = await apiGet<ProfileApi>(page, `/api/v1/participants/TLS?asOf=${ACCESSION}`);
    expect(fin(onTheDay)).toMatchObject({ status: 'party', consentKind: 'accession', consentDate: ACCESSION });
    const latest = await apiGet<ProfileApi>(page, '/api/v1/participants/TLS');
    expect(fin(latest)).toMatchObject({ status: 'party', consentDate: ACCESSION });
  });
});

for (const lang of LANGS) {
  test.describe(`as of a date (${lang})`, () => {
    let page: Page;

    onePagePerBlock(async (opened) => {
      ({ page } = opened);
      await page.goto(`/${lang}/states/TLS`);
    });

    test('shows the latest status by default: Timor-Leste is a party', async () => {
      await expect(financingRow(page, lang).locator('td .status')).toHaveClass(/\bstatus-party\b/, { timeout: 15_000 });
      await expectLangDir(page, lang);
      await expect(financingRow(page, lang).locator('td').nth(2)).toHaveText(
        `${msg(lang, 'eventKind.accession')}${msg(lang, 'common.separator')}${await formatDate(page, ACCESSION)}`,
      );
      await expect(page.locator('.as-of-state')).toHaveText(msg(lang, 'asOf.showingLatest'));
      await expect(page.locator('.as-of button', { hasText: msg(lang, 'asOf.latest') })).toBeDisabled();
    });

    test('the 68/187 preset goes back to 18 Dec 2013: not a party then', async () => {
      const preset = page.locator('.as-of button[aria-pressed]');
      await expect(preset).toHaveText(msg(lang, 'asOf.preset68187', { date: await formatDate(page, PRESET) }));
      await expect(preset).toHaveAttribute('aria-pressed', 'false');
      await preset.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/states/TLS\\?asOf=${PRESET}$`));
      await expect(preset).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.as-of-state')).toHaveText(
        msg(lang, 'asOf.showing', { date: await formatDate(page, PRESET, 'long') }),
      );
      await expect(page.locator('.as-of input[type="date"]')).toHaveValue(PRESET);

      const row = financingRow(page, lang);
      await expect(row.locator('td .status')).toHaveClass(/\bstatus-none\b/);
      await expect(row.locator('td').first()).toContainText(msg(lang, 'status.none'));
      await expect(row.locator('td').nth(2).locator('time')).toHaveCount(0);
      // Not yet joined: listed in the gaps; the accession is not in the timeline yet.
      await expect(page.locator(`ul.gaps a[href^="/${lang}/instruments/financing1999"]`)).toHaveCount(1);
      await expect(page.locator(`ol.timeline a[href^="/${lang}/instruments/financing1999"]`)).toHaveCount(0);
      await expect(page.locator('ol.timeline time[datetime="2014-05-27"]')).toHaveCount(0);
    });

    test('the date follows to the matrix, its export and the instrument page', async () => {
      await page.locator('nav.main-nav a').nth(1).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/matrix\\?asOf=${PRESET}$`));
      await expect(mainHeading(page)).toHaveText(msg(lang, 'matrix.title'));
      await expect(page.locator('.as-of-note')).toContainText(
        msg(lang, 'common.statusAsOf', { date: await formatDate(page, PRESET, 'long') }),
      );
      const { data: m } = await apiGet<MatrixApi>(page, `/api/v1/matrix?asOf=${PRESET}`);
      const ordered = [...m.instruments].sort((a, b) => a.sortOrder - b.sortOrder);
      const col = ordered.findIndex((i) => i.id === 'financing1999') + 2;
      // The grid renders the rows in view: scroll its box to Timor-Leste's row.
      const tlsRow = await revealGridRow(page, lang, 'TLS');
      await expect(tlsRow.locator(`td[data-cell$=":${col}"]`)).toHaveClass(/\bstatus-none\b/);
      // The row links keep the date.
      await expect(tlsRow.locator('th a')).toHaveAttribute('href', `/${lang}/states/TLS?asOf=${PRESET}`);

      const csv = page.locator('.exports a', { hasText: msg(lang, 'matrix.export.csv') });
      await expect(csv).toHaveAttribute('href', new RegExp(`[?&]asOf=${PRESET}(&|$)`));
      const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
      const [header, ...rows] = parse(readFileSync((await download.path())!, 'utf8'), { bom: true }) as string[][];
      const tls = rows.find((r) => r[0] === 'TLS')!;
      const csvCol = header!.findIndex((h) => h.endsWith(`[financing1999] ${msg(lang, 'export.status')}`));
      expect(tls[csvCol]).toBe(msg(lang, 'status.none'));

      const view = (await apiGet<InstrumentApi>(page, `/api/v1/instruments/financing1999?asOf=${PRESET}`)).data;
      const latest = (await apiGet<InstrumentApi>(page, '/api/v1/instruments/financing1999')).data;
      expect(view.counts.parties).toBeLessThan(latest.counts.parties);
      await page.locator(`.instrument-key a[href="/${lang}/instruments/financing1999?asOf=${PRESET}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/instruments/financing1999\\?asOf=${PRESET}$`));
      await expect(page.locator('dl.totals dd').first()).toHaveText(await formatNumber(page, view.counts.parties));
      const row = page.locator('tbody tr').filter({ has: page.locator(`th a[href^="/${lang}/states/TLS"]`) });
      await expect(row.locator('td .status')).toHaveClass(/\bstatus-none\b/);
    });

    test('a date typed in the field applies: the day after the accession, a party', async () => {
      await page.locator('.as-of input[type="date"]').fill('2014-05-28');
      await page.locator('.as-of button[type="submit"]').click();
      await expect(page).toHaveURL(/asOf=2014-05-28$/);
      await expect(page.locator('.as-of button[aria-pressed]')).toHaveAttribute('aria-pressed', 'false');
      const row = page.locator('tbody tr').filter({ has: page.locator(`th a[href^="/${lang}/states/TLS"]`) });
      await expect(row.locator('td .status')).toHaveClass(/\bstatus-party\b/);
    });

    test('"Latest" goes back to today', async () => {
      await page.locator('.as-of button', { hasText: msg(lang, 'asOf.latest') }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/instruments/financing1999$`));
      await expect(page.locator('.as-of-state')).toHaveText(msg(lang, 'asOf.showingLatest'));
      const row = page.locator('tbody tr').filter({ has: page.locator(`th a[href^="/${lang}/states/TLS"]`) });
      await expect(row.locator('td .status')).toHaveClass(/\bstatus-party\b/);
    });
  });
}
