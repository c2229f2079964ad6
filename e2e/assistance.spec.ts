// Technical assistance in the browser, from a State's request to a result linked to a ratification (issue 4), once in
// English and once in Arabic (right to left), each language with its own request:
//   1. Afghanistan's focal point fills the request wizard, leaves it half-way, resumes the draft saved on the server,
//      and submits; a missing answer is shown on its step, linked from an error summary.
//   2. UNODC's officer (password and second factor) finds it in the queue, starts the review, cannot decline it
//      without a reason, accepts it, and writes in the conversation.
//   3. The officer plans a national workshop under it — refused first (end before start, counts that do not add up),
//      warned of another entity's overlapping workshop — and records "ratification deposited", linked to Afghanistan's
//      accession to the 1999 Financing Convention in the treaty record (2003-09-24, after the workshop).
//   4. The focal point sees it all from the State's side: timeline, message, activity, result, and the State profile.
//   5. CTED's coordinator sees who does what, where, and the overlap in the queue.
// Every main new screen passes axe, fits the viewport and is captured (test-results/screenshots/{en,ar}-*.png).
//
// The people come from e2e/seed-people.ts (run by playwright.config.ts before the server starts). The other entity's
// workshop (UNOCT's) is recorded through the API by its officer: it is the setting, not what is tested.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import {
  apiGet,
  expectLangDir,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  fullPageShot,
  mainHeading,
  msg,
  openPage,
  FLOW_LANGS,
  type Lang,
} from './support.ts';

interface Person {
  email: string;
  password: string;
  totpSecret?: string;
}
interface People {
  officer: Person;
  otherOfficer: Person;
  coordinator: Person;
  focal: Person;
  organisations: { unodc: string; cted: string; unoct: string; afg: string };
}

const PEOPLE_FILE = path.resolve('test-results/e2e-people.json');
const people = (): People => JSON.parse(readFileSync(PEOPLE_FILE, 'utf8')) as People;

// ---------------------------------------------------------------------------------------------------------------
// Second factors: each code is accepted once, so the last time step used per person is kept in a file (a failed
// test starts a new worker, and the next block still needs it).

const TOTP_FILE = path.resolve('test-results/e2e-assistance-totp.json');
const PERIOD = 30_000;
const stepNow = () => Math.floor(Date.now() / PERIOD);

async function freshCode(person: Person): Promise<string> {
  const used = existsSync(TOTP_FILE) ? (JSON.parse(readFileSync(TOTP_FILE, 'utf8')) as Record<string, number>) : {};
  const want = (used[person.totpSecret!] ?? 0) + 1;
  // The server accepts one step of drift ahead: wait for the clock when the next unused step is further.
  while (want > stepNow() + 1) await new Promise((r) => setTimeout(r, 500));
  const step = Math.max(stepNow(), want);
  writeFileSync(TOTP_FILE, JSON.stringify({ ...used, [person.totpSecret!]: step }));
  return TOTP.generate({ secret: Secret.fromBase32(person.totpSecret!), algorithm: 'SHA1', digits: 6, period: 30, timestamp: step * PERIOD });
}

// ---------------------------------------------------------------------------------------------------------------
// What each language's run enters. Arabic titles and texts in Arabic: the fields are `dir="auto"`.

interface Plan {
  request: { title: string; needs: string; priorities: string; acceptance: string; message: string };
  activity: { title: string; city: string; institution: string };
  result: string;
  otherWorkshop: string;
  resolution: string;
}

const PLANS: Record<'en' | 'ar', Plan> = {
  en: {
    request: {
      title: 'Support to join and incorporate the 1999 Financing Convention',
      needs: 'Our legislation does not yet criminalise the financing of terrorism as the Convention requires.',
      priorities: 'First a review of the draft law, then a workshop for the ministries concerned.',
      acceptance: 'UNODC will assist, starting with the draft law.',
      message: 'Thank you: we propose a national workshop in Kabul in June.',
    },
    activity: { title: 'National workshop on ratifying the Financing Convention', city: 'Kabul', institution: 'Ministry of Justice' },
    result: 'Instrument of accession deposited with the Secretary-General.',
    otherWorkshop: 'UNOCT workshop on counter-terrorism legislation (en)',
    resolution: 'UNOCT will join the UNODC workshop rather than hold its own.',
  },
  ar: {
    request: {
      title: 'دعم الانضمام إلى اتفاقية قمع تمويل الإرهاب لعام 1999',
      needs: 'لا يجرّم تشريعنا بعدُ تمويل الإرهاب كما تقتضي الاتفاقية.',
      priorities: 'أولاً مراجعة مشروع القانون، ثم حلقة عمل للوزارات المعنية.',
      acceptance: 'سيقدّم المكتب المساعدة، بدءاً بمشروع القانون.',
      message: 'شكراً لكم: نقترح حلقة عمل وطنية في كابول في يونيو.',
    },
    activity: { title: 'حلقة عمل وطنية بشأن التصديق على اتفاقية التمويل', city: 'كابول', institution: 'وزارة العدل' },
    result: 'أودع صك الانضمام لدى الأمين العام.',
    otherWorkshop: 'UNOCT workshop on counter-terrorism legislation (ar)',
    resolution: 'سينضم المكتب إلى حلقة عمل المكتب المعني بالمخدرات والجريمة بدلاً من تنظيم حلقته.',
  },
};

const WORKSHOP = { start: '2003-06-01', end: '2003-06-03' };

// ---------------------------------------------------------------------------------------------------------------
// Helpers

interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Signs in through the sign-in page (and the second-factor page when the person has one), landing on `to`. */
async function signIn(page: Page, lang: Lang, person: Person, to: string) {
  await page.goto(`/${lang}${to}`);
  await expect(page).toHaveURL(new RegExp(`/${lang}/sign-in\\?returnTo=`));
  await expect(mainHeading(page)).toHaveText(msg(lang, 'signIn.title'));
  await page.getByLabel(msg(lang, 'signIn.email')).fill(person.email);
  await page.getByLabel(msg(lang, 'signIn.password'), { exact: true }).fill(person.password);
  await page.getByRole('button', { name: msg(lang, 'signIn.submit'), exact: true }).click();
  if (person.totpSecret) {
    await expect(mainHeading(page)).toHaveText(msg(lang, 'secondFactor.title'));
    await page.getByLabel(msg(lang, 'secondFactor.code')).fill(await freshCode(person));
    await page.getByRole('button', { name: msg(lang, 'secondFactor.submit') }).click();
  }
  await expect(page).toHaveURL(new RegExp(`/${lang}${to.replace(/[?]/g, '\\?')}$`));
}

/** A session in the API for someone who is not driving a browser here: the CSRF token to send with its writes. */
async function apiSession(api: APIRequestContext, person: Person): Promise<string> {
  const anonymous = (await (await api.get('/api/v1/auth/session')).json()) as { data: { csrfToken: string } };
  const signedIn = await api.post('/api/v1/auth/sign-in', {
    data: { email: person.email, password: person.password },
    headers: { 'x-csrf-token': anonymous.data.csrfToken },
  });
  expect(signedIn.status(), 'sign-in of the other officer').toBe(200);
  let view = (await signedIn.json()) as { data: { csrfToken: string; stage: string } };
  if (view.data.stage !== 'complete') {
    const second = await api.post('/api/v1/auth/second-factor', {
      data: { code: await freshCode(person) },
      headers: { 'x-csrf-token': view.data.csrfToken },
    });
    expect(second.status(), 'second factor of the other officer').toBe(200);
    view = (await second.json()) as { data: { csrfToken: string; stage: string } };
  }
  expect(view.data.stage).toBe('complete');
  return view.data.csrfToken;
}

/** Axe, no sideways overflow, and a full-page picture of the screen as it is now. */
async function checkScreen(page: Page, lang: Lang, shot: string) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  await fullPageShot(page, lang, shot);
}

const requestIdOf = (page: Page) => /\/requests\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? null;

// The browser logs the failed requests the tests provoke on purpose (the refused activity, 400) and the signed-out
// probe of /api/v1/me before signing in (401).
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 40[01]/.test(e));

// ---------------------------------------------------------------------------------------------------------------

for (const lang of FLOW_LANGS) {
  test.describe(`technical assistance from request to result (${lang})`, () => {
    test.describe.configure({ mode: 'serial' });
    const plan = PLANS[lang];
    let focal: Opened;
    let officer: Opened;
    let coordinator: Opened;
    let requestId: string | null = null;
    let requestReference = '';
    let activityId: string | null = null;
    let accessionEventId = 0;

    test.beforeAll(async ({ browser }, testInfo) => {
      const open = async () => {
        const opened = await openPage(browser, testInfo);
        // The reader picked the language: signing in keeps it (rather than the profile's first language).
        await opened.context.addInitScript((l) => window.localStorage.setItem('accord.language', l), lang);
        return opened;
      };
      focal = await open();
      officer = await open();
      coordinator = await open();
    });

    test.afterAll(async () => {
      for (const o of [focal, officer, coordinator]) await o?.context.close();
    });

    test('1a. the focal point starts a request: the first step says what is missing, linked from a summary', async () => {
      const { page } = focal;
      await signIn(page, lang, people().focal, '/requests');
      await expect(mainHeading(page)).toHaveText(msg(lang, 'requests.title'));
      await expectLangDir(page, lang);
      await page.getByRole('link', { name: msg(lang, 'requests.new') }).click();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'requests.wizard.newTitle'));

      // Nothing filled in: the step's errors, summarised at the top, each linked to its field.
      await page.getByRole('button', { name: msg(lang, 'requests.wizard.saveAndContinue') }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveCount(3);
      const titleLink = summary.getByRole('link', { name: msg(lang, 'requests.fields.title'), exact: false });
      await expect(titleLink).toHaveAttribute('href', '#request-title');
      await titleLink.click();
      const title = page.getByLabel(msg(lang, 'requests.fields.title'), { exact: true });
      await expect(title).toBeFocused();
      await expect(title).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#request-themes')).toContainText(msg(lang, 'issues.required'));
      await checkScreen(page, lang, 'request-wizard-errors');

      // The request: addressed to UNODC, two themes, the 1999 Financing Convention.
      await page.getByLabel(msg(lang, 'requests.fields.addressedTo')).selectOption(people().organisations.unodc);
      await title.fill(plan.request.title);
      await page.locator('#request-themes-ratification-legislation').check();
      await page.locator('#request-themes-terrorist-financing').check();
      await page.locator('#request-instrumentIds-financing1999').check();
      await page.locator('[id="request-mandates-68/187/OP1"]').check();
      await page.getByRole('button', { name: msg(lang, 'requests.wizard.saveAndContinue') }).click();

      // The draft exists on the server: the address holds its id and the step.
      await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}\/edit\?step=needs$/);
      requestId = requestIdOf(page);
      await expect(page.locator('.wizard-step-heading')).toContainText(msg(lang, 'requests.wizard.steps.needs'));
      // A new page (the draft's): its heading has the focus, as after any page change.
      await expect(mainHeading(page)).toBeFocused();
      await checkScreen(page, lang, 'request-wizard');
    });

    test('1b. she writes the priorities, saves the draft and leaves; the draft waits in the list', async () => {
      const { page } = focal;
      // The needs are left for later: saving a draft does not require them.
      await page.getByLabel(msg(lang, 'requests.fields.priorities')).fill(plan.request.priorities);
      await page.getByRole('button', { name: msg(lang, 'requests.wizard.saveDraft') }).click();
      await expect(page.getByRole('status').filter({ hasText: msg(lang, 'requests.wizard.saved') })).toBeVisible();

      await page.getByRole('link', { name: msg(lang, 'requests.back') }).click();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'requests.title'));
      const row = page.locator('tbody tr').filter({ hasText: plan.request.title });
      await expect(row).toHaveCount(1);
      await expect(row.locator('.request-status')).toContainText(msg(lang, 'assistance.requestStatus.draft'));
      requestReference = (await row.locator('th').innerText()).trim();
      await checkScreen(page, lang, 'requests');
    });

    test('1c. she resumes the draft, and submitting without the needs sends her back to that step', async () => {
      const { page } = focal;
      await page.locator('tbody tr').filter({ hasText: plan.request.title }).getByRole('link').first().click();
      await expect(mainHeading(page)).toHaveText(plan.request.title);
      await page.getByRole('link', { name: msg(lang, 'requests.request.continueDraft') }).click();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'requests.wizard.editTitle', { reference: requestReference }));
      // What was saved is there.
      await expect(page.getByLabel(msg(lang, 'requests.fields.title'), { exact: true })).toHaveValue(plan.request.title);
      await expect(page.locator('#request-instrumentIds-financing1999')).toBeChecked();

      // Straight to "how": modality, languages, urgency.
      await page.locator('.wizard-steps').getByRole('link', { name: msg(lang, 'requests.wizard.steps.how') }).click();
      await expect(page.locator('.wizard-step-heading')).toContainText(msg(lang, 'requests.wizard.steps.how'));
      await page.locator('#request-modality-in-person').check();
      await page.locator('#request-languages-en').check();
      await page.locator(`#request-languages-ar`).check();
      await page.locator('#request-urgency-high').check();
      await page.getByRole('button', { name: msg(lang, 'requests.wizard.saveAndContinue') }).click();
      await expect(page.locator('.wizard-step-heading')).toContainText(msg(lang, 'requests.wizard.steps.attachments'));
      await page.getByRole('button', { name: msg(lang, 'requests.wizard.saveAndContinue') }).click();
      await expect(page.locator('.wizard-step-heading')).toContainText(msg(lang, 'requests.wizard.steps.review'));
      await checkScreen(page, lang, 'request-wizard-review');

      // Submitting without the needs: back on their step, the summary linking to the field.
      await page.getByRole('button', { name: msg(lang, 'requests.wizard.submit') }).click();
      await expect(page).toHaveURL(/step=needs/);
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      const link = summary.getByRole('link');
      await expect(link).toHaveCount(1);
      await expect(link).toContainText(msg(lang, 'requests.fields.needs'));
      await link.click();
      const needs = page.getByLabel(msg(lang, 'requests.fields.needs'), { exact: true });
      await expect(needs).toBeFocused();
      await expect(needs).toHaveAttribute('aria-invalid', 'true');
      // Nothing was submitted.
      const api = await apiGet<{ data: { status: string } }>(page, `/api/v1/assistance-requests/${requestId}`);
      expect(api.data.status).toBe('draft');
    });

    test('1d. with the needs written, she reviews and submits', async () => {
      const { page } = focal;
      await page.getByLabel(msg(lang, 'requests.fields.needs'), { exact: true }).fill(plan.request.needs);
      await page.getByRole('button', { name: msg(lang, 'requests.wizard.saveAndContinue') }).click();
      await expect(page.locator('.wizard-step-heading')).toContainText(msg(lang, 'requests.wizard.steps.how'));
      await page.locator('.wizard-steps').getByRole('link', { name: msg(lang, 'requests.wizard.steps.review') }).click();
      await expect(page.locator('.wizard-step-heading')).toContainText(msg(lang, 'requests.wizard.steps.review'));
      await expect(page.locator('.request-wizard')).toContainText(plan.request.needs);
      await page.getByRole('button', { name: msg(lang, 'requests.wizard.submit') }).click();

      await expect(page).toHaveURL(new RegExp(`/${lang}/requests/${requestId}\\?submitted=1$`));
      await expect(mainHeading(page)).toHaveText(plan.request.title);
      await expect(page.getByRole('status').filter({ hasText: msg(lang, 'requests.request.submittedNotice') })).toBeVisible();
      await expect(page.locator('.request-badges .request-status')).toContainText(msg(lang, 'assistance.requestStatus.submitted'));
    });

    test('1e. she starts another draft, then throws it away: asked to confirm, it is gone from her list', async () => {
      const { page } = focal;
      const title = `${plan.request.title} (draft to delete)`;
      await page.goto(`/${lang}/requests/new`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'requests.wizard.newTitle'));
      await page.getByLabel(msg(lang, 'requests.fields.addressedTo')).selectOption(people().organisations.unodc);
      await page.getByLabel(msg(lang, 'requests.fields.title'), { exact: true }).fill(title);
      await page.locator('#request-themes-victims').check();
      await page.getByRole('button', { name: msg(lang, 'requests.wizard.saveAndContinue') }).click();
      await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}\/edit\?step=needs$/);
      const draftId = requestIdOf(page)!;
      await page.goto(`/${lang}/requests/${draftId}`);
      await expect(mainHeading(page)).toHaveText(title);
      await page.getByRole('button', { name: msg(lang, 'requests.request.deleteDraft') }).click();
      const question = page.getByRole('group', { name: msg(lang, 'requests.request.deleteDraftConfirm') });
      await expect(question.getByRole('button', { name: msg(lang, 'common.cancel') })).toBeFocused();
      await checkScreen(page, lang, 'request-delete-draft');
      await question.getByRole('button', { name: msg(lang, 'requests.request.deleteDraft') }).click();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'requests.title'));
      await expect(page.getByRole('status').filter({ hasText: /[A-Z]{3}-\d{4}-\d{4}/ })).toBeVisible();
      await expect(page.locator('tbody tr').filter({ hasText: title })).toHaveCount(0);
      await expect(page.locator('tbody tr').filter({ hasText: plan.request.title })).toHaveCount(1);
    });

    test('2a. the UNODC officer signs in with the second factor and finds the request in the queue', async () => {
      const { page } = officer;
      await signIn(page, lang, people().officer, '/requests?view=queue');
      await expect(mainHeading(page)).toHaveText(msg(lang, 'requests.queueTitle'));
      await expectLangDir(page, lang);
      const row = page.locator('tbody tr').filter({ hasText: plan.request.title });
      await expect(row).toHaveCount(1);
      await expect(row.locator('.request-status')).toContainText(msg(lang, 'assistance.requestStatus.submitted'));
      // Titles come in several languages: each row says its request's.
      for (const l of ['en', 'ar']) await expect(row.locator('.request-languages')).toContainText(msg(lang, `languageName.${l}`));
      await checkScreen(page, lang, 'requests-queue');
      await row.getByRole('link').first().click();
      await expect(mainHeading(page)).toHaveText(plan.request.title);
    });

    test('2b. he starts the review, cannot decline without a reason, then accepts', async () => {
      const { page } = officer;
      const actions = page.locator('section[aria-labelledby="request-actions"]');
      await actions.getByRole('button', { name: msg(lang, 'assistance.requestEvent.start-review') }).click();
      await page.getByRole('button', { name: msg(lang, 'requests.transition.confirm', { action: msg(lang, 'assistance.requestEvent.start-review') }) }).click();
      await expect(page.getByRole('status').filter({ hasText: msg(lang, 'assistance.requestEventDone.start-review') })).toBeVisible();
      await expect(page.locator('.request-badges .request-status')).toContainText(msg(lang, 'assistance.requestStatus.under-review'));

      // Declining needs a reason and a comment: refused on the spot, and nothing changed.
      await actions.getByRole('button', { name: msg(lang, 'assistance.requestEvent.decline') }).click();
      const declineAction = msg(lang, 'assistance.requestEvent.decline');
      await page.getByRole('button', { name: msg(lang, 'requests.transition.confirm', { action: declineAction }) }).click();
      const summary = page.locator('.transition-form .error-summary');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link', { name: new RegExp(msg(lang, 'requests.transition.reason')) })).toBeVisible();
      await expect(page.locator('#transition-decline-reason')).toHaveAttribute('aria-invalid', 'true');
      await checkScreen(page, lang, 'request-decline-errors');
      const api = await apiGet<{ data: { status: string } }>(page, `/api/v1/assistance-requests/${requestId}`);
      expect(api.data.status).toBe('under-review');
      await page.locator('.transition-form').getByRole('button', { name: msg(lang, 'common.cancel') }).click();
      await expect(page.locator('.transition-form')).toHaveCount(0);

      await actions.getByRole('button', { name: msg(lang, 'assistance.requestEvent.accept') }).click();
      await page.getByLabel(msg(lang, 'requests.transition.comment')).fill(plan.request.acceptance);
      await page.getByRole('button', { name: msg(lang, 'requests.transition.confirm', { action: msg(lang, 'assistance.requestEvent.accept') }) }).click();
      await expect(page.getByRole('status').filter({ hasText: msg(lang, 'assistance.requestEventDone.accept') })).toBeVisible();
      await expect(page.locator('.request-badges .request-status')).toContainText(msg(lang, 'assistance.requestStatus.accepted'));
      // The next natural step is to plan an activity: the one primary action, before "Mark as planned".
      await expect(actions.getByRole('link', { name: msg(lang, 'requests.delivery.planActivity') })).toHaveClass(/\bprimary\b/);
      await expect(actions.getByRole('button', { name: msg(lang, 'assistance.requestEvent.plan') })).not.toHaveClass(/\bprimary\b/);
    });

    test('2c. he writes to the State in the conversation', async () => {
      const { page } = officer;
      const conversation = page.locator('section.conversation');
      await conversation.getByLabel(msg(lang, 'requests.conversation.message')).fill(plan.request.message);
      await conversation.getByRole('button', { name: msg(lang, 'requests.conversation.send') }).click();
      await expect(page.getByRole('status').filter({ hasText: msg(lang, 'requests.conversation.sent') })).toBeVisible();
      await expect(conversation.locator('ol.messages li')).toHaveCount(1);
      await expect(conversation.locator('ol.messages')).toContainText(plan.request.message);
      await checkScreen(page, lang, 'request');
    });

    test('3a. another entity (UNOCT) has a workshop for Afghanistan on the same theme at the same dates', async ({ baseURL }) => {
      const api = await playwrightRequest.newContext({ baseURL });
      try {
        const csrf = await apiSession(api, people().otherOfficer);
        const res = await api.post('/api/v1/activities', {
          headers: { 'x-csrf-token': csrf },
          data: {
            title: plan.otherWorkshop,
            kind: 'national-workshop',
            stateCodes: ['AFG'],
            themes: ['ratification-legislation'],
            startDate: '2003-06-02',
            endDate: '2003-06-02',
            online: true,
            languages: ['en'],
            // Shared among UN entities, so UNODC's officer may read it and is told whose it is (a record they may
            // not read would be announced without its details: activities.routes.test.ts).
            confidentiality: 'un-internal',
          },
        });
        expect(res.status(), await res.text()).toBe(201);
      } finally {
        await api.dispose();
      }
    });

    test('3b. the officer plans a workshop: wrong dates and counts are refused, nothing saved', async () => {
      const { page } = officer;
      await page.getByRole('link', { name: msg(lang, 'requests.delivery.planActivity') }).click();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'delivery.activityForm.newTitle'));
      await expect(page.locator('main .lead')).toContainText(plan.request.title);

      await page.getByLabel(msg(lang, 'assistance.field.activityKind'), { exact: true }).selectOption('national-workshop');
      await page.getByLabel(msg(lang, 'delivery.fields.title'), { exact: true }).fill(plan.activity.title);
      // From the request: Afghanistan, its themes and languages. The workshop is about ratification only.
      await expect(page.getByRole('button', { name: msg(lang, 'delivery.form.removeState', { name: await stateNameIn(page, 'AFG') }) })).toBeVisible();
      const themes = page.locator('fieldset').filter({ has: page.locator('legend', { hasText: msg(lang, 'assistance.field.themes') }) });
      await expect(themes.getByRole('checkbox', { name: msg(lang, 'assistance.theme.ratification-legislation') })).toBeChecked();
      await themes.getByRole('checkbox', { name: msg(lang, 'assistance.theme.terrorist-financing') }).uncheck();

      await page.getByLabel(msg(lang, 'delivery.fields.startDate'), { exact: true }).fill(WORKSHOP.start);
      await page.getByLabel(msg(lang, 'delivery.fields.endDate'), { exact: true }).fill(WORKSHOP.end);
      await page.getByLabel(msg(lang, 'delivery.fields.city'), { exact: true }).fill(plan.activity.city);
      await page.getByLabel(msg(lang, 'delivery.fields.country'), { exact: true }).selectOption('AFG');
      await page.getByRole('button', { name: msg(lang, 'delivery.activityForm.addBeneficiary') }).click();
      const beneficiary = page.getByRole('group', { name: msg(lang, 'delivery.activityForm.beneficiaryN', { n: '1' }) });
      await beneficiary.getByLabel(msg(lang, 'delivery.activityForm.institution'), { exact: true }).fill(plan.activity.institution);
      await beneficiary.getByLabel(msg(lang, 'assistance.field.institutionKind'), { exact: true }).selectOption('ministry-of-justice');

      // Before saving, the other entity's workshop is shown: its name and the shared dates.
      const warning = page.locator('section.panel.warning');
      await expect(warning).toContainText('United Nations Office of Counter-Terrorism', { timeout: 10_000 });
      await expect(warning).toContainText(msg(lang, 'delivery.overlap.warningHint'));
      // It sits where the dates are, in the section of States, themes and dates, not at the bottom of the form.
      await expect(page.locator('section.form-section').filter({ has: page.locator('#activity-endDate') }).locator('section.panel.warning')).toHaveCount(1);

      // Counts that do not add up: 20 in total, 8 women and 10 men.
      const counts = page.locator('fieldset').filter({ has: page.locator('legend', { hasText: msg(lang, 'delivery.participants.heading') }) }).first();
      await counts.getByLabel(msg(lang, 'delivery.participants.totalLabel'), { exact: true }).fill('20');
      await counts.getByLabel(msg(lang, 'delivery.participants.female'), { exact: true }).fill('8');
      await counts.getByLabel(msg(lang, 'delivery.participants.male'), { exact: true }).fill('10');
      await counts.getByLabel(msg(lang, 'delivery.participants.otherOrUndisclosed'), { exact: true }).fill('0');
      await counts.locator('summary').click();
      await counts.getByLabel(msg(lang, 'assistance.institutionKind.ministry-of-justice'), { exact: true }).fill('12');
      await counts.getByLabel(msg(lang, 'assistance.institutionKind.ministry-of-foreign-affairs'), { exact: true }).fill('8');
      await expect(page.locator('#counts-check')).toHaveClass(/counts-mismatch/);
      await checkScreen(page, lang, 'activity-form-overlap');

      // And the end before the start.
      await page.getByLabel(msg(lang, 'delivery.fields.endDate'), { exact: true }).fill('2003-05-31');
      await page.locator('main form button[type="submit"]').click();
      const alert = page.getByRole('alert').first();
      await expect(alert).toBeVisible();
      const endField = page.getByLabel(msg(lang, 'delivery.fields.endDate'), { exact: true });
      await expect(endField).toHaveAttribute('aria-invalid', 'true');
      // The summary links each error to its field, as the request wizard's does.
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await summary.getByRole('link', { name: new RegExp(msg(lang, 'delivery.fields.endDate')) }).click();
      await expect(endField).toBeFocused();
      await expect(page.getByText(msg(lang, 'delivery.participants.mismatchIssue')).first()).toBeVisible();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'delivery.activityForm.newTitle'));
      await checkScreen(page, lang, 'activity-form-errors');
      const saved = await apiGet<{ data: unknown[] }>(page, `/api/v1/activities?requestId=${requestId}`);
      expect(saved.data).toHaveLength(0);
    });

    test('3c. corrected, the workshop is saved, with the overlap recorded for the coordinators', async () => {
      const { page } = officer;
      await page.getByLabel(msg(lang, 'delivery.fields.startDate'), { exact: true }).fill(WORKSHOP.start);
      await page.getByLabel(msg(lang, 'delivery.fields.endDate'), { exact: true }).fill(WORKSHOP.end);
      const counts = page.locator('fieldset').filter({ has: page.locator('legend', { hasText: msg(lang, 'delivery.participants.heading') }) }).first();
      await counts.getByLabel(msg(lang, 'delivery.participants.male'), { exact: true }).fill('12');
      await expect(page.locator('#counts-check')).toHaveClass(/counts-ok/);
      await page.getByRole('button', { name: msg(lang, 'delivery.activityForm.saveAnyway') }).click();

      await expect(mainHeading(page)).toHaveText(plan.activity.title);
      activityId = /\/activities\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? null;
      expect(activityId).not.toBeNull();
      await expect(page.getByRole('status').filter({ hasText: msg(lang, 'delivery.activity.created') })).toBeVisible();
      await expect(page.locator('section.panel.warning')).toContainText('United Nations Office of Counter-Terrorism');
      const facts = page.locator('article.activity > dl.facts');
      await expect(facts).toContainText(msg(lang, 'assistance.activityKind.national-workshop'));
      await expect(facts).toContainText(plan.activity.city);
      await expect(facts).toContainText(plan.activity.institution);
      await expect(page.locator('section[aria-labelledby="participants-heading"]')).toContainText(
        msg(lang, 'delivery.participants.female'),
      );
    });

    test('3d. he records the ratification deposited, linked to the accession in the treaty record', async () => {
      const { page } = officer;
      const profile = await apiGet<{ data: { timeline: { id: number; instrumentId: string; kind: string; date: string }[] } }>(
        page,
        '/api/v1/participants/AFG',
      );
      const accession = profile.data.timeline.find((e) => e.instrumentId === 'financing1999' && e.kind === 'accession');
      expect(accession?.date).toBe('2003-09-24');
      accessionEventId = accession!.id;

      await page.getByRole('button', { name: msg(lang, 'delivery.result.add') }).click();
      const form = page.locator('section[aria-labelledby="record-result-heading"]');
      await form.getByLabel(msg(lang, 'assistance.field.resultKind'), { exact: true }).selectOption('ratification-deposited');
      await form.getByLabel(msg(lang, 'delivery.result.treatyEventField'), { exact: true }).selectOption(String(accessionEventId));
      // The date comes from the treaty event.
      await expect(form.getByLabel(msg(lang, 'delivery.fields.date'), { exact: true })).toHaveValue('2003-09-24');
      await form.getByLabel(msg(lang, 'delivery.result.description'), { exact: true }).fill(plan.result);
      await checkScreen(page, lang, 'activity-result-form');
      await form.getByRole('button', { name: msg(lang, 'delivery.result.save') }).click();

      await expect(page.getByRole('status').filter({ hasText: msg(lang, 'delivery.result.recorded') })).toBeVisible();
      const results = page.locator('section[aria-labelledby="results-heading"]');
      await expect(results.locator('tbody tr')).toHaveCount(1);
      await expect(results).toContainText(msg(lang, 'assistance.resultKind.ratification-deposited'));
      await expect(results.getByRole('link', { name: msg(lang, 'delivery.result.treatyEvent') })).toHaveAttribute(
        'href',
        `/${lang}/states/AFG#event-${accessionEventId}`,
      );
      await checkScreen(page, lang, 'activity');
    });

    test('3e. the activities list, the calendar, programmes and strategies show the delivery', async () => {
      const { page } = officer;
      await page.locator('.main-nav').getByRole('link', { name: msg(lang, 'delivery.nav') }).click();
      await expect(mainHeading(page)).toHaveText(msg(lang, 'delivery.activities.title'));
      await expect(page.locator('tbody tr').filter({ hasText: plan.activity.title })).toHaveCount(1);
      await checkScreen(page, lang, 'activities');

      await page.goto(`/${lang}/activities/calendar?month=2003-06`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'delivery.calendar.title'));
      await expect(page.locator('main')).toContainText(plan.activity.title);
      await checkScreen(page, lang, 'activities-calendar');

      await page.goto(`/${lang}/activities/${activityId}/edit`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'delivery.activityForm.editTitle'));
      await expect(page.getByLabel(msg(lang, 'delivery.fields.title'), { exact: true })).toHaveValue(plan.activity.title);
      await checkScreen(page, lang, 'activity-form');

      await page.goto(`/${lang}/programmes`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'delivery.programmes.title'));
      await checkScreen(page, lang, 'programmes');

      await page.goto(`/${lang}/strategies`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'delivery.strategies.title'));
      await checkScreen(page, lang, 'strategies');

      await page.goto(`/${lang}/notifications`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'notifications.title'));
      await checkScreen(page, lang, 'notifications-officer');
    });

    test('4a. the focal point sees the timeline, the message, the activity and the result on her request', async () => {
      const { page } = focal;
      await page.goto(`/${lang}/requests/${requestId}`);
      await expect(mainHeading(page)).toHaveText(plan.request.title);
      const timeline = page.locator('ol.request-timeline > li');
      for (const event of ['submit', 'start-review', 'accept'] as const) {
        await expect(timeline.filter({ hasText: msg(lang, `assistance.requestEventDone.${event}`) })).toHaveCount(1);
      }
      await expect(page.locator('ol.request-timeline')).toContainText(msg(lang, 'requests.timeline.created'));
      await expect(page.locator('ol.messages')).toContainText(plan.request.message);
      const delivery = page.locator('section[aria-labelledby="request-delivery"]');
      await expect(delivery.getByRole('link', { name: plan.activity.title }).first()).toBeVisible();
      await expect(delivery.locator('.results-list li')).toHaveCount(1);
      await expect(delivery.locator('.results-list')).toContainText(msg(lang, 'assistance.resultKind.ratification-deposited'));
      // The State answers in the conversation too.
      await expect(page.locator('section.conversation').getByLabel(msg(lang, 'requests.conversation.message'))).toBeVisible();
      await checkScreen(page, lang, 'request-state');
    });

    test('4b. from the activity, the result leads to the accession on the State profile, with its gaps', async () => {
      const { page } = focal;
      await page.locator('section[aria-labelledby="request-delivery"]').getByRole('link', { name: plan.activity.title }).first().click();
      await expect(mainHeading(page)).toHaveText(plan.activity.title);
      // The State's focal point reads it but records no result.
      await expect(page.getByRole('button', { name: msg(lang, 'delivery.result.add') })).toHaveCount(0);
      await page.getByRole('link', { name: msg(lang, 'delivery.result.treatyEvent') }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/states/AFG#event-${accessionEventId}$`));
      const event = page.locator(`[id="event-${accessionEventId}"]`);
      await expect(event).toBeVisible();
      await expect(event.locator('.timeline-date time')).toHaveAttribute('datetime', '2003-09-24');
      await expect(event).toContainText(msg(lang, 'eventKind.accession'));
      const gaps = page.locator('#assistance-gaps');
      if ((await gaps.count()) > 0) {
        await expect(gaps.locator('h2')).toHaveText(msg(lang, 'coordination.stateGaps.heading'));
      }
      await expectNoAxeViolations(page);
      await expectNoHorizontalOverflow(page);
      await fullPageShot(page, lang, 'state-profile-assistance');
    });

    test('5. the coordinator sees who does what, where, the overlap, needs, gaps and notifications', async () => {
      const { page } = coordinator;
      await signIn(page, lang, people().coordinator, '/coordination');
      await expect(mainHeading(page)).toHaveText(msg(lang, 'coordination.whoWhatWhere.title'));
      // The view opens on the years around today: the workshops were in 2003.
      const filters = page.getByRole('form', { name: msg(lang, 'coordination.filters') });
      await filters.getByLabel(msg(lang, 'coordination.from'), { exact: true }).fill('2003-01-01');
      await filters.getByLabel(msg(lang, 'coordination.to'), { exact: true }).fill('2003-12-31');
      await filters.getByRole('button', { name: msg(lang, 'common.apply') }).click();
      await expect(page).toHaveURL(/from=2003-01-01/);
      const afghanistan = page.locator('table.who-what-where tbody tr').filter({ has: page.locator('th a[href$="/states/AFG"]') });
      await expect(afghanistan).toContainText('United Nations Office on Drugs and Crime');
      await expect(afghanistan).toContainText('United Nations Office of Counter-Terrorism');
      await checkScreen(page, lang, 'coordination');

      await page.goto(`/${lang}/coordination/overlaps`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'coordination.overlaps.title'));
      const row = page.locator('tbody tr').filter({ hasText: plan.activity.title }).first();
      // Both sides, by the entities' short names, with the other workshop's title (a coordinator may read both).
      await expect(row.locator('th')).toContainText('UNODC');
      await expect(row.locator('td').first()).toContainText('UNOCT');
      await expect(row.locator('td').first()).toContainText('UNOCT workshop on counter-terrorism legislation');
      await checkScreen(page, lang, 'coordination-overlaps');
      // The coordinator settles it: the two entities have agreed who does what.
      await row.getByRole('button', { name: msg(lang, 'coordination.overlaps.resolve') }).click();
      const form = page.locator('section[aria-labelledby="resolve-heading"]');
      await expect(form.locator('h2')).toBeFocused();
      await form.getByLabel(msg(lang, 'coordination.overlaps.resolution'), { exact: true }).selectOption('coordinated');
      await form.getByLabel(msg(lang, 'coordination.overlaps.comment'), { exact: true }).fill(plan.resolution);
      await form.getByRole('button', { name: msg(lang, 'coordination.overlaps.resolve') }).click();
      await expect(page.getByRole('status').filter({ hasText: msg(lang, 'coordination.overlaps.resolvedMessage') })).toBeVisible();
      await page.getByRole('link', { name: msg(lang, 'coordination.overlaps.resolved'), exact: true }).click();
      const resolved = page.locator('tbody tr').filter({ hasText: plan.resolution });
      await expect(resolved).toHaveCount(1);
      await expect(resolved).toContainText(msg(lang, 'coordination.resolution.coordinated'));

      await page.goto(`/${lang}/coordination/needs`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'coordination.needs.title'));
      await checkScreen(page, lang, 'coordination-needs');

      await page.goto(`/${lang}/coordination/gaps`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'coordination.gaps.title'));
      await checkScreen(page, lang, 'coordination-gaps');

      await page.goto(`/${lang}/notifications`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'notifications.title'));
      await checkScreen(page, lang, 'notifications');
    });

    test('6. the coordinator follows a theme, keeps its feed address, and turns its e-mails on', async () => {
      const { page } = coordinator;
      // Each language's run follows its own theme (following one twice is refused).
      const theme = lang === 'en' ? 'victims' : 'internet-use';
      const themeName = msg(lang, `assistance.theme.${theme}`);
      await page.goto(`/${lang}/notifications/subscriptions`);
      await expect(mainHeading(page)).toHaveText(msg(lang, 'notifications.subscriptions.title'));
      const form = page.locator('section[aria-labelledby="follow-heading"]');
      await form.getByLabel(msg(lang, 'notifications.subscriptions.kind'), { exact: true }).selectOption('theme');
      await form.getByLabel(msg(lang, 'notifications.subscriptions.kinds.theme'), { exact: true }).selectOption(theme);
      await form.getByRole('button', { name: msg(lang, 'notifications.subscriptions.follow') }).click();
      await expect(page.locator('#feed-url')).toContainText('/api/v1/feeds/');
      await checkScreen(page, lang, 'subscriptions');
      await page.getByRole('button', { name: msg(lang, 'notifications.subscriptions.feedDone') }).click();
      const row = page.locator('tbody tr').filter({ hasText: themeName });
      const emails = row.getByRole('checkbox');
      await expect(emails).not.toBeChecked();
      await emails.click();
      await expect(emails).toBeChecked();
      await expect(page.getByRole('status').filter({ hasText: themeName })).toBeVisible();
      await expect(emails).toBeEnabled();
      await page.reload();
      await expect(page.locator('tbody tr').filter({ hasText: themeName }).getByRole('checkbox')).toBeChecked();
    });

    test('logs no error in the console', () => {
      expect(unexpected(focal.errors)).toEqual([]);
      expect(unexpected(officer.errors)).toEqual([]);
      expect(unexpected(coordinator.errors)).toEqual([]);
    });
  });
}

/** A State's name as the page shows it (from the API's names, in the page's language). */
async function stateNameIn(page: Page, code: string): Promise<string> {
  const p = await apiGet<{ data: { participant: { names: Record<string, string> } } }>(page, `/api/v1/participants/${code}`);
  const lang = await page.evaluate(() => document.documentElement.lang);
  return p.data.participant.names[lang] || p.data.participant.names.en || code;
}
