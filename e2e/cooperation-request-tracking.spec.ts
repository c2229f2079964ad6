// Tracking a request for MLA or extradition between two authorities (issue 12 §2), in English, French and Arabic
// (right to left), each language with its own requests:
//   1. France's practitioner drafts a complete MLA request to Norway and sends it, through the API.
//   2. Norway's practitioner opens it in the browser: status "sent", and no content (not shared); records receipt with
//      Norway's reference, then starts execution; the page shows each status, the reference and the timeline.
//   3. France shares the content; Norway's page now shows what the request says, as written.
//   4. France's practitioner sees the status, Norway's reference and the dates sent and received.
//   5. A request that has stood still for 45 days (seeded, and reminded as `accord serve` reminds every hour:
//      e2e/seed-people.ts) shows France the overdue notice, and the reminder is among France's notifications,
//      leading to the request's page.
//   6. An extradition request is received, then refused with its ground, in the browser.
//   7. Afghanistan's focal point, a stranger to both, gets the not-found page (and a 404 from the API).
// Each screen passes axe, fits the viewport and is captured (test-results/screenshots/{en,ar}-cooperation-*.png).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext, type Browser, type Page, type TestInfo } from '@playwright/test';
import {
  expectLangDir,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  fullPageShot,
  mainHeading,
  msg,
  openPage,
  signInThroughPage,
  type Lang,
} from './support.ts';

const TRACKING_LANGS = ['en', 'fr', 'ar'] as const satisfies readonly Lang[];

interface Person {
  email: string;
  password: string;
}
interface People {
  requester: Person;
  practitioner: Person;
  focal: Person;
}
const people = (): People => JSON.parse(readFileSync(path.resolve('test-results/e2e-people.json'), 'utf8')) as People;
const seeded = (): { stalled: string } =>
  JSON.parse(readFileSync(path.resolve('test-results/e2e-cooperation-requests.json'), 'utf8')) as { stalled: string };

interface Detail {
  id: string;
  status: string;
  version: number;
  statusChangedAt: string;
  sentAt: string | null;
  receivedAt: string | null;
  contentShared: boolean;
  completeness: { missing: string[] } | null;
}

/** A session in the API for someone who is not driving a browser here: the CSRF token to send with its writes. */
async function apiSession(api: APIRequestContext, person: Person): Promise<string> {
  const anonymous = (await (await api.get('/api/v1/auth/session')).json()) as { data: { csrfToken: string } };
  const signedIn = await api.post('/api/v1/auth/sign-in', {
    data: { email: person.email, password: person.password },
    headers: { 'x-csrf-token': anonymous.data.csrfToken },
  });
  expect(signedIn.status(), `sign-in of ${person.email}`).toBe(200);
  const view = (await signedIn.json()) as { data: { csrfToken: string; stage: string } };
  expect(view.data.stage).toBe('complete');
  return view.data.csrfToken;
}

async function checkScreen(page: Page, lang: Lang, shot: string) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  await fullPageShot(page, lang, shot);
}

/** Words every request of the spec shares; the facts carry the language, so each language finds its own. */
function mlaContent(lang: Lang) {
  return {
    requesting: {
      authorityName: 'Ministère de la Justice (E2E)',
      reference: `PNAT-E2E-${lang}`,
      contactName: 'Rémi Requester',
      contactEmail: 'remi.requester@e2e.example',
      contactPhone: '+33 0 00 00 00 00',
      urgency: 'normal',
      urgencyReason: '',
    },
    requested: { authorityName: 'E2E mutual legal assistance unit', address: 'E2E test address, Oslo', channel: 'direct', language: 'en' },
    legalBasis: { instrumentId: null, bilateralTreatyId: null, articles: '', reciprocity: true, note: 'E2E test: on the basis of reciprocity.' },
    facts: {
      subject: 'E2E test: financing of a terrorist group',
      conductingAuthority: 'E2E test: investigating judge, Paris',
      summary: `E2E test (${lang}): transfers of funds from an account in Oslo to a listed group, March–June 2025.`,
      purpose: 'E2E test: to establish who ordered the transfers.',
    },
    offences: [
      {
        name: 'E2E test: financing of terrorism',
        lawReference: 'E2E test: Criminal Code, art. 421-2-2',
        lawText: 'E2E test: the text of the article, as enacted.',
        penalty: 'E2E test: ten years’ imprisonment',
      },
    ],
    assistance: {
      measures: ['bank-records'],
      details: { 'bank-records': 'E2E test: statements of one account, 2024–2025.' },
      personsConcerned: 'E2E test: the account holder.',
      transferConsent: '',
    },
    procedures: {
      procedures: 'E2E test: certified copies.',
      confidentiality: 'E2E test: the account holder must not be told.',
      contacts: 'E2E test: the contact above.',
    },
  };
}

function extraditionContent(lang: Lang) {
  const { requesting, requested, legalBasis, facts, offences, procedures } = mlaContent(lang);
  return {
    requesting: { ...requesting, reference: `PNAT-EXT-E2E-${lang}` },
    requested: { ...requested, authorityName: 'E2E extradition unit' },
    legalBasis,
    facts,
    offences,
    person: {
      name: 'E2E Test Person',
      aliases: '',
      dateOfBirth: '1990-01-01',
      nationality: 'E2E test',
      identification: 'E2E test: passport number withheld.',
      location: 'E2E test: Oslo',
    },
    warrant: {
      kind: 'arrest-warrant',
      issuedBy: 'E2E test: investigating judge, Paris',
      issuedOn: '2026-01-15',
      reference: 'E2E-WARRANT-1',
      sentence: '',
      timeLimits: 'E2E test: none pending.',
    },
    assurances: [{ kind: 'fair-trial', direction: 'offered', text: 'E2E test: a fair trial is assured.' }],
    procedures,
  };
}

/** France drafts a request to Norway with everything it needs, and sends it: the request's id. */
async function draftAndSend(api: APIRequestContext, csrf: string, kind: 'mla' | 'extradition', content: object): Promise<string> {
  const headers = { 'x-csrf-token': csrf };
  const created = await api.post('/api/v1/cooperation/requests', { headers, data: { kind, requestedStateCode: 'NOR' } });
  expect(created.status(), await created.text()).toBe(201);
  let draft = ((await created.json()) as { data: Detail }).data;
  const saved = await api.patch(`/api/v1/cooperation/requests/${draft.id}`, { headers, data: { content, version: draft.version } });
  expect(saved.status(), await saved.text()).toBe(200);
  draft = ((await saved.json()) as { data: Detail }).data;
  expect(draft.completeness?.missing, 'nothing missing before sending').toEqual([]);
  const sent = await api.post(`/api/v1/cooperation/requests/${draft.id}/transitions`, { headers, data: { event: 'send', version: draft.version } });
  expect(sent.status(), await sent.text()).toBe(200);
  return draft.id;
}

async function getDetail(api: APIRequestContext, id: string): Promise<Detail> {
  const res = await api.get(`/api/v1/cooperation/requests/${id}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { data: Detail }).data;
}

/** Opens an action's form, fills it and confirms; the page then says it is done and shows the new status. */
async function takeAction(page: Page, lang: Lang, event: string, fill: (form: ReturnType<Page['locator']>) => Promise<void>, status: string) {
  const actions = page.getByRole('region', { name: msg(lang, 'requestTracking.actions.heading') });
  await actions.getByRole('button', { name: msg(lang, `requestTracking.event.${event}`), exact: true }).click();
  const form = page.locator(`#transition-${event}`);
  await expect(form.getByRole('heading', { name: msg(lang, `requestTracking.event.${event}`) })).toBeFocused();
  await fill(form);
  await form.getByRole('button', { name: msg(lang, 'requestTracking.actions.confirm', { action: msg(lang, `requestTracking.event.${event}`) }) }).click();
  await expect(page.getByRole('status').filter({ hasText: msg(lang, 'requestTracking.actions.done', { action: msg(lang, `requestTracking.eventDone.${event}`) }) })).toBeVisible();
  await expect(page.locator('.request-badges .badge')).toHaveText(msg(lang, `requestTracking.status.${status}`));
}

/** A browser of its own for one person, in the spec's language whatever their account prefers. */
async function browserOf(browser: Browser, testInfo: TestInfo, lang: Lang) {
  const { context, page } = await openPage(browser, testInfo);
  await context.addInitScript((l) => window.localStorage.setItem('accord.language', l), lang);
  return page;
}

for (const lang of TRACKING_LANGS) {
  test.describe(`Tracking a request for cooperation (${lang})`, () => {
    test.describe.configure({ mode: 'serial' });
    let api: APIRequestContext;
    let csrf: string;
    let mlaId: string;
    let extraditionId: string;
    let norway: Page;
    let france: Page;

    test.beforeAll(async ({ baseURL, browser }, testInfo) => {
      api = await playwrightRequest.newContext({ baseURL });
      csrf = await apiSession(api, people().requester);
      mlaId = await draftAndSend(api, csrf, 'mla', mlaContent(lang));
      extraditionId = await draftAndSend(api, csrf, 'extradition', extraditionContent(lang));
      norway = await browserOf(browser, testInfo, lang);
      france = await browserOf(browser, testInfo, lang);
    });
    test.afterAll(async () => {
      await api?.dispose();
      await norway?.context().close();
      await france?.context().close();
    });

    test('2. Norway opens the request sent to it: no content until France shares it; records receipt, then execution', async () => {
      await signInThroughPage(norway, lang, people().practitioner, `/cooperation/requests/${mlaId}`);
      await expectLangDir(norway, lang);
      await expect(mainHeading(norway)).toContainText(msg(lang, 'requestTracking.kind.mla'));
      await expect(norway.locator('.request-badges .badge')).toHaveText(msg(lang, 'requestTracking.status.sent'));
      await expect(norway.getByTestId('content-not-shared')).toHaveText(msg(lang, 'requestTracking.content.notShared'));
      await expect(norway.getByText(mlaContent(lang).facts.summary)).toHaveCount(0);
      // The requested side has no say on who sees the content, nor on attachments or duplicates.
      await expect(norway.getByLabel(msg(lang, 'requestTracking.sharing.contentShared'))).toHaveCount(0);
      await checkScreen(norway, lang, 'cooperation-request-received');

      await takeAction(norway, lang, 'receive', async (form) => {
        // Confirming without the reference is refused on the page, naming the field.
        await form.getByRole('button', { name: msg(lang, 'requestTracking.actions.confirm', { action: msg(lang, 'requestTracking.event.receive') }) }).click();
        await expect(form.locator('.field-invalid')).toHaveCount(1);
        await form.getByLabel(msg(lang, 'requestTracking.actions.reference')).fill(`NOR-E2E-${lang}`);
        await form.getByLabel(msg(lang, 'requestTracking.actions.note')).fill('E2E test: registered by the central authority.');
      }, 'received');
      await expect(norway.getByTestId('requested-reference')).toHaveText(`NOR-E2E-${lang}`);

      await takeAction(norway, lang, 'start-execution', async () => undefined, 'under-execution');
      const timeline = norway.getByRole('region', { name: msg(lang, 'requestTracking.timeline.heading') });
      await expect(timeline.locator('li')).toHaveCount(4);
      await expect(timeline).toContainText('E2E test: registered by the central authority.');
      await checkScreen(norway, lang, 'cooperation-request-executing');
    });

    test('3. once France shares the content, Norway sees what the request says, as written', async () => {
      const before = await getDetail(api, mlaId);
      const shared = await api.patch(`/api/v1/cooperation/requests/${mlaId}`, {
        headers: { 'x-csrf-token': csrf },
        data: { contentShared: true, version: before.version },
      });
      expect(shared.status(), await shared.text()).toBe(200);
      await norway.reload();
      const content = norway.getByRole('region', { name: msg(lang, 'requestTracking.content.heading') });
      await expect(content.getByText(mlaContent(lang).facts.summary)).toBeVisible();
      await expect(norway.getByTestId('content-not-shared')).toHaveCount(0);
    });

    test('4. France sees the status, Norway’s reference and the dates', async () => {
      await signInThroughPage(france, lang, people().requester, `/cooperation/requests/${mlaId}`);
      const detail = await getDetail(api, mlaId);
      expect(detail.receivedAt).not.toBeNull();
      await expect(france.locator('.request-badges .badge')).toHaveText(msg(lang, 'requestTracking.status.under-execution'));
      await expect(france.getByTestId('requested-reference')).toHaveText(`NOR-E2E-${lang}`);
      await expect(france.getByTestId('requesting-reference')).toHaveText(`PNAT-E2E-${lang}`);
      const record = france.getByRole('region', { name: msg(lang, 'requestTracking.record') });
      await expect(record.locator(`time[datetime="${new Date(detail.sentAt!).toISOString()}"]`)).toBeVisible();
      await expect(record.locator(`time[datetime="${new Date(detail.receivedAt!).toISOString()}"]`)).toBeVisible();
      await expect(france.getByLabel(msg(lang, 'requestTracking.sharing.contentShared'))).toBeChecked();
      await checkScreen(france, lang, 'cooperation-request-requester');
    });

    test('5. a request standing still: France sees it is overdue and finds the reminder among its notifications', async () => {
      const { stalled } = seeded();
      await france.goto(`/${lang}/cooperation/requests/${stalled}`);
      const detail = await getDetail(api, stalled);
      const notice = france.getByTestId('overdue-notice');
      await expect(notice).toBeVisible();
      await expect(notice.locator(`time[datetime="${new Date(detail.statusChangedAt).toISOString()}"]`)).toBeVisible();
      await checkScreen(france, lang, 'cooperation-request-overdue');

      await france.goto(`/${lang}/notifications`);
      const reminder = france.locator(`a[href="/${lang}/cooperation/requests/${stalled}"]`).first();
      await expect(reminder).toBeVisible();
      await reminder.click();
      await expect(france).toHaveURL(new RegExp(`/${lang}/cooperation/requests/${stalled}$`));
      await expect(france.getByTestId('overdue-notice')).toBeVisible();
    });

    test('6. Norway receives the extradition request, then refuses it with its ground', async () => {
      await norway.goto(`/${lang}/cooperation/requests/${extraditionId}`);
      await expect(mainHeading(norway)).toContainText(msg(lang, 'requestTracking.kind.extradition'));
      await takeAction(norway, lang, 'receive', async (form) => {
        await form.getByLabel(msg(lang, 'requestTracking.actions.reference')).fill(`NOR-EXT-E2E-${lang}`);
      }, 'received');
      await takeAction(norway, lang, 'refuse', async (form) => {
        await form.getByLabel(msg(lang, 'requestTracking.actions.ground')).selectOption('dual-criminality');
        await form.getByLabel(msg(lang, 'requestTracking.actions.note')).fill('E2E test: the conduct is not an offence here.');
      }, 'refused');
      const ground = msg(lang, 'requestTracking.ground.dual-criminality');
      await expect(norway.locator('.request-badges')).toContainText(ground);
      // Closed: nothing more to do.
      await expect(norway.getByRole('region', { name: msg(lang, 'requestTracking.actions.heading') })).toHaveCount(0);
      await checkScreen(norway, lang, 'cooperation-request-refused');
    });

    test('7. a stranger (Afghanistan’s focal point) gets the not-found page', async ({ browser }, testInfo) => {
      const stranger = await browserOf(browser, testInfo, lang);
      try {
        await signInThroughPage(stranger, lang, people().focal, `/cooperation/requests/${mlaId}`);
        await expect(mainHeading(stranger)).toHaveText(msg(lang, 'requestTracking.title'));
        await expect(stranger.getByRole('alert')).toContainText(msg(lang, 'errors.recordNotFound'));
        await expect(stranger.getByText(mlaContent(lang).facts.summary)).toHaveCount(0);
        const res = await stranger.request.get(`/api/v1/cooperation/requests/${mlaId}`);
        expect(res.status()).toBe(404);
        await checkScreen(stranger, lang, 'cooperation-request-not-found');
      } finally {
        await stranger.context().close();
      }
    });
  });
}
