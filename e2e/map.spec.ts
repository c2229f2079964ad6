// The world map (issue 9, section 3): one instrument at a time on the overview and on an instrument's page, every
// participant selectable (small States as points), a legend that tells "unknown" from "no data", in left-to-right and
// right-to-left languages, on a desktop and on a phone.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  apiGet,
  expectNoHorizontalOverflow,
  mainHeading,
  msg,
  nameIn,
  onePagePerBlock,
  SCREENSHOT_DIR,
  type MatrixApi,
} from './support.ts';

const MAP_LANGS = ['en', 'ar', 'fr', 'zh', 'ru', 'es'] as const;
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const STATUSES = ['party', 'signatory', 'withdrawn', 'none', 'unknown'] as const;

type Matrix = Omit<MatrixApi['data'], 'participants' | 'instruments'> & {
  instruments: (MatrixApi['data']['instruments'][number] & { statusListAsOf: string | null })[];
  participants: (MatrixApi['data']['participants'][number] & { m49: string | null })[];
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Axe on the map's section only (the rest of each screen has its own spec). */
async function expectNoAxeViolationsInMap(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('section:has(svg.world-map)').analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  const figure = page.locator('figure.map-figure');
  await figure.scrollIntoViewIfNeeded();
  await figure.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

for (const lang of MAP_LANGS) {
  for (const viewport of VIEWPORTS) {
    test.describe(`map (${lang}, ${viewport.name})`, () => {
      let page: Page;
      let errors: string[];
      let matrix: Matrix;
      const statusOf = (code: string, instrument: string) =>
        matrix.participants.find((p) => p.code === code)!.cells[instrument]?.s ?? 'unknown';
      const nameOf = (code: string) => nameIn(matrix.participants.find((p) => p.code === code)!.names, lang, code);
      const regionLabel = (code: string, instrument: string) =>
        msg(lang, 'map.region', { name: nameOf(code), status: msg(lang, `status.${statusOf(code, instrument)}`) });
      const mapSelect = () => page.getByLabel(msg(lang, 'map.instrument'), { exact: true });
      const map = () => page.locator('svg.world-map');

      onePagePerBlock(async (opened) => {
        ({ page, errors } = opened);
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        ({ data: matrix } = await apiGet<{ data: Matrix }>(page, '/api/v1/matrix'));
        await page.goto(`/${lang}/`);
      });

      test('the overview shows one chosen instrument, with a legend of every status', async () => {
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
        await expect(map()).toBeVisible({ timeout: 15_000 });
        await expect(mapSelect()).toHaveValue('');
        await mapSelect().selectOption('financing1999');
        await expect(page).toHaveURL(/[?&]map=financing1999(&|$)/);
        const instrument = matrix.instruments.find((i) => i.id === 'financing1999')!;
        // The map is named after the instrument (the date's format is the date helpers' business).
        const named = msg(lang, 'instrument.map.label', { name: nameIn(instrument.shortNames, lang, instrument.id) });
        const [before, after] = named.split('{date}') as [string, string];
        await expect(map()).toHaveAttribute('aria-label', new RegExp(`^${escape(before)}.+${escape(after)}$`));

        const legend = page.locator('ul.map-legend');
        await expect(legend).toBeVisible();
        const labels = legend.locator('.legend-label');
        await expect(labels).toHaveText([...STATUSES.map((s) => msg(lang, `status.${s}`)), msg(lang, 'map.noData')]);
        // Unknown and no data are explained, each in its own words.
        await expect(legend.locator('li').nth(4).locator('.legend-note')).toHaveText(msg(lang, 'map.legendNote.unknown'));
        await expect(legend.locator('li').nth(5).locator('.legend-note')).toHaveText(msg(lang, 'map.legendNote.noData'));
        // …and drawn unlike each other: dots and lines, not the same fill.
        const fills = await legend.locator('.swatch rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('fill')));
        expect(new Set(fills).size).toBe(fills.length);
      });

      test('every participant is on the map or listed under it, each a link named with its status', async () => {
        const located = matrix.participants.filter((p) => p.m49);
        await expect(map().locator('a')).toHaveCount(located.length);
        const unplaced = page.locator('.map-unplaced a');
        await expect(unplaced).toHaveCount(matrix.participants.length - located.length);
        // The small States are points with the same accessible names as the areas.
        const tuvalu = map().locator('a.map-point[data-code="TUV"]');
        const nauru = map().locator('a.map-point[data-code="NRU"]');
        await expect(tuvalu).toBeVisible();
        await expect(nauru).toBeVisible();
        await expect(tuvalu).toHaveAttribute('aria-label', regionLabel('TUV', 'financing1999'));
        await expect(nauru).toHaveAttribute('aria-label', regionLabel('NRU', 'financing1999'));
        await expect(page.getByRole('link', { name: regionLabel('TUV', 'financing1999'), exact: true }).first()).toBeVisible();
        const box = (await map().boundingBox())!;
        expect(box.width).toBeGreaterThan(Math.min(viewport.width * 0.8, 900));
        // The map stays left to right in Arabic too.
        await expect(map()).toHaveAttribute('direction', 'ltr');
      });

      test('has no axe violations and fits the screen', async () => {
        await expectNoAxeViolationsInMap(page);
        await expectNoHorizontalOverflow(page);
        await shoot(page, `${lang}-map-overview-${viewport.name}`);
      });

      test('a small State opens its profile from the keyboard', async () => {
        // Tab from the selector reaches the skip link, then the States.
        await mapSelect().focus();
        await page.keyboard.press('Tab');
        await expect(page.locator('.map-skip')).toBeFocused();
        // …which jumps over the ~200 links of the map to its caption.
        await page.keyboard.press('Enter');
        await expect(page.locator('figcaption.map-after')).toBeFocused();
        const nauru = map().locator('a.map-point[data-code="NRU"]');
        await nauru.focus();
        await expect(nauru).toBeFocused();
        await expect(map().locator('.map-focus-ring')).toHaveCount(1);
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(new RegExp(`/${lang}/states/NRU$`));
        await expect(mainHeading(page)).toHaveText(nameOf('NRU'));
      });

      test("the instrument page preselects its instrument, and shows another on request", async () => {
        await page.goto(`/${lang}/instruments/bombings1997`);
        await expect(map()).toBeVisible({ timeout: 15_000 });
        await expect(mapSelect()).toHaveValue('bombings1997');
        await expect(map().locator('a.map-point[data-code="TUV"]')).toHaveAttribute(
          'aria-label',
          regionLabel('TUV', 'bombings1997'),
        );
        // Preferably an instrument without a complete status list: States without an act are then unknown, and the
        // caption says why.
        const other =
          matrix.instruments.find((i) => !i.statusListAsOf && i.id !== 'bombings1997') ??
          matrix.instruments.find((i) => i.id !== 'bombings1997')!;
        await mapSelect().selectOption(other.id);
        await expect(page).toHaveURL(new RegExp(`[?&]map=${other.id}(&|$)`));
        await expect(map().locator('a.map-point[data-code="TUV"]')).toHaveAttribute(
          'aria-label',
          regionLabel('TUV', other.id),
        );
        const caption = page.locator('figure.map-figure figcaption');
        if (other.statusListAsOf) await expect(caption).not.toContainText(msg(lang, 'map.incomplete'));
        else await expect(caption).toContainText(msg(lang, 'map.incomplete'));
        await expect(page.locator('ul.map-legend')).toBeVisible();
        await expectNoAxeViolationsInMap(page);
        await expectNoHorizontalOverflow(page);
        await shoot(page, `${lang}-map-instrument-${viewport.name}`);
      });

      test('a small State opens its profile with a click', async () => {
        const tuvalu = map().locator('a.map-point[data-code="TUV"]');
        await tuvalu.click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/states/TUV(\\?.*)?$`));
        await expect(mainHeading(page)).toHaveText(nameOf('TUV'));
      });

      test('the small States are listed under the map as well', async () => {
        await page.goto(`/${lang}/?map=icsant2005`);
        const list = page.locator('details.map-points');
        await expect(list).toBeVisible({ timeout: 15_000 });
        await list.locator('summary').click();
        const item = list.getByRole('link', { name: regionLabel('NRU', 'icsant2005'), exact: true });
        await expect(item).toBeVisible();
        await expectNoAxeViolationsInMap(page);
        await item.click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/states/NRU(\\?.*)?$`));
      });

      test('logs no error in the console', () => {
        expect(errors).toEqual([]);
      });
    });
  }
}
