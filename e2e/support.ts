// Shared pieces of the browser tests: one page per describe block, the shipped message catalogues, the API, axe and
// screenshots. Expected texts come from i18n/*.json and expected figures from the API, so a test fails when the screen
// shows something else than the catalogue or the data says.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';

export const LANGS = ['en', 'ar', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

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

/** Dates and numbers formatted as the app formats them (Intl in the page, with the page's language). */
export async function formatDate(page: Page, iso: string, style: 'medium' | 'long' = 'medium'): Promise<string> {
  return page.evaluate(
    ([d, s]) =>
      new Intl.DateTimeFormat(document.documentElement.lang, {
        dateStyle: s as 'medium' | 'long',
        timeZone: 'UTC',
      }).format(new Date(`${d}T00:00:00Z`)),
    [iso, style] as const,
  );
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
    instruments: { id: string; category: string; sortOrder: number; shortNames: Names; titles: Names }[];
    participants: { code: string; names: Names; regionalGroup: string | null; cells: Record<string, MatrixCell> }[];
  };
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
