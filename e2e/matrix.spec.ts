// The status matrix: sorting, the regional-group and category filters, keyboard navigation of the grid (mirrored in
// Arabic), and the export that carries the current filters. The grid renders only the rows in view: the tests read its
// rows by scrolling its box (gridRows), and check that it stays a few dozen rows of DOM.
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import {
  apiGet,
  expectLangDir,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  formatNumber,
  fullPageShot,
  gridRows,
  LANGS,
  mainHeading,
  msg,
  nameIn,
  onePagePerBlock,
  SCREENSHOT_DIR,
  type MatrixApi,
} from './support.ts';

const GROUP = 'Eastern European States';

/** Participant codes of the grid's rows, top to bottom (all of them, rendered or not). */
const rowCodes = async (page: Page) => (await gridRows(page)).map((r) => r.code);

/** Status classes (`party`, `none`, …) of one column, top to bottom. */
const columnStatuses = async (page: Page, col: number) => (await gridRows(page)).map((r) => r.statuses[col]!);

/** The grid holds every row (aria-rowcount counts the header row) but renders only those in view. */
async function expectRowCount(page: Page, count: number) {
  await expect(page.locator('table.matrix')).toHaveAttribute('aria-rowcount', String(count + 1));
  const rendered = await page.locator('table.matrix tbody tr[aria-rowindex]').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThanOrEqual(Math.min(count, 60));
}

for (const lang of LANGS) {
  test.describe(`matrix (${lang})`, () => {
    let page: Page;
    let errors: string[];
    let all: MatrixApi['data'];
    /** Column index of financing1999 in the unfiltered grid (0: State, 1: joined, 2…: instruments by sort order). */
    let financingCol: number;

    onePagePerBlock(async (opened) => {
      ({ page, errors } = opened);
      all = (await apiGet<MatrixApi>(page, '/api/v1/matrix')).data;
      const ordered = [...all.instruments].sort((a, b) => a.sortOrder - b.sortOrder);
      financingCol = ordered.findIndex((i) => i.id === 'financing1999') + 2;
      await page.goto(`/${lang}/matrix`);
      await expect(page.locator('table.matrix')).toBeVisible({ timeout: 20_000 });
    });

    test('shows every State and instrument, with lang and dir', async () => {
      await expect(mainHeading(page)).toHaveText(msg(lang, 'matrix.title'));
      await expectLangDir(page, lang);
      await expectRowCount(page, all.participants.length);
      await expect(page.locator('table.matrix thead th')).toHaveCount(all.instruments.length + 2);
      // The financing column's header names that instrument (its full title as tooltip).
      const financing = all.instruments.find((i) => i.id === 'financing1999')!;
      await expect(page.locator(`table.matrix thead th[data-cell="0:${financingCol}"] button`)).toHaveAttribute(
        'title',
        nameIn(financing.titles, lang),
      );
      // Default order: by name in the language's collation, ascending.
      const codes = await rowCodes(page);
      const byCode = new Map(all.participants.map((p) => [p.code, p]));
      const names = codes.map((c) => nameIn(byCode.get(c)!.names, lang, c));
      const collator = new Intl.Collator(lang);
      expect(names).toEqual([...names].sort(collator.compare));
    });

    test('is captured', async () => {
      await fullPageShot(page, lang, 'matrix');
      // The grid scrolls inside its own box; the page itself does not overflow sideways.
      await expectNoHorizontalOverflow(page);
    });

    test('sorts by the number of instruments joined, then reverses', async () => {
      const joinedOf = new Map(
        all.participants.map((p) => [p.code, Object.values(p.cells).filter((c) => c.s === 'party').length]),
      );
      const joinedHeader = page.locator('table.matrix thead th[data-cell="0:1"]');
      await joinedHeader.locator('button').click();
      await expect(page).toHaveURL(/[?&]sort=joined&dir=desc(&|$)/);
      await expect(joinedHeader).toHaveAttribute('aria-sort', 'descending');
      await expect(page.locator('table.matrix thead th[data-cell="0:0"]')).not.toHaveAttribute('aria-sort', /./);
      const desc = (await rowCodes(page)).map((c) => joinedOf.get(c)!);
      expect(desc.length).toBe(all.participants.length);
      expect(desc).toEqual([...desc].sort((a, b) => b - a));
      expect(desc[0]).toBeGreaterThan(desc.at(-1)!);
      await expect(page.locator('table.matrix tbody tr[aria-rowindex="2"] td.joined')).toHaveText(
        await formatNumber(page, desc[0]!),
      );

      await joinedHeader.locator('button').click();
      await expect(page).toHaveURL(/[?&]sort=joined(&|$)/);
      await expect(page).not.toHaveURL(/dir=desc/);
      await expect(joinedHeader).toHaveAttribute('aria-sort', 'ascending');
      const asc = (await rowCodes(page)).map((c) => joinedOf.get(c)!);
      expect(asc).toEqual([...asc].sort((a, b) => a - b));
    });

    test('sorts by an instrument column: parties first, earliest consent first', async () => {
      const header = page.locator(`table.matrix thead th[data-cell="0:${financingCol}"]`);
      await header.locator('button').click();
      await expect(page).toHaveURL(/[?&]sort=financing1999&dir=desc(&|$)/);
      await expect(header).toHaveAttribute('aria-sort', 'descending');
      const statuses = await columnStatuses(page, financingCol);
      const firstNonParty = statuses.findIndex((s) => s !== 'party');
      expect(firstNonParty).toBeGreaterThan(100);
      expect(statuses.slice(firstNonParty)).not.toContain('party');
      const byCode = new Map(all.participants.map((p) => [p.code, p]));
      const dates = (await rowCodes(page))
        .slice(0, firstNonParty)
        .map((c) => byCode.get(c)!.cells.financing1999!.d ?? '9999');
      expect(dates).toEqual([...dates].sort());
      // Back to the default order by name for the next steps.
      await page.locator('table.matrix thead th[data-cell="0:0"] button').click();
      await expect(page).not.toHaveURL(/sort=/);
    });

    test(`arrow keys move between cells${lang === 'ar' ? ', mirrored' : ''}`, async () => {
      const cell = (r: number, c: number) => page.locator(`table.matrix [data-cell="${r}:${c}"]`);
      const start = cell(1, 3);
      await start.click();
      await expect(start).toBeFocused();
      // Positions within the table: focusing a cell may scroll the page or the grid's box.
      const box = (r: number, c: number) =>
        cell(r, c).evaluate((el) => {
          const own = el.getBoundingClientRect();
          const table = el.closest('table')!.getBoundingClientRect();
          return { x: own.left - table.left, y: own.top - table.top };
        });
      const before = await box(1, 3);

      // ArrowRight goes to the cell on the right: the next column in ltr, the previous one in rtl.
      await page.keyboard.press('ArrowRight');
      const right = lang === 'ar' ? 2 : 4;
      await expect(cell(1, right)).toBeFocused();
      expect((await box(1, right)).x).toBeGreaterThan(before.x);
      // The focused cell is the grid's only tab stop.
      await expect(cell(1, right)).toHaveAttribute('tabindex', '0');
      await expect(start).toHaveAttribute('tabindex', '-1');

      await page.keyboard.press('ArrowDown');
      await expect(cell(2, right)).toBeFocused();
      expect((await box(2, right)).y).toBeGreaterThan(before.y);

      await page.keyboard.press('ArrowLeft');
      await expect(cell(2, 3)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(cell(1, 3)).toBeFocused();

      // Home: the row's start, the State's name (a link).
      await page.keyboard.press('Home');
      await expect(cell(1, 0).locator('a')).toBeFocused();
      await page.keyboard.press('PageDown');
      await expect(cell(11, 0).locator('a')).toBeFocused();
      // Only one tab stop in the whole grid.
      expect(await page.locator('table.matrix [tabindex="0"]').count()).toBe(1);
    });

    test('filters by regional group', async () => {
      const expected = all.participants.filter((p) => p.regionalGroup === GROUP).map((p) => p.code);
      expect(expected.length).toBeGreaterThan(10);
      await page.getByLabel(msg(lang, 'matrix.filter.regionalGroup'), { exact: true }).selectOption(GROUP);
      await expect(page).toHaveURL(new RegExp(`[?&]group=${encodeURIComponent(GROUP).replace(/%20/g, '(\\+|%20)')}`));
      await expectRowCount(page, expected.length);
      expect((await rowCodes(page)).sort()).toEqual([...expected].sort());
      // The translated group name is shown as the selected option.
      await expect(page.locator('select').first().locator('option:checked')).toHaveText(
        msg(lang, 'regionalGroup.easternEuropean'),
      );
    });

    test('filters by category: universal instruments only', async () => {
      await page.getByLabel(msg(lang, 'matrix.filter.category'), { exact: true }).selectOption('universal');
      await expect(page).toHaveURL(/[?&]category=universal(&|$)/);
      const universal = all.instruments.filter((i) => i.category === 'universal').length;
      await expect(page.locator('table.matrix thead th')).toHaveCount(universal + 2);
      // The group filter stays.
      await expect(page).toHaveURL(/[?&]group=/);
    });

    // On one regional group and the universal instruments: every row is the same component, and axe's contrast check over the ~4,000 cells of the
    // whole matrix takes 40 s here.
    test('has no axe violations', async () => {
      await expectNoAxeViolations(page);
    });

    test('exports a CSV with the current filters', async () => {
      const link = page.locator('.exports a', { hasText: msg(lang, 'matrix.export.csv') });
      const url = new URL((await link.getAttribute('href'))!, page.url());
      expect(url.pathname).toBe('/api/v1/matrix');
      expect(url.searchParams.get('format')).toBe('csv');
      expect(url.searchParams.get('regionalGroup')).toBe(GROUP);
      expect(url.searchParams.get('category')).toBe('universal');

      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const records = parse(readFileSync((await download.path())!, 'utf8'), { bom: true }) as string[][];
      const [header, ...rows] = records as [string[], ...string[][]];
      // Headers and statuses in the page's language; each instrument's columns end with its id in brackets.
      expect(header.slice(0, 3)).toEqual([msg(lang, 'export.code'), msg(lang, 'export.name'), msg(lang, 'export.regionalGroup')]);
      const col = header.findIndex((h) => h.endsWith(`[financing1999] ${msg(lang, 'export.status')}`));
      expect(col).toBeGreaterThan(4);
      expect(header[col + 3]).toMatch(new RegExp(`\\[financing1999\\] ${msg(lang, 'export.asOf')}$`));
      // Related instruments are filtered out, as on screen.
      expect(header.some((h) => h.includes('[untoc2000]'))).toBe(false);
      const shown = await rowCodes(page);
      expect(rows.map((r) => r[0]).sort()).toEqual([...shown].sort());
      for (const r of rows) expect(r[2]).toBe(GROUP);
      // The financing column agrees with the grid, State by State.
      const ordered = all.instruments
        .filter((i) => i.category === 'universal')
        .sort((a, b) => a.sortOrder - b.sortOrder);
      const gridCol = ordered.findIndex((i) => i.id === 'financing1999') + 2;
      const onScreen = new Map(shown.map((c, i) => [c, i]));
      const statuses = await columnStatuses(page, gridCol);
      for (const r of rows) expect(r[col], r[0]).toBe(msg(lang, `status.${statuses[onScreen.get(r[0]!)!]}`));
    });

    if (lang === 'en') {
      // The README picture (docs/screenshot.png): the matrix as of 18 Dec 2013, 1280×800 from its heading down.
      // Written to docs/ only when ACCORD_UPDATE_README_SCREENSHOT is set, so that a run changes no committed file.
      test('README picture', async () => {
        await page.goto('/en/matrix?asOf=2013-12-18&category=universal');
        await expectRowCount(page, all.participants.length);
        await expect(page.locator('.as-of button[aria-pressed="true"]')).toBeVisible();
        await page.evaluate(() => document.fonts.ready);
        const top = await mainHeading(page).evaluate((h) => h.getBoundingClientRect().top + window.scrollY - 24);
        const file = path.join(SCREENSHOT_DIR, 'readme-matrix.png');
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: top, width: 1280, height: 800 } });
        expect(statSync(file).size).toBeLessThanOrEqual(300_000);
        if (process.env.ACCORD_UPDATE_README_SCREENSHOT) copyFileSync(file, path.resolve('docs/screenshot.png'));
      });
    }

    test('logs no error in the console', () => {
      expect(errors).toEqual([]);
    });
  });
}
