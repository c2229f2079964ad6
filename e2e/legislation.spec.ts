// Legislation in the browser (issue 13 §1), in English, Arabic (right to left) and Chinese: Afghanistan's focal point
// opens the State's legislation page, records two assessments in its form, and sees the requirements' statuses change
// there and the instrument's summary change on the State's profile (with "ratified but not incorporated" where the
// State is a party). Every screen passes axe and is captured (test-results/screenshots/{lang}-legislation-*.png).
//
// Here the assessments are "not covered", which needs no evidence; e2e/law-to-search.spec.ts records "covered" and
// "partly covered" ones resting on the provisions of an uploaded law, and checks their evidence link.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  apiGet,
  expectLangDir,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  mainHeading,
  msg,
  openPage,
  SCREENSHOT_DIR,
  signInThroughPage,
  type Lang,
} from './support.ts';

const LEGISLATION_LANGS = ['en', 'ar', 'zh'] as const satisfies readonly Lang[];

/** Each language assesses its own instrument, so each sees its own change. */
const ASSESSED: Record<(typeof LEGISLATION_LANGS)[number], { instrumentId: string; keys: [string, string] }> = {
  en: { instrumentId: 'financing1999', keys: ['legal_persons', 'preventive_measures'] },
  ar: { instrumentId: 'bombings1997', keys: ['preventive_measures', 'jurisdiction_optional'] },
  zh: { instrumentId: 'hostages1979', keys: ['preventive_measures', 'jurisdiction_optional'] },
};

const PEOPLE_FILE = path.resolve('test-results/e2e-people.json');
const focal = () => (JSON.parse(readFileSync(PEOPLE_FILE, 'utf8')) as { focal: { email: string; password: string } }).focal;

interface LegislationApi {
  data: {
    instruments: {
      instrument: { id: string };
      participation: string;
      summary: { incorporation: string; notCovered: number };
      items: { requirementId: string; status: string }[];
    }[];
  };
}

/** Axe, no sideways overflow, and a picture (the long pages, 21 instruments' checklists, only their first screen). */
async function checkScreen(page: Page, lang: Lang, shot: string, fullPage = true) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${lang}-${shot}.png`), fullPage, animations: 'disabled' });
}

// Signed out, the app's probe of /api/v1/me answers 401 (the browser logs it): nothing else may be logged.
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 401/.test(e));

for (const lang of LEGISLATION_LANGS) {
  test.describe(`a State's legislation (${lang})`, () => {
    test('the focal point records two assessments; the legislation page and the profile change', async ({ browser }, testInfo) => {
      // Three long pages, each checked by axe: more than the default minute on a busy machine.
      test.setTimeout(240_000);
      const { context, page, errors } = await openPage(browser, testInfo);
      await context.addInitScript((l) => window.localStorage.setItem('accord.language', l), lang);
      const { instrumentId, keys } = ASSESSED[lang];
      try {
        await signInThroughPage(page, lang, focal(), '/states/AFG/legislation');
        await expectLangDir(page, lang);
        await expect(page.getByRole('heading', { level: 2, name: msg(lang, 'legislation.form.heading') })).toBeVisible();
        const row = (key: string) => page.locator(`tr[data-requirement="${instrumentId}:${key}"]`);
        for (const key of keys) await expect(row(key)).toContainText(msg(lang, 'legislation.status.not-known'));

        for (const key of keys) {
          await page.getByLabel(msg(lang, 'legislation.form.instrument')).selectOption(instrumentId);
          await page.getByLabel(msg(lang, 'legislation.form.requirement')).selectOption(`${instrumentId}:${key}`);
          await page.getByLabel(msg(lang, 'legislation.form.status')).selectOption('not-covered');
          await page.getByLabel(msg(lang, 'legislation.form.source')).selectOption('state');
          await page.getByRole('button', { name: msg(lang, 'legislation.form.submit') }).click();
          await expect(row(key).locator('.legislation-status').first()).toHaveText(msg(lang, 'legislation.status.not-covered'));
        }

        const view = await apiGet<LegislationApi>(page, '/api/v1/states/AFG/legislation');
        const inst = view.data.instruments.find((i) => i.instrument.id === instrumentId)!;
        expect(inst.summary).toMatchObject({ notCovered: 2, incorporation: 'not-incorporated' });
        const section = page.locator(`section#${instrumentId}`);
        await expect(section).toContainText(msg(lang, 'legislation.incorporation.not-incorporated'));
        if (inst.participation === 'party') await expect(section).toContainText(msg(lang, 'legislation.flags.ratifiedNotIncorporated'));
        await section.scrollIntoViewIfNeeded();
        await checkScreen(page, lang, 'legislation-state', false);

        // The profile: the instrument's summary where it said "not known", and the link to the legislation page.
        await page.goto(`/${lang}/states/AFG`);
        const onProfile = page.locator('section#legislation');
        await expect(onProfile.getByRole('heading', { level: 2 })).toHaveText(msg(lang, 'legislation.profile.heading'));
        await expect(onProfile).toContainText(msg(lang, 'legislation.incorporation.not-incorporated'));
        if (inst.participation === 'party') await expect(onProfile).toContainText(msg(lang, 'legislation.flags.ratifiedNotIncorporated'));
        await checkScreen(page, lang, 'legislation-profile');
        await onProfile.getByRole('link', { name: msg(lang, 'legislation.profile.link') }).click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/states/AFG/legislation$`));
        await expect(page.locator(`tr[data-requirement="${instrumentId}:${keys[0]}"]`)).toBeVisible();

        // The matrix's legislation view: Afghanistan's row, the instrument not incorporated.
        await page.goto(`/${lang}/matrix?view=legislation`);
        await expect(page.getByRole('navigation', { name: msg(lang, 'legislation.matrix.views') })).toBeVisible();
        const afghanistan = page.locator('table tbody tr').filter({ has: page.locator(`a[href="/${lang}/states/AFG/legislation"]`) });
        await expect(afghanistan).toHaveCount(1);
        await expect(afghanistan).toContainText(msg(lang, 'legislation.incorporation.not-incorporated'));
        await checkScreen(page, lang, 'legislation-matrix', false);

        // The checklists page: every instrument, each item linked to its article.
        await page.goto(`/${lang}/legislation`);
        await expect(mainHeading(page)).toHaveText(msg(lang, 'legislation.title'));
        await expect(page.locator('section.checklist')).toHaveCount(21);
        await checkScreen(page, lang, 'legislation-checklists', false);
        expect(unexpected(errors)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
}
