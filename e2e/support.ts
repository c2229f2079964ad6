// Shared pieces of the browser tests: one page per describe block, the shipped message catalogues, the API, axe and
// screenshots. Expected texts come from i18n/*.json and expected figures from the API, so a test fails when the screen
// shows something else than the catalogue or the data says.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page, type TestInfo, type Locator } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import type { Language } from '../src/domain/treaties/types.ts';
import { createDateFormatter, type DateStyle } from '../src/web/i18n/dates.ts';

/** The public screens are tried in all six UN languages (Arabic right to left, Chinese in its own script). */
export const LANGS = ['en', 'ar', 'zh', 'fr', 'ru', 'es'] as const;
export type Lang = (typeof LANGS)[number];
/** Each signed-in flow in two: English and Arabic (right to left). Their steps are the same in every language, and
 * they cost most of the browser time (CI budget, issue 10 §9); the catalogues' keys are checked by a unit test. */
export const FLOW_LANGS = ['en', 'ar'] as const satisfies readonly Lang[];

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

/** The five instruments deposited with the UN Secretary-General: Accord has their complete status lists. */
export const UN_INSTRUMENTS = ['ipp1973', 'hostages1979', 'bombings1997', 'financing1999', 'icsant2005'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Message catalogues

const catalogues = new Map<string, unknown>();

function catalogue(lang: string): unknown {
  if (!catalogues.has(lang)) catalogues.set(lang, JSON.parse(readFileSync(path.resolve(`i18n/${lang}.json`), 'utf8')));
  return catalogues.get(lang);
}

/**
 * A message of the shipped catalogue with simple `{name}` arguments replaced (no plural forms: tests use messages
 * without them or assert on a part of the message). Falls back to English as the app does.
 */
export function msg(lang: string, key: string, values: Record<string, string> = {}): string {
  const find = (c: unknown) =>
    key
      .split('.')
      .reduce<unknown>(
        (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
        c,
      );
  const raw = find(catalogue(lang)) ?? find(catalogue('en'));
  if (typeof raw !== 'string') throw new Error(`No message ${key} in ${lang}`);
  return raw.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

// ---------------------------------------------------------------------------------------------------------------
// Pages

/**
 * A fresh browser context and page for a describe block (axe needs pages from `browser.newContext()`). Console errors
 * and uncaught exceptions are collected in `errors`.
 */
export async function openPage(
  browser: Browser,
  testInfo: TestInfo,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/**
 * One page for all the tests of a describe block, opened before the first and closed after the last. The tests run in
 * order on it, each going on from the screen the previous one left, as a user would; loading a screen once per block
 * rather than per test also keeps the run short. `setup` gets the page (to load data and navigate) before the first
 * test. Call inside `test.describe`.
 */
export function onePagePerBlock(setup: (opened: { page: Page; errors: string[] }) => Promise<void>): void {
  test.describe.configure({ mode: 'serial' });
  let context: BrowserContext | undefined;
  test.beforeAll(async ({ browser }, testInfo) => {
    const opened = await openPage(browser, testInfo);
    context = opened.context;
    await setup(opened);
  });
  test.afterAll(async () => {
    await context?.close();
  });
}

/** `<html lang dir>` as set by the app for the language of the URL. */
export async function expectLangDir(page: Page, lang: Lang): Promise<void> {
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', lang);
  await expect(html).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
  // The computed direction follows: the layout really is mirrored, not only the attribute.
  const direction = await page.evaluate(() => getComputedStyle(document.body).direction);
  expect(direction).toBe(lang === 'ar' ? 'rtl' : 'ltr');
}

/** The page's main heading, once the screen has its data. */
export const mainHeading = (page: Page) => page.locator('main h1');

/**
 * A date as the app writes it in the page's language (its formatter, src/web/i18n/dates.ts; Node and Chromium carry
 * the same ICU data). e2e/dates-and-phones.spec.ts checks that formatter's output against literal strings.
 */
export async function formatDate(page: Page, iso: string, style: DateStyle = 'medium'): Promise<string> {
  const lang = (await page.evaluate(() => document.documentElement.lang)) as Language;
  return createDateFormatter(lang).date(iso, style);
}

export async function formatNumber(page: Page, n: number): Promise<string> {
  return page.evaluate((v) => new Intl.NumberFormat(document.documentElement.lang).format(v), n);
}

// ---------------------------------------------------------------------------------------------------------------
// API

export async function apiGet<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url, { headers: { accept: 'application/json' } });
  expect(res.status(), `GET ${url}`).toBe(200);
  return (await res.json()) as T;
}

export type Names = Partial<Record<string, string>>;
export interface MatrixCell {
  s: string;
  d: string | null;
}
export interface MatrixApi {
  data: {
    asOf: string;
    instruments: { id: string; category: string; sortOrder: number; shortNames: Names; titles: Names; statusListAsOf: string | null }[];
    participants: { code: string; names: Names; regionalGroup: string | null; cells: Record<string, MatrixCell> }[];
  };
}

/** One row of the matrix grid: its State and the status class of each cell by column (2… the instruments). */
export interface GridRow {
  code: string;
  statuses: Record<number, string>;
}

/** The rows the grid has in the DOM now, by position (aria-rowindex). */
const renderedGridRows = (page: Page) =>
  page.$$eval('table.matrix tbody tr[aria-rowindex]', (trs) =>
    trs.map((tr) => ({
      index: Number(tr.getAttribute('aria-rowindex')),
      code: decodeURIComponent(tr.querySelector('th a')!.getAttribute('href')!.split('?')[0]!.split('/').pop()!),
      statuses: Object.fromEntries(
        [...tr.querySelectorAll<HTMLElement>('td[data-cell]')].flatMap((td) => {
          const status = [...td.classList].find((k) => k.startsWith('status-'));
          return status ? [[Number(td.dataset.cell!.split(':')[1]), status.slice('status-'.length)]] : [];
        }),
      ),
    })),
  );

/** Lets the grid render the rows of its new scroll position (it renders on the scroll event, in a later frame). */
const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * Every row of the matrix grid, top to bottom. The grid renders only the rows in view: this scrolls its box from the
 * top to the end, a screenful at a time, reading the rows each position shows, and checks that it read as many as
 * the grid says it has (aria-rowcount, less the header row).
 */
export async function gridRows(page: Page): Promise<GridRow[]> {
  const box = page.locator('.matrix-scroll');
  const total = Number(await page.locator('table.matrix').getAttribute('aria-rowcount')) - 1;
  const seen = new Map<number, GridRow>();
  await box.evaluate((el) => (el.scrollTop = 0));
  await nextFrames(page);
  for (let step = 0; step < 1000; step++) {
    for (const { index, ...row } of await renderedGridRows(page)) seen.set(index, row);
    if (!(await scrollOnePage(page, box))) break;
  }
  await box.evaluate((el) => (el.scrollTop = 0));
  expect(seen.size, 'rows read from the grid').toBe(total);
  return [...seen.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

/** Scrolls the grid's box down by three quarters of its height and lets it render; false at the bottom. */
async function scrollOnePage(page: Page, box: Locator): Promise<boolean> {
  const moved = await box.evaluate((el) => {
    const before = el.scrollTop;
    el.scrollTop = before + el.clientHeight * 0.75;
    return el.scrollTop > before;
  });
  if (moved) await nextFrames(page);
  return moved;
}

/** Scrolls the grid's box until a State's row is rendered, then into view; returns that row. */
export async function revealGridRow(page: Page, lang: string, code: string) {
  const row = page.locator('table.matrix tbody tr').filter({ has: page.locator(`th a[href^="/${lang}/states/${code}"]`) });
  const box = page.locator('.matrix-scroll');
  await box.evaluate((el) => (el.scrollTop = 0));
  await nextFrames(page);
  for (let step = 0; step < 1000 && (await row.count()) === 0; step++) {
    if (!(await scrollOnePage(page, box))) break;
  }
  await row.scrollIntoViewIfNeeded();
  return row;
}

/** A localized name as the app picks it: the language's own, else English. */
export const nameIn = (names: Names, lang: string, fallback = ''): string => names[lang] || names.en || fallback;

// ---------------------------------------------------------------------------------------------------------------
// Accessibility and screenshots

/**
 * Runs axe on the whole page and fails listing every violation (rule, impact, first targets). `exclude` leaves out
 * repeated parts (rows 21… of a long table): the same component, and axe's contrast check over them costs seconds.
 */
export async function expectNoAxeViolations(page: Page, exclude: string[] = []): Promise<void> {
  let builder = new AxeBuilder({ page });
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * A full-page screenshot into test-results/screenshots/{lang}-{name}.png (not committed), in English (left to right)
 * and Arabic (right to left); other languages are skipped to keep the run short.
 */
export async function fullPageShot(page: Page, lang: Lang, name: string): Promise<string | null> {
  if (lang !== 'en' && lang !== 'ar') return null;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${lang}-${name}.png`);
  // Let web fonts and the lazily loaded map settle before the picture.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/**
 * The accessibility and layout tests of a screen that needs no axe exclusions: axe on the whole page, then no sideways
 * overflow and a full-page screenshot. `page` is a getter because the block's page is opened only before its tests.
 */
export function axeAndScreenshotTests(page: () => Page, lang: Lang, shotName: string): void {
  test('has no axe violations', async () => {
    await expectNoAxeViolations(page());
  });

  test('fits the viewport and is captured', async () => {
    await expectNoHorizontalOverflow(page());
    await fullPageShot(page(), lang, shotName);
  });
}

/** No horizontal overflow of the document: nothing sticks out of the viewport sideways. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'document wider than the viewport').toBeLessThanOrEqual(clientWidth);
}

/** Signs in through the sign-in page (people without a second factor), landing on `to`: as a reader does from "Sign in". */
export async function signInThroughPage(page: Page, lang: Lang, person: { email: string; password: string }, to: string): Promise<void> {
  await page.goto(`/${lang}/sign-in?returnTo=${encodeURIComponent(to)}`);
  await expect(mainHeading(page)).toHaveText(msg(lang, 'signIn.title'));
  await page.getByLabel(msg(lang, 'signIn.email')).fill(person.email);
  await page.getByLabel(msg(lang, 'signIn.password'), { exact: true }).fill(person.password);
  await page.getByRole('button', { name: msg(lang, 'signIn.submit'), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${lang}${to.replace(/[?]/g, '\\?')}$`));
}

/** A person of e2e/seed-people.ts, as test-results/e2e-people.json holds them. */
export interface SeededPerson {
  email: string;
  password: string;
  totpSecret?: string;
}
export const seededPerson = (name: string): SeededPerson =>
  (JSON.parse(readFileSync(path.resolve('test-results/e2e-people.json'), 'utf8')) as Record<string, SeededPerson>)[name]!;

// A second-factor code is accepted once: the 30-second steps used, per secret, are shared by the specs in this file.
const TOTP_FILE = path.resolve('test-results/e2e-assistance-totp.json');
const TOTP_PERIOD = 30_000;

/** A code for `secret` from a step no spec has used yet (waiting for the next step when needed). */
export async function freshTotpCode(secret: string): Promise<string> {
  const stepNow = () => Math.floor(Date.now() / TOTP_PERIOD);
  const used = existsSync(TOTP_FILE) ? (JSON.parse(readFileSync(TOTP_FILE, 'utf8')) as Record<string, number>) : {};
  const want = (used[secret] ?? 0) + 1;
  while (want > stepNow() + 1) await new Promise((r) => setTimeout(r, 500));
  const step = Math.max(stepNow(), want);
  writeFileSync(TOTP_FILE, JSON.stringify({ ...used, [secret]: step }));
  return TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30, timestamp: step * TOTP_PERIOD });
}

/** Signs `person` in through the API (password, then the second factor if asked); answers the session's CSRF token. */
export async function signInThroughApi(api: APIRequestContext, person: SeededPerson): Promise<string> {
  const anonymous = (await (await api.get('/api/v1/auth/session')).json()) as { data: { csrfToken: string } };
  const signedIn = await api.post('/api/v1/auth/sign-in', {
    data: { email: person.email, password: person.password },
    headers: { 'x-csrf-token': anonymous.data.csrfToken },
  });
  let view = (await signedIn.json()) as { data: { csrfToken: string; stage: string } };
  if (view.data.stage !== 'complete') {
    const second = await api.post('/api/v1/auth/second-factor', {
      data: { code: await freshTotpCode(person.totpSecret!) },
      headers: { 'x-csrf-token': view.data.csrfToken },
    });
    view = (await second.json()) as { data: { csrfToken: string; stage: string } };
  }
  expect(view.data.stage).toBe('complete');
  return view.data.csrfToken;
}
