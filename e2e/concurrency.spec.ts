// Two sessions of one person edit the same record (their account's display name): the second save, made on the
// version both loaded, is refused and the page says it was changed by someone else, with both values side by side
// (ADR 19). Nothing of the first save is lost.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { mainHeading, msg } from './support.ts';

const people = () => JSON.parse(readFileSync(path.resolve('test-results/e2e-people.json'), 'utf8')) as Record<string, { email: string; password: string }>;

async function openAccount(page: Page) {
  const focal = people().focal!;
  await page.goto('/en/account');
  await expect(page).toHaveURL(/\/en\/sign-in\?returnTo=/);
  await page.getByLabel(msg('en', 'signIn.email')).fill(focal.email);
  await page.getByLabel(msg('en', 'signIn.password'), { exact: true }).fill(focal.password);
  await page.getByRole('button', { name: msg('en', 'signIn.submit'), exact: true }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(mainHeading(page)).toHaveText(msg('en', 'account.title'));
}

async function saveName(page: Page, name: string) {
  const profile = page.locator('section[aria-labelledby="profile-heading"]');
  await profile.getByLabel(msg('en', 'account.profile.displayName')).fill(name);
  await profile.locator('button[type="submit"]').click();
}

test('a save on a stale copy is refused: "changed by someone else", yours beside the saved value', async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await openAccount(first);
  await openAccount(second);

  await saveName(first, 'Farida, first session');
  await expect(first.getByRole('alert')).toHaveCount(0);

  await saveName(second, 'Farida, second session');
  const alert = second.getByRole('alert');
  await expect(alert).toContainText(msg('en', 'errors.PRECONDITION_FAILED'));
  const table = second.getByTestId('stale-write').locator('table');
  await expect(table).toContainText('Farida, second session');
  await expect(table).toContainText('Farida, first session');

  // Reloading shows the first session's save, which was kept.
  await second.getByRole('button', { name: msg('en', 'concurrency.reload') }).click();
  await expect(second.locator('section[aria-labelledby="profile-heading"]').getByLabel(msg('en', 'account.profile.displayName'))).toHaveValue(
    'Farida, first session',
  );
});
