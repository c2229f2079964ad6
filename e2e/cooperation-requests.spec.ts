// Drafting requests for MLA and extradition in the browser (issue 12 §1), in English, French and Arabic (right to
// left). France's central-authority practitioner (e2e/seed-people.ts: `requester`) asks the legal-basis finder about
// France → Norway, starts a request from a treaty the answer found in force, fills the steps, is stopped on the step
// with a missing item (the message names it), completes it, downloads the DOCX (read back here with mammoth: the legal
// basis, the authority and the document's language) and sends it. Once for mutual legal assistance, once for
// extradition with the person's particulars and an assurance. Norway's entries in the directory do not say what it
// requires of a request, so every step says its requirements are unknown. The wizard passes axe, fits the viewport and
// is captured (test-results/screenshots/{lang}-request-*.png).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { apiGet, expectLangDir, expectNoAxeViolations, expectNoHorizontalOverflow, mainHeading, msg, SCREENSHOT_DIR, type Lang } from './support.ts';

const REQUEST_LANGS = ['en', 'fr', 'ar'] as const satisfies readonly Lang[];

interface Person {
  email: string;
  password: string;
}
const PEOPLE_FILE = path.resolve('test-results/e2e-people.json');
const requester = (): Person => (JSON.parse(readFileSync(PEOPLE_FILE, 'utf8')) as { requester: Person }).requester;

interface RequestApi {
  data: { id: string; status: string; kind: string; content: { legalBasis: { instrumentId: string | null; articles: string } } | null };
}
interface InstrumentApi {
  data: { instrument: { shortNames: Record<string, string>; titles: Record<string, string> } };
}
interface TemplateApi {
  data: { title: string };
}

async function signIn(page: Page, lang: Lang, person: Person, to: string) {
  await page.goto(`/${lang}/sign-in?returnTo=${encodeURIComponent(to)}`);
  await page.getByLabel(msg(lang, 'signIn.email')).fill(person.email);
  await page.getByLabel(msg(lang, 'signIn.password'), { exact: true }).fill(person.password);
  await page.getByRole('button', { name: msg(lang, 'signIn.submit'), exact: true }).click();
  // Signing in opens the page in the person's own language; the test then reads it in the language it runs in.
  await expect(page).toHaveURL(new RegExp(`/[a-z]{2}${to.replace(/[?]/g, '\\?')}$`));
  await page.goto(`/${lang}${to}`);
}

async function shot(page: Page, lang: Lang, name: string) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${lang}-${name}.png`), fullPage: true, animations: 'disabled' });
}

/** The wizard's step heading: "Step n of N: name". */
const stepHeading = (page: Page) => page.locator('h2.wizard-step-heading');

async function expectStep(page: Page, lang: Lang, step: string) {
  await expect(stepHeading(page)).toContainText(msg(lang, `requestWriter.step.${step}`));
}

async function next(page: Page, lang: Lang, then: string) {
  await page.getByRole('button', { name: msg(lang, 'requestWriter.saveAndContinue') }).click();
  await expectStep(page, lang, then);
}

const field = (page: Page, name: string) => page.locator(`#request-${name.replace(/\./g, '-')}`);

/** From the finder to a new draft: the first treaty the answer found, and the draft's id. */
async function startFromFinder(page: Page, lang: Lang, kind: 'mla' | 'extradition'): Promise<{ id: string; instrumentId: string }> {
  const finder = `/cooperation/legal-basis?from=FRA&to=NOR&kind=${kind}&conduct=corruption`;
  await signIn(page, lang, requester(), finder);
  const start = page.locator('.start-request a[data-instrument]:not([data-instrument="none"])').first();
  await expect(start).toBeVisible();
  const instrumentId = (await start.getAttribute('data-instrument'))!;
  await expect(page.locator('.start-request a[data-instrument="none"]')).toHaveText(msg(lang, 'requestWriter.finder.startWithout'));
  await start.click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/cooperation/requests/new\\?.*instrument=${instrumentId}`));
  await expect(mainHeading(page)).toHaveText(msg(lang, 'requestWriter.newTitle'));
  await expect(page.locator(`[data-instrument="${instrumentId}"]`)).toBeVisible();
  await page.getByRole('button', { name: msg(lang, 'requestWriter.start') }).click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/cooperation/requests/[^/]+/edit$`));
  const id = /\/requests\/([^/]+)\/edit/.exec(page.url())![1]!;
  return { id, instrumentId };
}

async function requestingStep(page: Page, lang: Lang, kind: string) {
  await expectStep(page, lang, 'requesting');
  await expectLangDir(page, lang);
  // Norway's entries do not say what it requires of a request: said, never assumed.
  await expect(page.locator('.requirements-unknown')).toBeVisible();
  await field(page, 'requesting.authorityName').fill('Bureau de l’entraide pénale internationale (E2E)');
  await field(page, 'requesting.reference').fill(`E2E-${kind}-${lang}`);
  await field(page, 'requesting.contactName').fill('Rémi Requester');
  await field(page, 'requesting.contactEmail').fill('remi.requester@e2e.example');
  await field(page, 'requesting.contactPhone').fill('+33 1 00 00 00 00');
}

/** Chooses Norway's entry of the kind from the directory; it fills the address, channel and language. */
async function requestedStep(page: Page, lang: Lang, unit: RegExp): Promise<string> {
  await expectStep(page, lang, 'requested');
  const select = field(page, 'requested.authorityId');
  const option = select.locator('option').filter({ hasText: unit }).first();
  await select.selectOption((await option.getAttribute('value'))!);
  const name = await field(page, 'requested.authorityName').inputValue();
  expect(name).toMatch(unit);
  await expect(field(page, 'requested.address')).not.toHaveValue('');
  // Norway accepts Norwegian and English: of the six, English, marked as accepted and chosen.
  await expect(field(page, 'requested.language')).toHaveValue('en');
  await expect(field(page, 'requested.language').locator('option[value="en"]')).toHaveAttribute('data-accepted', 'true');
  return name;
}

async function legalBasisStep(page: Page, lang: Lang, instrumentId: string, article: string): Promise<string> {
  await expectStep(page, lang, 'legal-basis');
  await expect(field(page, 'legalBasis.instrumentId')).toHaveValue(instrumentId);
  const articles = field(page, 'legalBasis.articles');
  if (!(await articles.inputValue()).trim()) await articles.fill(article);
  return articles.inputValue();
}

async function factsStep(page: Page, lang: Lang, kind: 'mla' | 'extradition') {
  await field(page, 'facts.subject').fill('Corruption d’agents publics étrangers dans un marché de fournitures (E2E).');
  await field(page, 'facts.conductingAuthority').fill('Parquet national financier');
  // The summary left out: the step says what is missing, by name, and stays.
  await page.getByRole('button', { name: msg(lang, 'requestWriter.saveAndContinue') }).click();
  await expectStep(page, lang, 'facts');
  const alert = page.locator('.missing-items[role="alert"]');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(msg(lang, 'requestWriter.item.facts-summary'));
  await expect(field(page, 'facts.summary')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, lang, `request-${kind}-missing`);
  await field(page, 'facts.summary').fill('Entre 2021 et 2023, des commissions ont été versées sur un compte ouvert à Oslo (E2E).');
  if (kind === 'mla') await field(page, 'facts.purpose').fill('Établir le bénéficiaire effectif du compte (E2E).');
}

async function offencesStep(page: Page, lang: Lang) {
  await page.getByRole('button', { name: msg(lang, 'requestWriter.offence.add') }).click();
  await field(page, 'offences.0.name').fill('Corruption d’agent public étranger');
  await field(page, 'offences.0.lawReference').fill('Code pénal, art. 435-3');
  await field(page, 'offences.0.lawText').fill('Est puni de dix ans d’emprisonnement… (E2E)');
  await field(page, 'offences.0.penalty').fill('Dix ans d’emprisonnement et 1 000 000 € d’amende');
}

async function proceduresStep(page: Page) {
  await field(page, 'procedures.procedures').fill('Procès-verbal signé par l’enquêteur (E2E).');
  await field(page, 'procedures.confidentiality').fill('La personne visée ne doit pas être informée (E2E).');
  await field(page, 'procedures.contacts').fill('remi.requester@e2e.example');
}

/** The review: complete, the DOCX read back (legal basis, authority, language), then sending. */
async function reviewAndSend(page: Page, lang: Lang, r: { id: string; kind: 'mla' | 'extradition'; instrumentId: string; articles: string; authority: string }) {
  await expectStep(page, lang, 'review');
  await expect(page.locator('.notice.complete')).toHaveText(msg(lang, 'requestWriter.review.complete'));
  await expect(page.locator('.wizard-steps [data-missing]')).toHaveCount(0);
  await shot(page, lang, `request-${r.kind}-review`);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: msg(lang, 'requestWriter.review.docx', { language: msg(lang, 'languageName.en') }) }).click();
  const file = await (await download).path();
  const text = (await mammoth.extractRawText({ path: file })).value;
  const instrument = await apiGet<InstrumentApi>(page, `/api/v1/instruments/${r.instrumentId}`);
  const names = [instrument.data.instrument.shortNames.en, instrument.data.instrument.titles.en].filter(Boolean) as string[];
  expect(names.some((n) => text.includes(n)), `the DOCX names ${names.join(' / ')}`).toBe(true);
  expect(text).toContain(r.articles);
  expect(text).toContain(r.authority);
  // In English, the language Norway accepts: the template's English title, not the French one.
  const en = await apiGet<TemplateApi>(page, `/api/v1/cooperation/request-templates/${r.kind}?lang=en`);
  const fr = await apiGet<TemplateApi>(page, `/api/v1/cooperation/request-templates/${r.kind}?lang=fr`);
  expect(text).toContain(en.data.title);
  expect(text).not.toContain(fr.data.title);

  await page.getByRole('button', { name: msg(lang, 'requestWriter.send') }).click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/cooperation/requests/${r.id}(\\?|$)`));
  const sent = await apiGet<RequestApi>(page, `/api/v1/cooperation/requests/${r.id}`);
  expect(sent.data.status).toBe('sent');
}

for (const lang of REQUEST_LANGS) {
  test.describe(`requests for cooperation (${lang})`, () => {
    test('a request for mutual legal assistance, from the finder to sending', async ({ page }) => {
      const { id, instrumentId } = await startFromFinder(page, lang, 'mla');
      await requestingStep(page, lang, 'mla');
      await shot(page, lang, 'request-mla-requesting');
      await next(page, lang, 'requested');
      const authority = await requestedStep(page, lang, /mutual legal assistance unit/);
      await next(page, lang, 'legal-basis');
      const articles = await legalBasisStep(page, lang, instrumentId, '46');
      await next(page, lang, 'facts');
      await factsStep(page, lang, 'mla');
      await next(page, lang, 'offences');
      await offencesStep(page, lang);
      await next(page, lang, 'assistance');
      await field(page, 'assistance.measure.bank-records').check();
      await field(page, 'assistance.details.bank-records').fill('Relevés du compte NO00 0000 0000 000 de 2021 à 2023 (E2E).');
      await field(page, 'assistance.personsConcerned').fill('Titulaire du compte, de nationalité norvégienne (E2E).');
      await next(page, lang, 'procedures');
      await proceduresStep(page);
      await next(page, lang, 'review');
      await reviewAndSend(page, lang, { id, kind: 'mla', instrumentId, articles, authority });
    });

    test('a request for extradition with the person’s particulars and an assurance', async ({ page }) => {
      const { id, instrumentId } = await startFromFinder(page, lang, 'extradition');
      await requestingStep(page, lang, 'extradition');
      await next(page, lang, 'requested');
      const authority = await requestedStep(page, lang, /extradition unit/);
      await next(page, lang, 'legal-basis');
      const articles = await legalBasisStep(page, lang, instrumentId, '44');
      await next(page, lang, 'facts');
      await factsStep(page, lang, 'extradition');
      await next(page, lang, 'offences');
      await offencesStep(page, lang);
      await next(page, lang, 'person');
      await field(page, 'person.name').fill('Jean Exemple (E2E)');
      await field(page, 'person.dateOfBirth').fill('1981-04-12');
      await field(page, 'person.nationality').fill('française');
      await field(page, 'person.identification').fill('Passeport 00AA00000; 1,80 m (E2E).');
      await field(page, 'person.location').fill('Bergen (E2E)');
      await next(page, lang, 'warrant');
      await page.locator('#request-warrant-arrest-warrant').check();
      await field(page, 'warrant.issuedBy').fill('Juge d’instruction, tribunal judiciaire de Paris');
      await field(page, 'warrant.issuedOn').fill('2026-01-15');
      await field(page, 'warrant.reference').fill('MA-2026-0001 (E2E)');
      await field(page, 'warrant.timeLimits').fill('Prescription : 2033 (E2E).');
      await next(page, lang, 'assurances');
      await page.getByRole('button', { name: msg(lang, 'requestWriter.assurance.add') }).click();
      await field(page, 'assurances.0.kind').selectOption('death-penalty');
      await field(page, 'assurances.0.direction').selectOption('offered');
      await field(page, 'assurances.0.text').fill('La France n’applique pas la peine de mort (E2E).');
      await shot(page, lang, 'request-extradition-assurances');
      await next(page, lang, 'procedures');
      await proceduresStep(page);
      await next(page, lang, 'review');
      await expect(page.locator('main')).toContainText('Jean Exemple (E2E)');
      await expect(page.locator('main')).toContainText(msg(lang, 'requestWriter.assuranceKind.death-penalty'));
      await reviewAndSend(page, lang, { id, kind: 'extradition', instrumentId, articles, authority });
    });
  });
}
