// The directory of competent authorities in the browser (issue 11 §3), in English, Arabic (right to left) and
// Chinese, each language with its own two entries of Norway (e2e/seed-people.ts: one confirmed today, one confirmed
// 13 months ago):
//   1. Anyone: the State's list shows both entries, the old one marked stale; the entry page shows what is public and
//      says plainly that the contacts are withheld (no address, e-mail or telephone of a contact on the screen).
//   2. Norway's central-authority practitioner signs in, opens the stale entry, confirms it (the stale mark is gone,
//      on the entry and in the list), then changes a field and sees it saved.
//   3. Afghanistan's focal point records a bilateral extradition treaty with another State in the web form, and the
//      legal-basis finder shows it for that pair (each language its own pair).
// Every screen passes axe, fits the viewport and is captured (test-results/screenshots/{lang}-authorities-*.png,
// {lang}-bilateral-*.png).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  apiGet,
  expectLangDir,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  formatDate,
  mainHeading,
  msg,
  openPage,
  SCREENSHOT_DIR,
  signInThroughPage,
  type Lang,
} from './support.ts';

/** The signed-in flows run in English and Arabic (FLOW_LANGS); the directory's stale mark also in Chinese (issue 11). */
const AUTHORITY_LANGS = ['en', 'ar', 'zh'] as const satisfies readonly Lang[];

interface Person {
  email: string;
  password: string;
}
interface People {
  practitioner: Person;
  focal: Person;
  authorities: Record<string, { current: string; stale: string }>;
}

const PEOPLE_FILE = path.resolve('test-results/e2e-people.json');
const people = (): People => JSON.parse(readFileSync(PEOPLE_FILE, 'utf8')) as People;

interface AuthorityApi {
  data: { id: string; name: string; stale: boolean; confirmedAt: string; contacts: unknown; withheld: string[] };
}

const SEEDED_CONTACT = { name: 'Test Contact', email: 'mla.test@e2e.example', phone: '+47 00 00 00 00' };

/** Axe, no sideways overflow, and a full-page picture (in every language of this spec, Chinese included). */
async function checkScreen(page: Page, lang: Lang, shot: string) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${lang}-${shot}.png`), fullPage: true, animations: 'disabled' });
}

/** The stale mark's text, "Stale: not confirmed since {date}", with the date as the app writes it. */
async function staleText(page: Page, lang: Lang, confirmedAt: string): Promise<string> {
  return msg(lang, 'authorities.staleSince', { date: await formatDate(page, confirmedAt.slice(0, 10)) });
}

async function confirmedText(page: Page, lang: Lang, confirmedAt: string): Promise<string> {
  return msg(lang, 'authorities.confirmedOn', { date: await formatDate(page, confirmedAt.slice(0, 10)) });
}

/** How the app lists alternatives in each language ("Direct, Diplomatic"): never run together. */
const LIST_SEPARATOR: Record<(typeof AUTHORITY_LANGS)[number], string> = { en: ', ', ar: ' و', zh: '、' };

/** The other State of each language's bilateral treaty with Afghanistan (one pair per language). */
const TREATY_PARTNER: Record<(typeof AUTHORITY_LANGS)[number], string> = { en: 'NOR', ar: 'SWE', zh: 'DNK' };

const factOf = (page: Page, label: string) =>
  page.locator('dl.facts > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');

/** The page's status line (saved, confirmed); "Loading…" of a section is a status too, so not any role=status. */
const statusLine = (page: Page) => page.locator('p.status-message[role="status"]');

const rowOf = (page: Page, name: string) => page.locator('table tbody tr').filter({ has: page.getByRole('link', { name, exact: true }) });

// Signed out, the app's probe of /api/v1/me answers 401 (the browser logs it): nothing else may be logged.
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 401/.test(e));

for (const lang of AUTHORITY_LANGS) {
  test.describe(`the directory of competent authorities (${lang})`, () => {
    test.describe.configure({ mode: 'serial' });
    const ids = () => people().authorities[lang]!;
    const currentName = `E2E extradition unit (${lang})`;
    const staleName = `E2E mutual legal assistance unit (${lang})`;

    test('anyone: the State’s list shows its entries, the one not confirmed for 13 months marked stale', async ({ browser }, testInfo) => {
      const { context, page, errors } = await openPage(browser, testInfo);
      try {
        await page.goto(`/${lang}/cooperation/authorities?state=NOR`);
        await expectLangDir(page, lang);
        await expect(mainHeading(page)).toHaveText(msg(lang, 'authorities.title'));
        const current = (await apiGet<AuthorityApi>(page, `/api/v1/cooperation/authorities/${ids().current}`)).data;
        const stale = (await apiGet<AuthorityApi>(page, `/api/v1/cooperation/authorities/${ids().stale}`)).data;
        expect(current.stale).toBe(false);
        expect(stale.stale).toBe(true);

        // The State by its name in the reader's language: in the rows and in the directory files' scope.
        const norway = await apiGet<{ data: { participant: { names: Record<string, string> } } }>(page, '/api/v1/participants/NOR');
        const stateName = norway.data.participant.names[lang] || norway.data.participant.names.en!;
        await expect(page.locator('.directory-files')).toContainText(msg(lang, 'directory.scopeState', { state: stateName }));

        const currentRow = rowOf(page, currentName);
        const staleRow = rowOf(page, staleName);
        await expect(currentRow).toHaveCount(1);
        await expect(staleRow).toHaveCount(1);
        await expect(staleRow.getByTestId('stale-mark')).toHaveText(await staleText(page, lang, stale.confirmedAt));
        await expect(currentRow.getByTestId('stale-mark')).toHaveCount(0);
        await expect(currentRow).toContainText(await confirmedText(page, lang, current.confirmedAt));
        await expect(staleRow).toContainText(msg(lang, 'authorities.kind.mla'));
        await expect(currentRow).toContainText(msg(lang, 'authorities.kind.extradition'));
        await expect(staleRow.getByRole('link', { name: stateName, exact: true })).toBeVisible();
        await checkScreen(page, lang, 'authorities-list');

        // The entry page: the public fields, the stale mark, and the contacts withheld, said plainly.
        await staleRow.getByRole('link', { name: staleName, exact: true }).click();
        await expect(mainHeading(page)).toHaveText(staleName);
        await expect(page.getByTestId('stale-mark')).toHaveText(await staleText(page, lang, stale.confirmedAt));
        await expect(page.getByText(msg(lang, 'authorities.withheldNote'))).toBeVisible();
        const contacts = page.locator('section[aria-labelledby="contacts-heading"]');
        await expect(contacts.getByRole('heading', { level: 2 })).toHaveText(msg(lang, 'authorities.field.contacts'));
        await expect(contacts).toContainText(msg(lang, 'authorities.withheld'));
        await expect(page.getByText('E2E test address, Oslo')).toBeVisible();
        // Channels listed as alternatives, with the language's separator (Chinese ran them together before).
        const channels = ['direct', 'diplomatic'].map((c) => msg(lang, `authorities.channel.${c}`));
        await expect(factOf(page, msg(lang, 'authorities.field.channels'))).toHaveText(channels.join(LIST_SEPARATOR[lang]));
        const body = await page.locator('main').innerText();
        for (const secret of Object.values(SEEDED_CONTACT)) expect(body).not.toContain(secret);
        // No one signed out is offered to confirm or change it.
        await expect(page.getByRole('button', { name: msg(lang, 'authorities.confirm') })).toHaveCount(0);
        await expect(page.getByRole('link', { name: msg(lang, 'authorities.edit'), exact: true })).toHaveCount(0);
        await checkScreen(page, lang, 'authorities-entry');
        expect(unexpected(errors)).toEqual([]);
      } finally {
        await context.close();
      }
    });

    test('the State’s practitioner confirms the stale entry (the mark is gone), then changes a field', async ({ browser }, testInfo) => {
      const { context, page, errors } = await openPage(browser, testInfo);
      // The reader picked the language: signing in keeps it (rather than the profile's first language).
      await context.addInitScript((l) => window.localStorage.setItem('accord.language', l), lang);
      try {
        await signInThroughPage(page, lang, people().practitioner, `/cooperation/authorities/${ids().stale}`);
        await expectLangDir(page, lang);
        await expect(mainHeading(page)).toHaveText(staleName);
        await expect(page.getByTestId('stale-mark')).toBeVisible();
        // The practitioner reads the contacts the public does not.
        const contacts = page.locator('section[aria-labelledby="contacts-heading"]');
        await expect(contacts.getByRole('rowheader', { name: SEEDED_CONTACT.name })).toBeVisible();
        await expect(contacts.getByRole('link', { name: SEEDED_CONTACT.email })).toBeVisible();
        await checkScreen(page, lang, 'authorities-entry-practitioner');

        await page.getByRole('button', { name: msg(lang, 'authorities.confirm') }).click();
        await expect(statusLine(page)).toContainText(msg(lang, 'authorities.confirmed'));
        await expect(page.getByTestId('stale-mark')).toHaveCount(0);
        const confirmed = (await apiGet<AuthorityApi>(page, `/api/v1/cooperation/authorities/${ids().stale}`)).data;
        expect(confirmed.stale).toBe(false);
        await expect(page.locator('article > p').getByText(await confirmedText(page, lang, confirmed.confirmedAt))).toBeVisible();
        // The history says it was confirmed.
        await expect(page.locator('section[aria-labelledby="history-heading"]')).toContainText(msg(lang, 'authorities.history.confirmed'));

        // The list no longer marks it stale.
        await page.getByRole('link', { name: msg(lang, 'authorities.back') }).click();
        await expect(mainHeading(page)).toHaveText(msg(lang, 'authorities.title'));
        await expect(rowOf(page, staleName)).toHaveCount(1);
        await expect(rowOf(page, staleName).getByTestId('stale-mark')).toHaveCount(0);

        // A change, saved and shown.
        await rowOf(page, staleName).getByRole('link', { name: staleName, exact: true }).click();
        await expect(mainHeading(page)).toHaveText(staleName);
        await page.getByRole('link', { name: msg(lang, 'authorities.edit'), exact: true }).click();
        await expect(mainHeading(page)).toHaveText(msg(lang, 'authorities.editTitle'));
        const urgent = page.getByRole('textbox', { name: msg(lang, 'authorities.field.urgentProcedure'), exact: true });
        await expect(urgent).toHaveValue('E2E test: by e-mail, then in writing.');
        const changed = `E2E test (${lang}): by telephone first, then by e-mail.`;
        await urgent.fill(changed);
        await checkScreen(page, lang, 'authorities-edit');
        await page.getByRole('button', { name: msg(lang, 'common.save'), exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/cooperation/authorities/${ids().stale}\\?saved=1$`));
        await expect(statusLine(page)).toContainText(msg(lang, 'authorities.saved'));
        await expect(mainHeading(page)).toHaveText(staleName);
        await expect(page.getByText(changed)).toBeVisible();
        const saved = await apiGet<{ data: { urgentProcedure: string; stale: boolean } }>(page, `/api/v1/cooperation/authorities/${ids().stale}`);
        expect(saved.data.urgentProcedure).toBe(changed);
        expect(saved.data.stale).toBe(false);
        expect(unexpected(errors)).toEqual([]);
      } finally {
        await context.close();
      }
    });

    test('a focal point records a bilateral treaty, and the finder shows it for that pair', async ({ browser }, testInfo) => {
      const { context, page, errors } = await openPage(browser, testInfo);
      await context.addInitScript((l) => window.localStorage.setItem('accord.language', l), lang);
      const partner = TREATY_PARTNER[lang];
      const title = `E2E test extradition treaty between Afghanistan and ${partner} (${lang})`;
      try {
        await signInThroughPage(page, lang, people().focal, '/cooperation/treaties/new');
        await expectLangDir(page, lang);
        await expect(mainHeading(page)).toHaveText(msg(lang, 'register.treaties.add'));
        await page.getByLabel(msg(lang, 'register.fields.kind'), { exact: true }).selectOption('extradition');
        await page.getByLabel(msg(lang, 'register.fields.title'), { exact: true }).fill(title);
        await page.getByLabel(msg(lang, 'register.fields.stateA'), { exact: true }).selectOption('AFG');
        await page.getByLabel(msg(lang, 'register.fields.stateB'), { exact: true }).selectOption(partner);
        await page.getByLabel(msg(lang, 'register.fields.signedOn'), { exact: true }).fill('2001-02-03');
        await page.getByLabel(msg(lang, 'register.fields.inForceFrom'), { exact: true }).fill('2002-03-04');
        await page.getByLabel(msg(lang, 'register.fields.source'), { exact: true }).fill('E2E test source');
        await checkScreen(page, lang, 'bilateral-new');
        await page.getByRole('button', { name: msg(lang, 'common.save'), exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/cooperation/treaties/[0-9a-f-]{36}$`));
        await expect(mainHeading(page)).toHaveText(title);

        // The finder, asked about that pair for an extradition after the treaty entered into force.
        await page.goto(`/${lang}/cooperation/legal-basis?from=AFG&to=${partner}&kind=extradition&conduct=hostage-taking&asOf=2020-01-01`);
        const bilateral = page.locator('section[aria-labelledby="answer-bilateral"]');
        await expect(bilateral.getByRole('heading', { level: 3 })).toHaveText(msg(lang, 'finder.bilateral.heading'));
        const item = bilateral.locator('li').filter({ hasText: title });
        await expect(item).toHaveCount(1);
        await expect(item).toContainText(msg(lang, 'finder.bilateral.kind.extradition'));
        await expect(item).toContainText(msg(lang, 'finder.bilateral.signed', { date: await formatDate(page, '2001-02-03') }));
        await expect(item).toContainText(msg(lang, 'finder.bilateral.inForce', { date: await formatDate(page, '2002-03-04') }));
        await expect(item).toContainText('E2E test source');
        // Before it entered into force it does not count.
        await page.goto(`/${lang}/cooperation/legal-basis?from=AFG&to=${partner}&kind=extradition&conduct=hostage-taking&asOf=2002-01-01`);
        await expect(bilateral.getByRole('heading', { level: 3 })).toBeVisible();
        await expect(bilateral.locator('li').filter({ hasText: title })).toHaveCount(0);
        await page.goto(`/${lang}/cooperation/legal-basis?from=AFG&to=${partner}&kind=extradition&conduct=hostage-taking&asOf=2020-01-01`);
        await expect(item).toHaveCount(1);
        await checkScreen(page, lang, 'bilateral-finder');
        expect(unexpected(errors)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
}
