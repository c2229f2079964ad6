// The list of instruments: the 19 universal ones first, then the related ones; unknown facts said to be unknown.
import { expect, test, type Page } from '@playwright/test';
import {
  apiGet,
  axeAndScreenshotTests,
  expectLangDir,
  LANGS,
  mainHeading,
  msg,
  nameIn,
  onePagePerBlock,
  type Names,
} from './support.ts';

interface InstrumentsApi {
  data: { id: string; category: string; sortOrder: number; shortNames: Names; depositary: string | null }[];
}

for (const lang of LANGS) {
  test.describe(`instruments list (${lang})`, () => {
    let page: Page;
    let errors: string[];

    onePagePerBlock(async (opened) => {
      ({ page, errors } = opened);
      await page.goto(`/${lang}/instruments`);
    });

    test('lists the universal instruments first, in order, then the related ones', async () => {
      await expect(mainHeading(page)).toHaveText(msg(lang, 'instruments.title'));
      await expectLangDir(page, lang);
      const { data } = await apiGet<InstrumentsApi>(page, '/api/v1/instruments');
      const expected = [...data].sort(
        (a, b) => (a.category === b.category ? 0 : a.category === 'universal' ? -1 : 1) || a.sortOrder - b.sortOrder,
      );
      expect(expected.filter((i) => i.category === 'universal')).toHaveLength(19);
      const rows = page.locator('tbody tr');
      await expect(rows).toHaveCount(expected.length);
      const ids = await rows
        .locator('th a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/').pop()!.split('?')[0]));
      expect(ids).toEqual(expected.map((i) => i.id));
      const financing = rows.filter({ has: page.locator(`th a[href="/${lang}/instruments/financing1999"]`) });
      const financingNames = expected.find((i) => i.id === 'financing1999')!.shortNames;
      await expect(financing.locator('th')).toHaveText(nameIn(financingNames, lang));
      await expect(financing.locator('td').nth(1)).toHaveText(msg(lang, 'category.universal'));
      // A depositary the data does not give is shown as unknown, not left blank.
      for (const i of expected) {
        const row = rows.filter({ has: page.locator(`th a[href="/${lang}/instruments/${i.id}"]`) });
        const cell = row.locator('td').nth(4);
        if (i.depositary) await expect(cell, i.id).toHaveText(i.depositary);
        else await expect(cell, i.id).toHaveText(msg(lang, 'common.unknown'));
      }
    });

    axeAndScreenshotTests(() => page, lang, 'instruments');

    test('logs no error in the console', () => {
      expect(errors).toEqual([]);
    });
  });
}
