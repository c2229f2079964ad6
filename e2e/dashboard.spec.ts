// The overview: totals from the matrix, the lazily loaded world map, the latest changes.
import { expect, test, type Page } from '@playwright/test';
import {
  apiGet,
  axeAndScreenshotTests,
  expectLangDir,
  formatNumber,
  LANGS,
  mainHeading,
  msg,
  nameIn,
  onePagePerBlock,
  type MatrixApi,
} from './support.ts';

for (const lang of LANGS) {
  test.describe(`dashboard (${lang})`, () => {
    let page: Page;
    let errors: string[];
    const requested: string[] = [];

    onePagePerBlock(async (opened) => {
      ({ page, errors } = opened);
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(`/${lang}/`);
    });

    test('shows the translated heading, lang and dir', async () => {
      await expect(mainHeading(page)).toHaveText(msg(lang, 'dashboard.title'));
      await expectLangDir(page, lang);
      await expect(page).toHaveTitle(`${msg(lang, 'dashboard.title')} — ${msg(lang, 'app.name')}`);
    });

    test('shows the totals of the universal instruments, as the API computes them', async () => {
      const { data: m } = await apiGet<MatrixApi>(page, '/api/v1/matrix?category=universal');
      const universal = m.instruments.filter((i) => i.category === 'universal').map((i) => i.id);
      const counts = m.participants.map((p) => universal.filter((id) => p.cells[id]?.s === 'party').length);
      expect(m.participants.length).toBeGreaterThan(190);
      expect(universal.length).toBe(19);

      const totals = page.locator('dl.totals dd');
      await expect(totals).toHaveCount(4);
      await expect(totals.nth(0)).toHaveText(await formatNumber(page, m.participants.length));
      await expect(totals.nth(1)).toHaveText(await formatNumber(page, universal.length));
      await expect(totals.nth(2)).toHaveText(await formatNumber(page, counts.reduce((a, b) => a + b, 0)));
      // Party to all the universal instruments that have a complete list (the others are unknown for everyone).
      const known = m.instruments.filter((i) => i.category === 'universal' && i.statusListAsOf).map((i) => i.id);
      const partyToAll = m.participants.filter((p) => known.every((id) => p.cells[id]?.s === 'party')).length;
      expect(partyToAll).toBeGreaterThan(0);
      await expect(totals.nth(3)).toHaveText(await formatNumber(page, partyToAll));
      await expect(page.locator('dl.totals dt').first()).toHaveText(msg(lang, 'dashboard.totals.participants'));
    });

    test('loads the world map on demand, shaded per State', async () => {
      const map = page.locator('svg.world-map');
      await expect(map).toBeVisible({ timeout: 15_000 });
      // The map code is a chunk of its own, fetched by the page, not part of the first load.
      const chunk = requested.find((p) => /^\/assets\/world-map-[\w-]+\.js$/.test(p));
      expect(chunk, 'world-map chunk requested').toBeTruthy();
      const indexHtml = await (await page.request.get(`/${lang}/`)).text();
      expect(indexHtml).not.toContain('world-map');
      // Natural Earth 110m has ~176 shapes; most are States of the list, each a clickable region with a label.
      expect(await map.locator('path.map-region').count()).toBeGreaterThan(150);
      const box = await map.boundingBox();
      expect(box?.width).toBeGreaterThan(600);
      expect(box?.height).toBeGreaterThan(250);
      // The map is not mirrored in right-to-left: it is laid out left to right in every language.
      await expect(map).toHaveAttribute('direction', 'ltr');
      // Six shades and "no data" in the legend.
      await expect(page.locator('.map-legend li')).toHaveCount(7);
      await expect(page.locator('.map-legend li .legend-label').last()).toHaveText(msg(lang, 'map.noData'));
    });

    test('lists the latest changes', async () => {
      const rows = page.locator('section[aria-labelledby="changes-heading"] tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await rows.count()).toBeLessThanOrEqual(10);
      await expect(rows.first().locator('th a')).toHaveAttribute('href', new RegExp(`^/${lang}/states/[A-Z]{3}`));
    });

    axeAndScreenshotTests(() => page, lang, 'dashboard');

    test('opens a State profile from the map', async () => {
      const { data: m } = await apiGet<MatrixApi>(page, '/api/v1/matrix?category=universal');
      const afg = m.participants.find((p) => p.code === 'AFG')!;
      const name = nameIn(afg.names, lang, 'AFG');
      const region = page.locator('svg.world-map path.map-region').filter({
        has: page.locator('title', { hasText: new RegExp(`^${name}`) }),
      });
      await expect(region).toHaveCount(1);
      await region.dispatchEvent('click');
      await expect(page).toHaveURL(new RegExp(`/${lang}/states/AFG$`));
      await expect(mainHeading(page)).toHaveText(name);
    });

    test('logs no error in the console', () => {
      expect(errors).toEqual([]);
    });
  });
}
