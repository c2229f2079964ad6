// The mandate registry in the browser (issue 14 §2), in English and Arabic (right to left): UNODC's officer imports a
// real resolution shipped in data/reference/reporting/resolutions (English A/RES/51/241; Chinese A/RES/52/232, which
// recalls it), opens it, reads its paragraphs and their analysis in the reader's language, follows the link between
// the two, and corrects a paragraph's addressees; the correction is listed. axe finds no violation on either screen.
// Screenshots: test-results/screenshots/{lang}-mandates-*.png.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, freshTotpCode, mainHeading, msg, SCREENSHOT_DIR, seededPerson, type Lang } from './support.ts';

const TEXTS = {
  en: { file: 'A-RES-51-241.en.txt', language: 'en', symbol: 'A/RES/51/241' },
  ar: { file: 'A-RES-52-232.zh.txt', language: 'zh', symbol: 'A/RES/52/232' },
} as const;

async function signIn(page: Page, lang: Lang) {
  const person = seededPerson('officer');
  await page.goto(`/${lang}/sign-in?returnTo=${encodeURIComponent('/mandates')}`);
  await page.getByLabel(msg(lang, 'signIn.email')).fill(person.email);
  await page.getByLabel(msg(lang, 'signIn.password'), { exact: true }).fill(person.password);
  await page.getByRole('button', { name: msg(lang, 'signIn.submit'), exact: true }).click();
  await expect(mainHeading(page)).toHaveText(msg(lang, 'secondFactor.title'));
  await page.getByLabel(msg(lang, 'secondFactor.code')).fill(await freshTotpCode(person.totpSecret!));
  await page.getByRole('button', { name: msg(lang, 'secondFactor.submit') }).click();
  await expect(mainHeading(page)).toHaveText(msg(lang, 'mandates.title'));
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: an officer imports a real resolution, reads its paragraphs and corrects one`, async ({ page }) => {
    test.setTimeout(120_000);
    const text = TEXTS[lang];
    await page.context().addInitScript((l) => window.localStorage.setItem('accord.language', l), lang);
    await signIn(page, lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');

    // Import: the text as shipped, in its own language (a second run finds it already held: nothing changes).
    const content = readFileSync(path.resolve('data/reference/reporting/resolutions', text.file), 'utf8');
    await page.getByLabel(msg(lang, 'mandates.import.language'), { exact: true }).selectOption(text.language);
    await page.getByLabel(msg(lang, 'mandates.import.content'), { exact: true }).fill(content);
    await page.getByLabel(msg(lang, 'mandates.import.source'), { exact: true }).fill(`data/reference/reporting/resolutions/${text.file}`);
    await page.getByRole('button', { name: msg(lang, 'mandates.import.submit'), exact: true }).click();
    const status = page.locator('.status-message');
    await expect(status).toContainText(text.symbol);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${lang}-mandates-list.png`), fullPage: true });

    // The resolution: its operative paragraphs with their analysis, addressees in the reader's language.
    await status.getByRole('link', { name: text.symbol }).click();
    await expect(mainHeading(page)).toContainText(text.symbol);
    await expect(page.locator('.resolution-paragraph')).toHaveCount(lang === 'en' ? 6 : 3);
    if (lang === 'en') {
      // OP4 asks the Secretary-General to report at the fifty-second session.
      const op4 = page.locator('.resolution-paragraph').nth(3);
      await expect(op4).toContainText(msg(lang, 'mandates.addressee.secretary-general'));
      await expect(op4).toContainText('52');
    } else {
      // 52/232 recalls 51/241 (the English test imports it; the link names its symbol either way).
      await expect(page.getByText('A/RES/51/241').first()).toBeVisible();
    }

    // A correction: the first operative paragraph's addressees gain (or lose) donors; it is listed.
    const form = page.locator('section[aria-labelledby="correct"]');
    await form.getByLabel(msg(lang, 'mandates.addressee.donors'), { exact: true }).click();
    await form.getByLabel(msg(lang, 'mandates.correct.note'), { exact: true }).fill(`e2e ${lang}`);
    await form.getByRole('button', { name: msg(lang, 'mandates.correct.submit'), exact: true }).click();
    await expect(form.locator('.status-message')).toHaveText(msg(lang, 'mandates.correct.done'));
    await expect(page.locator('section[aria-labelledby="corrections"] tbody tr').first()).toContainText(`e2e ${lang}`);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${lang}-mandates-resolution.png`), fullPage: true });
  });
}
