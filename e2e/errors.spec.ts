// Bad input: an unknown State or instrument, an unknown address, a date in the future. Each gets a translated message,
// never a blank screen or a stuck "Loading…".
import { expect, test, type Page } from '@playwright/test';
import { expectLangDir, LANGS, mainHeading, msg, onePagePerBlock } from './support.ts';

const FUTURE = '2099-01-01';

for (const lang of LANGS) {
  test.describe(`bad input (${lang})`, () => {
    let page: Page;

    onePagePerBlock(async (opened) => {
      ({ page } = opened);
    });

    test('an unknown State code shows the translated not-found message', async () => {
      const res = await page.request.get('/api/v1/participants/XYZ');
      expect(res.status()).toBe(404);
      await page.goto(`/${lang}/states/XYZ`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'state.title'));
      await expect(page.getByRole('alert')).toHaveText(msg(lang, 'errors.NOT_FOUND'));
      await expectLangDir(page, lang);
      await expect(page.locator('.loading')).toHaveCount(0);
    });

    test('an unknown instrument shows the translated not-found message', async () => {
      await page.goto(`/${lang}/instruments/no-such-convention`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'instrument.title'));
      await expect(page.getByRole('alert')).toHaveText(msg(lang, 'errors.NOT_FOUND'));
    });

    test('an unknown address shows the translated not-found page', async () => {
      await page.goto(`/${lang}/no/such/page`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'notFound.title'));
      await expect(page.locator('main')).toContainText(msg(lang, 'notFound.body'));
      await page.getByRole('link', { name: msg(lang, 'notFound.home') }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
      await expect(mainHeading(page)).toHaveText(msg(lang, 'dashboard.title'));
    });

    test('a date in the future in the address shows a clear error', async () => {
      await page.goto(`/${lang}/matrix?asOf=${FUTURE}`);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(msg(lang, 'errors.VALIDATION_FAILED'));
      // The detail names the field and the reason.
      await expect(alert.locator('li')).toHaveText(/asOf.*future/);
      // …and what to do about it, in the reader's language.
      await expect(alert).toContainText(msg(lang, 'errors.asOfHint', { latest: msg(lang, 'asOf.latest') }));
      await expect(page.locator('table.matrix')).toHaveCount(0);
      await expect(page.locator('.loading')).toHaveCount(0);
    });

    test('a date in the future typed in the field shows the same error, and "Latest" recovers', async () => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('dl.totals')).toBeVisible();
      await page.locator('.as-of input[type="date"]').fill(FUTURE);
      await page.locator('.as-of button[type="submit"]').click();
      await expect(page).toHaveURL(new RegExp(`asOf=${FUTURE}$`));
      await expect(page.getByRole('alert').first()).toContainText(msg(lang, 'errors.VALIDATION_FAILED'));
      await expect(page.locator('dl.totals')).toHaveCount(0);
      await page.locator('.as-of button', { hasText: msg(lang, 'asOf.latest') }).click();
      await expect(page.locator('dl.totals')).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  });
}
