// The overview in all six languages: each universal instrument named in the language (its short name or official
// title where a source gives one), with the date of its own newest complete list, written as that language writes
// dates; the instrument without one said to be unknown. What the page says is read from the API, not assumed.
import { expect, test } from '@playwright/test';
import { apiGet, formatDate, msg, nameIn, type MatrixApi } from './support.ts';

const ALL_LANGS = ['en', 'ar', 'zh', 'fr', 'ru', 'es'] as const;

for (const lang of ALL_LANGS) {
  test(`the overview says how current each instrument's data is (${lang})`, async ({ page }) => {
    const { data: m } = await apiGet<MatrixApi>(page, '/api/v1/matrix?category=universal');
    await page.goto(`/${lang}/`);
    const section = page.locator('section[aria-labelledby="data-dates-heading"]');
    await expect(section.locator('h2')).toHaveText(msg(lang, 'dashboard.dataDates.heading'));
    const rows = section.locator('table').first().locator('tbody tr');
    await expect(rows).toHaveCount(19);
    let translated = 0;
    for (const i of m.instruments.filter((x) => x.category === 'universal')) {
      const row = rows.filter({ has: page.locator(`th a[href^="/${lang}/instruments/${i.id}"]`) });
      const name = nameIn(i.shortNames, lang);
      await expect(row.locator('th'), i.id).toHaveText(name);
      if (lang !== 'en' && i.shortNames[lang]) translated++;
      if (i.statusListAsOf) {
        await expect(row.locator('td time'), i.id).toHaveAttribute('datetime', i.statusListAsOf);
        await expect(row.locator('td'), i.id).toHaveText(await formatDate(page, i.statusListAsOf));
      } else {
        await expect(row.locator('td'), i.id).toHaveText(msg(lang, 'dashboard.dataDates.noList'));
      }
    }
    // French has a sourced name for 19 of them (Fedlex, the UN); every other language for some.
    if (lang !== 'en') expect(translated, lang).toBeGreaterThan(lang === 'fr' ? 15 : 0);
    // The newest list is no later than today, and the page never says the status is known as of today for all.
    const dates = m.instruments.map((i) => i.statusListAsOf).filter((d): d is string => !!d).sort();
    await expect(page.locator('.as-of-note').first()).toContainText(await formatDate(page, dates[0]!, 'long'));
  });
}
