// Accounts, administration and documents in the browser: the first administrator accepts their invitation and sets up
// a second factor (codes computed here from the secret the page shows, as an authenticator app would), then signs in
// once per language — English, Arabic (right to left), Chinese — and uses their account page, the administration
// (organisations, people and roles, invitations, audit trail) and documents (upload, list, document page). Each screen
// passes axe and is captured. The first language of the profile applies at sign-in: the English block makes Arabic
// the first language, the Arabic block Chinese, so the next sign-in lands in that language.
//
// The administrator's one-time link comes from `accord admin create`, run on the test database before the server
// starts (see playwright.config.ts): test-results/e2e-admin-link.txt.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import {
  axeAndScreenshotTests,
  expectLangDir,
  expectNoAxeViolations,
  fullPageShot,
  mainHeading,
  msg,
  onePagePerBlock,
  FLOW_LANGS,
  type Lang,
} from './support.ts';

const ADMIN_LINK_FILE = path.resolve('test-results/e2e-admin-link.txt');
const ADMIN = { email: 'ada.admin@e2e.example', name: 'Ada Admin', password: 'violet tundra ledger 7319 quay' };
const ORGANISATION = { en: 'Counter-Terrorism Test Office', fr: 'Bureau d’essai antiterroriste', acronym: 'CTTO' };

// ---------------------------------------------------------------------------------------------------------------
// The administrator's second factor, shared by the blocks (they run in order). Kept in a file: after a failed test
// Playwright starts a new worker, and the blocks after it still need the secret and the last time step used.

const TOTP_FILE = path.resolve('test-results/e2e-admin-totp.json');
const PERIOD = 30_000;
const stepNow = () => Math.floor(Date.now() / PERIOD);

function totpState(): { secret: string | null; lastStep: number } {
  return existsSync(TOTP_FILE) ? JSON.parse(readFileSync(TOTP_FILE, 'utf8')) : { secret: null, lastStep: 0 };
}

const haveSecondFactor = () => totpState().secret !== null;

/** The recovery codes shown at enrolment (the English block signs in with one). */
const RECOVERY_FILE = path.resolve('test-results/e2e-admin-recovery-codes.json');

/**
 * A code the server has not seen: a time step after the last one used (each is accepted once), at most one step
 * ahead of the clock (the server accepts one step of drift). Waits for the clock when the next step is further away.
 */
async function freshCode(): Promise<string> {
  const { secret, lastStep } = totpState();
  expect(secret, 'the second factor was set up').not.toBeNull();
  const want = lastStep + 1;
  while (want > stepNow() + 1) await new Promise((r) => setTimeout(r, 500));
  const step = Math.max(stepNow(), want);
  writeFileSync(TOTP_FILE, JSON.stringify({ secret, lastStep: step }));
  return TOTP.generate({ secret: Secret.fromBase32(secret!), algorithm: 'SHA1', digits: 6, period: 30, timestamp: step * PERIOD });
}

function adminLinkPath(): string {
  if (!existsSync(ADMIN_LINK_FILE)) {
    throw new Error(`${ADMIN_LINK_FILE} is missing: playwright.config.ts must run \`accord admin create\` before \`serve\`.`);
  }
  const link = /https?:\/\/\S+/.exec(readFileSync(ADMIN_LINK_FILE, 'utf8'))?.[0];
  if (!link) throw new Error(`No link in ${ADMIN_LINK_FILE}`);
  return new URL(link).pathname;
}

/** The path without its language prefix, e.g. '/account'. */
const pathOf = (page: Page) => new URL(page.url()).pathname;

async function signOut(page: Page, lang: Lang) {
  await page.locator('.user-menu-button').click();
  await page.getByRole('button', { name: msg(lang, 'userMenu.signOut') }).click();
  await expect(page.locator('.user-menu').getByRole('link', { name: msg(lang, 'userMenu.signIn') })).toBeVisible();
}

// ---------------------------------------------------------------------------------------------------------------

test.describe('the first administrator’s invitation', () => {
  let page: Page;
  let errors: string[];
  let invitationPath: string;

  onePagePerBlock(async (opened) => {
    ({ page, errors } = opened);
    invitationPath = adminLinkPath();
    rmSync(TOTP_FILE, { force: true });
  });

  for (const lang of ['ar'] as const) {
    test(`the invitation reads in ${lang} and passes axe`, async () => {
      await page.goto(`/${lang}${invitationPath.replace(/^\/[a-z]{2}(?=\/)/, '')}`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'invitation.title'));
      await expectLangDir(page, lang);
      await expect(page.locator('dl.facts')).toContainText(ADMIN.email);
      await expectNoAxeViolations(page);
      await fullPageShot(page, lang, 'invitation');
    });
  }

  test('accepting asks for a name and a password, explaining the rules when they are not met', async () => {
    await page.goto(invitationPath);
    await expect(page).toHaveURL(/\/en\/invitations\//);
    await expect(mainHeading(page)).toHaveText(msg('en', 'invitation.title'));
    await expect(page.locator('dl.facts')).toContainText(msg('en', 'admin.person.platformAdmin'));
    // The name the inviter gave is offered.
    const name = page.getByLabel(msg('en', 'account.profile.displayName'));
    await expect(name).toHaveValue(ADMIN.name);
    await expectNoAxeViolations(page);
    await fullPageShot(page, 'en', 'invitation');

    const password = page.getByLabel(msg('en', 'password.new'), { exact: true });
    await password.fill('too short');
    await page.getByRole('button', { name: msg('en', 'invitation.accept') }).click();
    // The rule broken, translated from its issue code and tied to the field.
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await password.getAttribute('aria-describedby'))!.split(' ');
    const errorText = await page.locator(`[id="${describedBy.at(-1)}"]`).innerText();
    expect(errorText).toContain(msg('en', 'issues.password_too_short'));
    await expectNoAxeViolations(page);
  });

  test('then the second factor is set up from the QR code’s secret, and the account page opens', async () => {
    await page.getByLabel(msg('en', 'password.new'), { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: msg('en', 'invitation.accept') }).click();
    await expect(page).toHaveURL(/\/en\/sign-in\/enrol\?returnTo=%2Faccount$/);
    await expect(mainHeading(page)).toHaveText(msg('en', 'enrol.title'));
    const qr = page.locator('img.qr-code');
    await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/);
    await expect(qr).toHaveAttribute('alt', msg('en', 'enrol.step2.qrAlt'));
    const secret = (await page.locator('.totp-secret').innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    writeFileSync(TOTP_FILE, JSON.stringify({ secret, lastStep: 0 }));
    await expectNoAxeViolations(page);
    await fullPageShot(page, 'en', 'enrol');

    // A wrong code is refused at the field.
    const code = page.getByLabel(msg('en', 'enrol.step3.code'));
    await code.fill('000000');
    await page.getByRole('button', { name: msg('en', 'enrol.step3.submit') }).click();
    await expect(code).toHaveAttribute('aria-invalid', 'true');

    await code.fill(await freshCode());
    await page.getByRole('button', { name: msg('en', 'enrol.step3.submit') }).click();
    // The recovery codes, shown this once, before carrying on.
    await expect(page.locator('#recovery-codes-heading')).toHaveText(msg('en', 'recoveryCodes.heading'));
    const recoveryCodes = await page.locator('ol.recovery-codes code').allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    for (const c of recoveryCodes) expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    writeFileSync(RECOVERY_FILE, JSON.stringify(recoveryCodes));
    await expect(page.getByRole('link', { name: msg('en', 'recoveryCodes.download') })).toHaveAttribute('download', /\.txt$/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: msg('en', 'recoveryCodes.continue') }).click();
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(mainHeading(page)).toHaveText(msg('en', 'account.title'));
    await expect(mainHeading(page)).toBeFocused();
    await expect(page.locator('.user-menu-button')).toContainText(ADMIN.name);
    await expect(page.locator('#second-factor-heading + p')).toContainText(msg('en', 'account.secondFactor.on'));
    await expect(page.locator('.recovery-codes-remaining')).toContainText('10');
  });

  test('the link works once', async () => {
    await signOut(page, 'en');
    await page.goto(invitationPath);
    await expect(page.getByRole('alert')).toContainText(msg('en', 'issues.token_invalid'));
  });

  test('logs no error in the console', () => {
    // The refused password and code answer 400, the used link 404 (the browser logs failed requests): expected.
    expect(errors.filter((e) => !/status of 40[04]/.test(e))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

interface Plan {
  lang: Lang;
  /** Where the sign-in starts: the Chinese block starts in English and lands in the profile's first language. */
  startIn: Lang;
  /** The profile's languages to save at the end of the block (the next block's sign-in language first). */
  nextLanguages: string[] | null;
  document: { title: string; confidentiality: 'public' | 'un-internal' | 'state-restricted'; stateCode?: string };
}

const PLANS: Plan[] = [
  { lang: 'en', startIn: 'en', nextLanguages: ['ar', 'en'], document: { title: 'Assessment mission report', confidentiality: 'public' } },
  // Starts in English and lands in the profile's first language (Arabic, saved by the English block).
  {
    lang: 'ar',
    startIn: 'en',
    nextLanguages: null,
    document: { title: 'تقرير بعثة التقييم', confidentiality: 'state-restricted', stateCode: 'KEN' },
  },
];

for (const plan of PLANS) {
  const { lang } = plan;

  test.describe(`signed in with a second factor (${lang})`, () => {
    let page: Page;
    let errors: string[];

    onePagePerBlock(async (opened) => {
      ({ page, errors } = opened);
    });

    test('a page for signed-in people sends an anonymous reader to sign in, and back', async () => {
      test.skip(!haveSecondFactor(), 'needs the administrator set up by the first block');
      await page.goto(`/${plan.startIn}/account`);
      await expect(page).toHaveURL(new RegExp(`/${plan.startIn}/sign-in\\?returnTo=%2Faccount$`));
      await expect(mainHeading(page)).toHaveText(msg(plan.startIn, 'signIn.title'));
      await expectLangDir(page, plan.startIn);
      await expectNoAxeViolations(page);
      await fullPageShot(page, plan.startIn, 'sign-in');

      // A wrong password: one message, whether or not the account exists, focused so it is read out.
      await page.getByLabel(msg(plan.startIn, 'signIn.email')).fill(ADMIN.email);
      await page.getByLabel(msg(plan.startIn, 'signIn.password'), { exact: true }).fill('not the right password');
      await page.getByRole('button', { name: msg(plan.startIn, 'signIn.submit'), exact: true }).click();
      await expect(page.getByRole('alert')).toHaveText(msg(plan.startIn, 'signIn.invalid'));
      await expect(page.getByRole('alert')).toBeFocused();

      await page.getByLabel(msg(plan.startIn, 'signIn.password'), { exact: true }).fill(ADMIN.password);
      await page.getByRole('button', { name: msg(plan.startIn, 'signIn.submit'), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${plan.startIn}/sign-in/second-factor\\?returnTo=%2Faccount$`));
      await expect(mainHeading(page)).toHaveText(msg(plan.startIn, 'secondFactor.title'));
      await expectNoAxeViolations(page);
      await fullPageShot(page, plan.startIn, 'second-factor');

      // The English block signs in with a recovery code instead of the app's code (same field); the others with the app.
      const recovery = lang === 'en' && existsSync(RECOVERY_FILE) ? (JSON.parse(readFileSync(RECOVERY_FILE, 'utf8')) as string[])[0] : null;
      await page.getByLabel(msg(plan.startIn, 'secondFactor.code')).fill(recovery ?? (await freshCode()));
      await page.getByRole('button', { name: msg(plan.startIn, 'secondFactor.submit') }).click();
      // The profile's first language applies (no language was picked on the site in this browser).
      await expect(page).toHaveURL(new RegExp(`/${lang}/account$`));
      await expect(mainHeading(page)).toHaveText(msg(lang, 'account.title'));
      await expectLangDir(page, lang);
      if (recovery) await expect(page.locator('.recovery-codes-remaining')).toContainText('9');
    });

    test('the account page lists the sessions and makes an API token, shown once', async () => {
      test.skip(!haveSecondFactor(), 'needs the administrator set up by the first block');
      const sessions = page.locator('section[aria-labelledby="sessions-heading"] tbody tr');
      await expect(sessions.filter({ hasText: msg(lang, 'account.sessions.current') })).toHaveCount(1);

      const tokens = page.locator('section[aria-labelledby="tokens-heading"]');
      await tokens.getByLabel(msg(lang, 'account.tokens.name')).fill(`import-${lang}`);
      await tokens.getByRole('checkbox', { name: msg(lang, 'tokenScope.document:read') }).check();
      await tokens.getByRole('button', { name: msg(lang, 'account.tokens.submit') }).click();
      const secret = tokens.locator('.token-secret');
      await expect(secret).toHaveText(/^accord_/);
      await expect(tokens.locator('.new-token')).toBeFocused();
      // The token works: the API answers it as the administrator.
      const me = await page.request.get('/api/v1/me', {
        headers: { authorization: `Bearer ${await secret.innerText()}` },
      });
      expect(me.status()).toBe(403); // a token never manages an account…
      const docs = await page.request.get('/api/v1/documents', {
        headers: { authorization: `Bearer ${await secret.innerText()}` },
      });
      expect(docs.status()).toBe(200); // …but reads documents with the scope given.
      await expect(tokens.locator('tbody tr').filter({ hasText: `import-${lang}` })).toHaveCount(1);
    });

    axeAndScreenshotTests(() => page, lang, 'account');

    test('the token is revoked from the list', async () => {
      test.skip(!haveSecondFactor(), 'needs the administrator set up by the first block');
      const tokens = page.locator('section[aria-labelledby="tokens-heading"]');
      await tokens.getByRole('button', { name: msg(lang, 'account.tokens.dismiss') }).click();
      await tokens.getByRole('button', { name: msg(lang, 'account.tokens.revoke', { name: `import-${lang}` }) }).click();
      const row = tokens.locator('tbody tr').filter({ hasText: `import-${lang}` });
      await expect(row.getByRole('button')).toHaveCount(0);
      await expect(row.locator('td').last()).not.toBeEmpty();
    });

    test('administration: organisations', async () => {
      test.skip(!haveSecondFactor(), 'needs the administrator set up by the first block');
      await page.locator('.user-menu-button').click();
      await page.getByRole('link', { name: msg(lang, 'userMenu.administration') }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/admin/organisations$`));
      await expect(mainHeading(page)).toHaveText(msg(lang, 'admin.organisations.title'));
      await expect(mainHeading(page)).toBeFocused();
      if (lang === 'en') {
        await page.getByRole('button', { name: msg(lang, 'admin.organisations.create') }).click();
        const form = page.locator('section.panel');
        await expect(form.locator('h2')).toBeFocused();
        await form.getByLabel(msg(lang, 'admin.organisations.kind')).selectOption('un-entity');
        await form.getByRole('button', { name: msg(lang, 'common.save') }).click();
        // No English name: the error is on the English field.
        const english = form.locator('input[lang="en"]');
        await expect(english).toHaveAttribute('aria-invalid', 'true');
        await english.fill(ORGANISATION.en);
        await form.locator('input[lang="fr"]').fill(ORGANISATION.fr);
        await form.getByLabel(msg(lang, 'admin.organisations.acronym')).fill(ORGANISATION.acronym);
        await form.getByRole('button', { name: msg(lang, 'common.save') }).click();
        await expect(page.getByRole('status').filter({ hasText: ORGANISATION.en })).toBeVisible();
      }
      await expect(page.locator('tbody th', { hasText: ORGANISATION.en })).toHaveCount(1);
      await expectNoAxeViolations(page);
      await fullPageShot(page, lang, 'admin-organisations');
    });

    test('administration: people, and a role given on a person’s page', async () => {
      test.skip(!haveSecondFactor(), 'needs the administrator set up by the first block');
      await page.locator('nav.sub-nav').getByRole('link', { name: msg(lang, 'admin.nav.people') }).click();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'admin.people.title'));
      await expectNoAxeViolations(page);
      await fullPageShot(page, lang, 'admin-people');
      await page.getByRole('link', { name: ADMIN.name }).click();
      await expect(mainHeading(page)).toHaveText(ADMIN.name);
      if (lang === 'en') {
        const grant = page.locator('form[aria-labelledby="grant-heading"]');
        await grant.getByLabel(msg(lang, 'admin.people.organisation')).selectOption({ label: ORGANISATION.en });
        await grant.getByLabel(msg(lang, 'admin.people.role')).selectOption('entity-officer');
        await grant.getByRole('button', { name: msg(lang, 'admin.person.grantSubmit') }).click();
        await expect(page.getByRole('status').filter({ hasText: ORGANISATION.en })).toBeVisible();
      }
      await expect(page.locator('section[aria-labelledby="memberships-heading"] tbody tr')).toHaveCount(1);
      await expectNoAxeViolations(page);
      await fullPageShot(page, lang, 'admin-person');
    });

    test('administration: an invitation is sent, listed and revoked', async () => {
      test.skip(!haveSecondFactor(), 'needs the administrator set up by the first block');
      await page.locator('nav.sub-nav').getByRole('link', { name: msg(lang, 'admin.nav.invitations') }).click();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'admin.invitations.title'));
      const email = `officer-${lang}@e2e.example`;
      const form = page.locator('section[aria-labelledby="invite-heading"]');
      await form.getByLabel(msg(lang, 'signIn.email')).fill(email);
      await form.getByLabel(msg(lang, 'admin.people.organisation')).selectOption({ label: ORGANISATION.en });
      await form.getByLabel(msg(lang, 'admin.people.role')).selectOption('entity-officer');
      await form.getByRole('button', { name: msg(lang, 'admin.invitations.submit') }).click();
      await expect(page.getByRole('status').filter({ hasText: email })).toBeVisible();
      const row = page.locator('section[aria-labelledby="pending-heading"] tbody tr').filter({ hasText: email });
      await expect(row).toHaveCount(1);
      await expectNoAxeViolations(page);
      await fullPageShot(page, lang, 'admin-invitations');
      await row.getByRole('button', { name: msg(lang, 'admin.invitations.revoke', { email }) }).click();
      await expect(row).toHaveCount(0);
    });

    test('administration: the audit trail, verified', async () => {
      test.skip(!haveSecondFactor(), 'needs the administrator set up by the first block');
      await page.locator('nav.sub-nav').getByRole('link', { name: msg(lang, 'admin.nav.auditLog') }).click();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'admin.audit.title'));
      await expect(page.locator('.verification-ok')).toBeVisible();
      await expect(page.locator('tbody tr').first()).toBeVisible();
      await expect(page.locator('.exports a')).toHaveCount(2);
      await expectNoAxeViolations(page);
      await fullPageShot(page, lang, 'admin-audit-log');
    });

    test('documents: an upload, then its page and the list', async () => {
      test.skip(!haveSecondFactor(), 'needs the administrator set up by the first block');
      await page.locator('.user-menu-button').click();
      await page.getByRole('link', { name: msg(lang, 'userMenu.documents') }).click();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'documents.title'));
      await page.getByRole('link', { name: msg(lang, 'documents.upload') }).click();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'documents.new.title'));
      await expectNoAxeViolations(page);
      await fullPageShot(page, lang, 'document-new');

      const { title, confidentiality, stateCode } = plan.document;
      await page.getByLabel(msg(lang, 'documents.fields.file'), { exact: true }).setInputFiles({
        name: `report-${lang}.txt`,
        mimeType: 'text/plain',
        buffer: Buffer.from(`${title}\n\nFindings and recommendations.\n`, 'utf8'),
      });
      await page.getByLabel(msg(lang, 'documents.fields.title'), { exact: true }).fill(title);
      await page.locator(`#confidentiality-${confidentiality}`).check();
      if (stateCode) await page.getByLabel(msg(lang, 'documents.fields.state')).selectOption(stateCode);
      await page.getByRole('button', { name: msg(lang, 'documents.new.submit') }).click();

      await expect(mainHeading(page)).toHaveText(title);
      await expect(page.getByRole('status')).toHaveText(msg(lang, 'documents.document.created'));
      await expect(page.locator('dl.facts')).toContainText(msg(lang, `confidentiality.${confidentiality}.label`));
      const download = page.getByRole('link', { name: msg(lang, 'documents.document.download', { name: `report-${lang}.txt` }) });
      const content = await page.request.get((await download.getAttribute('href'))!);
      expect(await content.text()).toContain(title);
      await expectNoAxeViolations(page);
      await fullPageShot(page, lang, 'document');

      await page.getByRole('link', { name: msg(lang, 'documents.back') }).click();
      const row = page.locator('tbody tr').filter({ hasText: title });
      await expect(row).toHaveCount(1);
      await expect(row.locator('.badge')).toContainText(msg(lang, `confidentiality.${confidentiality}.label`));
      await expectNoAxeViolations(page);
      await fullPageShot(page, lang, 'documents');
    });

    test('the profile’s languages are saved for the next sign-in, then the reader signs out', async () => {
      test.skip(!haveSecondFactor(), 'needs the administrator set up by the first block');
      if (plan.nextLanguages) {
        await page.locator('.user-menu-button').click();
        await page.getByRole('link', { name: msg(lang, 'userMenu.account') }).click();
        await expect(mainHeading(page)).toHaveText(msg(lang, 'account.title'));
        const profile = page.locator('section[aria-labelledby="profile-heading"]');
        const select = profile.getByLabel(msg(lang, 'account.profile.addLanguage'));
        for (const l of plan.nextLanguages) {
          if ((await profile.locator(`ol [lang="${l}"]`).count()) === 0) {
            await select.selectOption(l);
            await profile.getByRole('button', { name: msg(lang, 'account.profile.add'), exact: true }).click();
          }
        }
        // Move the next language to the top with its "move up" button, as a keyboard user would.
        const first = plan.nextLanguages[0]!;
        for (let i = 0; i < 6; i++) {
          const top = await profile.locator('ol li').first().locator('[lang]').getAttribute('lang');
          if (top === first) break;
          const item = profile.locator('ol li').filter({ has: page.locator(`[lang="${first}"]`) });
          await item.locator('button').first().click();
        }
        await profile.getByRole('button', { name: msg(lang, 'common.save') }).click();
        await expect(profile.getByRole('status')).toHaveText(msg(lang, 'common.saved'));
        const me = await page.request.get('/api/v1/me');
        expect(((await me.json()) as { data: { languages: string[] } }).data.languages[0]).toBe(first);
      }
      await signOut(page, lang);
      expect(pathOf(page)).toBe(`/${lang}/`);
      // Signed out, the account page is no longer reachable.
      await page.goto(`/${lang}/account`);
      await expect(page).toHaveURL(new RegExp(`/${lang}/sign-in\\?returnTo=%2Faccount$`));
    });

    test('logs no error in the console', () => {
      // The wrong password answers 401 and the signed-out probe of /api/v1/me 401 (the browser logs failed requests).
      expect(errors.filter((e) => !/status of 40[013]/.test(e))).toEqual([]);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------

for (const lang of FLOW_LANGS) {
  test.describe(`an anonymous reader (${lang})`, () => {
    let page: Page;
    let errors: string[];

    onePagePerBlock(async (opened) => {
      ({ page, errors } = opened);
      await page.goto(`/${lang}/`);
    });

    test('the header offers to sign in, and the sign-in page a way to reset the password', async () => {
      const signIn = page.locator('.user-menu').getByRole('link', { name: msg(lang, 'userMenu.signIn') });
      await signIn.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/sign-in$`));
      await page.getByRole('link', { name: msg(lang, 'signIn.forgot') }).click();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'passwordReset.title'));
      await expect(mainHeading(page)).toBeFocused();
    });

    test('asking for a reset link answers the same whether or not the account exists', async () => {
      const email = `nobody-${lang}@e2e.example`;
      await page.getByLabel(msg(lang, 'signIn.email')).fill(email);
      await page.getByRole('button', { name: msg(lang, 'passwordReset.submit') }).click();
      const status = page.getByRole('status');
      await expect(status).toHaveText(msg(lang, 'passwordReset.sent', { email }));
      await expect(status).toBeFocused();
      await expectNoAxeViolations(page);
      await fullPageShot(page, lang, 'password-reset');
    });

    test('a reset link that is not valid says so, and offers a new one', async () => {
      await page.goto(`/${lang}/password-reset/not-a-real-token-0123456789`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'passwordReset.confirm.title'));
      await page.getByLabel(msg(lang, 'password.new'), { exact: true }).fill('a long enough password for this test');
      await page.getByRole('button', { name: msg(lang, 'passwordReset.confirm.submit') }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(msg(lang, 'issues.token_invalid'));
      await expect(alert.getByRole('link', { name: msg(lang, 'passwordReset.requestAnother') })).toBeVisible();
      await expectNoAxeViolations(page);
      await fullPageShot(page, lang, 'password-reset-confirm');
    });

    test('documents: only the public ones are listed, without an upload button', async () => {
      test.skip(!haveSecondFactor(), 'needs the documents uploaded by the signed-in blocks');
      await page.goto(`/${lang}/documents`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'documents.title'));
      const rows = page.locator('tbody tr');
      await expect(rows.filter({ hasText: PLANS[0]!.document.title })).toHaveCount(1);
      // UN-internal and State-restricted documents are not for the public.
      await expect(rows).toHaveCount(1);
      await expect(page.getByRole('link', { name: msg(lang, 'documents.upload') })).toHaveCount(0);
      await expectNoAxeViolations(page);
      await fullPageShot(page, lang, 'documents-public');
    });

    test('logs no error in the console', () => {
      // The invalid reset link answers 400 (the browser logs failed requests).
      expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    });
  });
}
