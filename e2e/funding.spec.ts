// Funding in the browser (issue 14 §1), in English and Arabic (right to left): UNODC's officer records a contribution
// of the E2E donor in euros (the rate given with its source), allocates part of it to a public activity, and is
// refused a second allocation larger than the balance, with a message naming the balance still available; then the
// donor's representative opens the donor page and finds the activity with its participants trained. Axe on each
// page. The donor, the activities and their participant counts are test fixtures (e2e/seed-people.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalOverflow, FLOW_LANGS, freshTotpCode, mainHeading, msg, seededPerson, type Lang } from './support.ts';

interface Fixtures {
  organisations: { donor: string };
  fundedActivities: Record<string, { id: string; title: string }>;
}
const fixtures = (): Fixtures => JSON.parse(readFileSync(path.resolve('test-results/e2e-people.json'), 'utf8')) as Fixtures;

/** Signs `who` in from the page `to` (the second factor when they have one), ending on `to` in `lang`. */
async function signIn(page: Page, lang: Lang, who: 'officer' | 'donorRep', to: string) {
  const person = seededPerson(who);
  await page.goto(`/${lang}${to}`);
  await expect(page).toHaveURL(new RegExp(`/${lang}/sign-in\\?returnTo=`));
  await page.getByLabel(msg(lang, 'signIn.email')).fill(person.email);
  await page.getByLabel(msg(lang, 'signIn.password'), { exact: true }).fill(person.password);
  await page.getByRole('button', { name: msg(lang, 'signIn.submit'), exact: true }).click();
  if (person.totpSecret) {
    await expect(mainHeading(page)).toHaveText(msg(lang, 'secondFactor.title'));
    await page.getByLabel(msg(lang, 'secondFactor.code')).fill(await freshTotpCode(person.totpSecret));
    await page.getByRole('button', { name: msg(lang, 'secondFactor.submit') }).click();
  }
  // Signed in, the app opens the page in the person's own language (the first run's): back to this run's language.
  await expect(page).toHaveURL(new RegExp(`/[a-z]{2}${to}$`));
  if (!page.url().endsWith(`/${lang}${to}`)) await page.goto(`/${lang}${to}`);
}

async function check(page: Page) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
}

for (const lang of FLOW_LANGS) {
  test(`${lang}: an officer records a euro contribution, allocates it, is refused an overspend; the donor sees where it went`, async ({ browser }) => {
    const { organisations, fundedActivities } = fixtures();
    const activity = fundedActivities[lang]!;
    const officerContext = await browser.newContext();
    const page = await officerContext.newPage();
    await signIn(page, lang, 'officer', '/funding/contributions/new');
    await expect(mainHeading(page)).toHaveText(msg(lang, 'funding.new'));
    await check(page);
    await page.getByLabel(msg(lang, 'funding.field.donor')).selectOption({ label: 'E2E Donor Agency' });
    await page.getByLabel(msg(lang, 'funding.field.date')).fill('2014-01-15');
    await page.getByLabel(msg(lang, 'funding.field.amount'), { exact: true }).fill('1000.50');
    await page.getByLabel(msg(lang, 'funding.field.currency')).fill('EUR');
    await page.getByLabel(msg(lang, 'funding.field.unitsPerUsd')).fill('0.7335');
    await page.getByLabel(msg(lang, 'funding.field.rateSource')).fill('E2E test rate');
    await page.getByRole('button', { name: msg(lang, 'funding.save'), exact: true }).click();
    await expect(page).toHaveURL(/\/funding\/contributions\/[0-9a-f-]{36}\?created=1$/);
    await expect(page.getByText(msg(lang, 'funding.created'))).toBeVisible();
    await check(page);

    // Part of it to the activity.
    const amountLabel = msg(lang, 'funding.field.amountIn', { currency: 'EUR' });
    const allocate = page.getByRole('form', { name: msg(lang, 'funding.allocate') });
    await allocate.getByLabel(msg(lang, 'funding.field.activity')).selectOption({ label: activity.title });
    await allocate.getByLabel(msg(lang, 'funding.field.date')).fill('2014-02-01');
    await allocate.getByLabel(amountLabel).fill('400.25');
    await allocate.getByRole('button', { name: msg(lang, 'funding.allocate') }).click();
    await expect(allocate.getByText(msg(lang, 'funding.allocated'))).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: /400\.25 EUR/ })).toBeVisible();

    // More than the balance: refused, naming what is still available.
    await allocate.getByLabel(amountLabel).fill('700');
    await allocate.getByRole('button', { name: msg(lang, 'funding.allocate') }).click();
    await expect(allocate.getByRole('alert')).toContainText(msg(lang, 'funding.overspend', { available: '600.25', requested: '700', currency: 'EUR' }));
    await check(page);
    await officerContext.close();

    // The donor's representative: the donor page shows the activity and its participants trained.
    const donorContext = await browser.newContext();
    const donorPage = await donorContext.newPage();
    await signIn(donorPage, lang, 'donorRep', `/funding/donors/${organisations.donor}`);
    await expect(mainHeading(donorPage)).toHaveText('E2E Donor Agency');
    const funded = donorPage.getByRole('region', { name: activity.title });
    await expect(funded).toBeVisible();
    await expect(funded).toContainText(msg(lang, 'funding.donor.participants', { total: '24', female: '11', male: '13', other: '0' }));
    await expect(funded).toContainText('400.25 EUR');
    await check(donorPage);
    await donorContext.close();
  });
}
