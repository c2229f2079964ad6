// Search in Chinese and in Arabic finds records with their words highlighted; an anonymous reader finds public
// records only (issue 13 §3). UNOCT's officer (e2e/seed-people.ts) records three activities through the API: one
// public with a Chinese text, one public with an Arabic text, one UN-internal with both. The texts are operative
// paragraph 1 (b) of Security Council resolution 1373 (2001), S/RES/1373 (2001), as published:
// - Chinese: the UN Chinese text as annexed to China's Ministry of Foreign Affairs notice 外发[2001]18号
//   (http://ask.fsou.com/html/text/chl/632/63240_1.html);
// - Arabic: as quoted by Al-Hayat on 30 September 2001 (https://sauress.com/alhayat/31103553).
import path from 'node:path';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import {
  expectLangDir,
  expectNoAxeViolations,
  fullPageShot,
  mainHeading,
  msg,
  SCREENSHOT_DIR,
  seededPerson,
  signInThroughApi,
  type Lang,
} from './support.ts';

const ZH_TEXT =
  '将下述行为定为犯罪：本国国民或在本国领土内，以任何手段直接间接和故意提供或筹集资金，意图将这些资金用于恐怖主义行为或知晓资金将用于此种行为';
const AR_TEXT = 'تجريم قيام رعايا هذه الدول عمداً بتأمين الأموال أو جمعها، بأي وسيلة، بصورة مباشرة أو غير مباشرة، أو في أراضيها';
const RUN = Date.now().toString(36);
const TITLES = { zh: `S/RES/1373 (2001) 1 (b) zh ${RUN}`, ar: `S/RES/1373 (2001) 1 (b) ar ${RUN}`, internal: `Internal note ${RUN}` };

test.beforeAll(async ({ baseURL }) => {
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    const csrfToken = await signInThroughApi(api, seededPerson('otherOfficer'));
    const activity = (title: string, outputs: string, confidentiality: string) => ({
      title,
      kind: 'national-workshop',
      stateCodes: ['AFG'],
      themes: ['terrorist-financing'],
      startDate: '2025-03-04',
      endDate: '2025-03-04',
      online: true,
      languages: ['en'],
      outputs,
      confidentiality,
    });
    for (const data of [
      activity(TITLES.zh, ZH_TEXT, 'public'),
      activity(TITLES.ar, AR_TEXT, 'public'),
      activity(TITLES.internal, `${ZH_TEXT}\n${AR_TEXT}`, 'un-internal'),
    ]) {
      const res = await api.post('/api/v1/activities', { headers: { 'x-csrf-token': csrfToken }, data });
      expect(res.status(), await res.text()).toBe(201);
    }
  } finally {
    await api.dispose();
  }
});

/** The search page for `q`, as an anonymous reader. */
async function searchFor(page: import('@playwright/test').Page, lang: Lang, q: string) {
  await page.goto(`/${lang}/search?q=${encodeURIComponent(q)}&kind=activity`);
  await expect(mainHeading(page)).toHaveText(msg(lang, 'search.title'));
  await expectLangDir(page, lang);
}

for (const lang of ['zh', 'en', 'ar'] as const) {
  test(`${lang}: a Chinese query finds the Chinese text, highlighted, and not the internal record`, async ({ page }) => {
    // Segmented differently from the text ("资助" is not in it; "恐怖主义行为" is), with a word of the title.
    await searchFor(page, lang, '恐怖主义行为 筹集资金');
    const hits = page.locator('.search-hit');
    await expect(hits.filter({ hasText: TITLES.zh })).toHaveCount(1);
    await expect(hits.filter({ hasText: TITLES.internal })).toHaveCount(0);
    const marks = hits.filter({ hasText: TITLES.zh }).locator('.search-snippet mark');
    await expect(marks.first()).toBeVisible();
    expect(await marks.allTextContents()).toEqual(expect.arrayContaining(['恐怖主义行为', '筹集资金']));
    await expect(page.locator('.search-snippet').first()).toHaveAttribute('dir', 'auto');
    await expectNoAxeViolations(page);
    await fullPageShot(page, lang, 'search-zh');
    // The shared helper pictures English and Arabic only: Chinese here too.
    if (lang === 'zh') await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'zh-search-zh.png'), fullPage: true });
  });

  test(`${lang}: an Arabic query without hamza, tanween or article finds the Arabic text, highlighted`, async ({ page }) => {
    await searchFor(page, lang, 'اموال عمدا');
    const hit = page.locator('.search-hit').filter({ hasText: TITLES.ar });
    await expect(hit).toHaveCount(1);
    await expect(page.locator('.search-hit').filter({ hasText: TITLES.internal })).toHaveCount(0);
    expect(await hit.locator('.search-snippet mark').allTextContents()).toEqual(['عمداً', 'الأموال']);
    await fullPageShot(page, lang, 'search-ar');
  });
}

test('the header box leads to the results, and the facets narrow them', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('search').getByLabel(msg('en', 'search.label')).fill('الأموال');
  await page.getByRole('search').getByRole('button', { name: msg('en', 'search.submit') }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=/);
  await expect(page.locator('.search-hit').filter({ hasText: TITLES.ar })).toHaveCount(1);
  await expect(page.getByRole('status').first()).toBeVisible();
});
