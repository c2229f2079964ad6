// The library in the browser (issue 13 §2, §4), in English, Arabic (right to left) and Chinese: UNODC's officer
// uploads a national counter-terrorism law as a PDF (printed here by Chromium from an HTML page quoting the law), sees
// the language detected in it and its extracted text, maps two of its provisions to instrument requirements with the
// picker, and saves the record for offline reading (one HTML file holding the text and the PDF). Screenshots:
// test-results/screenshots/{lang}-library-*.png.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { expectNoHorizontalOverflow, mainHeading, msg, SCREENSHOT_DIR, type Lang } from './support.ts';

const LIBRARY_LANGS = ['en', 'ar', 'zh'] as const satisfies readonly Lang[];

interface Person {
  email: string;
  password: string;
  totpSecret?: string;
}
const PEOPLE_FILE = path.resolve('test-results/e2e-people.json');
const officer = (): Person => (JSON.parse(readFileSync(PEOPLE_FILE, 'utf8')) as { officer: Person }).officer;

// The officer's second factor: each code is accepted once; the steps used are shared with e2e/assistance.spec.ts.
const TOTP_FILE = path.resolve('test-results/e2e-assistance-totp.json');
const PERIOD = 30_000;
const stepNow = () => Math.floor(Date.now() / PERIOD);
async function freshCode(person: Person): Promise<string> {
  const used = existsSync(TOTP_FILE) ? (JSON.parse(readFileSync(TOTP_FILE, 'utf8')) as Record<string, number>) : {};
  const want = (used[person.totpSecret!] ?? 0) + 1;
  while (want > stepNow() + 1) await new Promise((r) => setTimeout(r, 500));
  const step = Math.max(stepNow(), want);
  writeFileSync(TOTP_FILE, JSON.stringify({ ...used, [person.totpSecret!]: step }));
  return TOTP.generate({ secret: Secret.fromBase32(person.totpSecret!), algorithm: 'SHA1', digits: 6, period: 30, timestamp: step * PERIOD });
}

interface Law {
  title: string;
  state: string;
  /** The language franc should find, as a languageName key. */
  detected: 'fr' | 'ar' | 'zh';
  /** The law's words, as published. */
  articles: { label: string; text: string }[];
}

// Each run its own law, quoted from the published texts: France's Code pénal (Légifrance), Jordan's Prevention of
// Terrorism Law No. 55 of 2006, China's Counter-Terrorism Law (2015) and Criminal Law.
const LAWS: Record<(typeof LIBRARY_LANGS)[number], Law> = {
  en: {
    title: 'Code pénal (France), articles 421-1 and 421-2-2',
    state: 'FRA',
    detected: 'fr',
    articles: [
      {
        label: 'Article 421-1',
        text:
          "Constituent des actes de terrorisme, lorsqu'elles sont intentionnellement en relation avec une entreprise " +
          "individuelle ou collective ayant pour but de troubler gravement l'ordre public par l'intimidation ou la terreur, " +
          'les infractions suivantes.',
      },
      {
        label: 'Article 421-2-2',
        text:
          "Constitue également un acte de terrorisme le fait de financer une entreprise terroriste en fournissant, en " +
          'réunissant ou en gérant des fonds, des valeurs ou des biens quelconques ou en donnant des conseils à cette fin, ' +
          "dans l'intention de voir ces fonds, valeurs ou biens utilisés ou en sachant qu'ils sont destinés à être utilisés, " +
          "en tout ou partie, en vue de commettre l'un quelconque des actes de terrorisme prévus au présent chapitre, " +
          "indépendamment de la survenance éventuelle d'un tel acte.",
      },
    ],
  },
  ar: {
    title: 'قانون منع الإرهاب الأردني رقم 55 لسنة 2006',
    state: 'JOR',
    detected: 'ar',
    articles: [
      { label: 'المادة 1', text: 'يسمى هذا القانون (قانون منع الإرهاب لسنة 2006) ويعمل به من تاريخ نشره في الجريدة الرسمية.' },
      {
        label: 'المادة 2',
        text:
          'العمل الإرهابي: كل عمل مقصود يرتكب بأي وسيلة كانت يؤدي إلى قتل أي شخص أو التسبب بإيذائه جسدياً أو إيقاع أضرار ' +
          'في الممتلكات العامة أو الخاصة أو في وسائط النقل أو البيئة أو في البنية التحتية أو في مرافق الهيئات الدولية أو ' +
          'البعثات الدبلوماسية إذا كانت الغاية منه الإخلال بالنظام العام أو تعريض سلامة المجتمع وأمنه للخطر.',
      },
    ],
  },
  zh: {
    title: '中华人民共和国反恐怖主义法（节选）',
    state: 'CHN',
    detected: 'zh',
    articles: [
      {
        label: '第三条',
        text:
          '本法所称恐怖主义，是指通过暴力、破坏、恐吓等手段，制造社会恐慌、危害公共安全、侵犯人身财产，或者胁迫国家机关、' +
          '国际组织，以实现其政治、意识形态等目的的主张和行为。',
      },
      {
        label: '刑法第一百二十条',
        text:
          '组织、领导恐怖活动组织的，处十年以上有期徒刑或者无期徒刑，并处没收财产；积极参加的，处三年以上十年以下有期徒刑，' +
          '并处罚金；其他参加的，处三年以下有期徒刑、拘役、管制或者剥夺政治权利，可以并处罚金。',
      },
    ],
  },
};

/** The law as a PDF, printed by Chromium from an HTML page (Noto CJK and Arabic fonts are installed). */
async function lawPdf(browser: Browser, law: Law): Promise<Buffer> {
  const page = await browser.newPage();
  const dir = law.detected === 'ar' ? 'rtl' : 'ltr';
  const esc = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  await page.setContent(
    `<!DOCTYPE html><html lang="${law.detected}" dir="${dir}"><body style="font-family: 'Noto Sans', 'Noto Sans CJK SC', 'Noto Naskh Arabic', sans-serif">` +
      `<h1>${esc(law.title)}</h1>${law.articles.map((a) => `<h2>${esc(a.label)}</h2><p>${esc(a.text)}</p>`).join('')}</body></html>`,
  );
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  return pdf;
}

async function shot(page: Page, lang: Lang, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${lang}-library-${name}.png`), fullPage: true, animations: 'disabled' });
}

for (const lang of LIBRARY_LANGS) {
  test(`${lang}: an officer uploads a national law, maps two provisions and saves it for offline reading`, async ({ browser }) => {
    test.setTimeout(180_000);
    const law = LAWS[lang];
    const pdf = await lawPdf(browser, law);
    const page = await browser.newPage();
    // The reader chose this language (the app would otherwise switch to the officer's own after sign-in).
    await page.context().addInitScript((l) => window.localStorage.setItem('accord.language', l), lang);
    const person = officer();

    // Sign in (password, then the second factor), landing on the upload form.
    await page.goto(`/${lang}/documents/new`);
    await expect(page).toHaveURL(new RegExp(`/${lang}/sign-in\\?returnTo=`));
    await page.getByLabel(msg(lang, 'signIn.email')).fill(person.email);
    await page.getByLabel(msg(lang, 'signIn.password'), { exact: true }).fill(person.password);
    await page.getByRole('button', { name: msg(lang, 'signIn.submit'), exact: true }).click();
    await expect(mainHeading(page)).toHaveText(msg(lang, 'secondFactor.title'));
    await page.getByLabel(msg(lang, 'secondFactor.code')).fill(await freshCode(person));
    await page.getByRole('button', { name: msg(lang, 'secondFactor.submit') }).click();
    await expect(mainHeading(page)).toHaveText(msg(lang, 'documents.new.title'));
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');

    // The upload: the PDF, its title, public, national legislation about its State, in its language.
    await page.getByLabel(msg(lang, 'documents.fields.file'), { exact: true }).setInputFiles({ name: `law-${lang}.pdf`, mimeType: 'application/pdf', buffer: pdf });
    await page.getByLabel(msg(lang, 'documents.fields.title'), { exact: true }).fill(law.title);
    await page.getByLabel(msg(lang, 'confidentiality.public.label'), { exact: true }).check();
    await page.getByLabel(msg(lang, 'library.fields.kind'), { exact: true }).selectOption('national-legislation');
    await page.getByLabel(msg(lang, 'library.fields.states'), { exact: true }).fill(law.state);
    await page.getByLabel(msg(lang, 'library.fields.languages'), { exact: true }).fill(law.detected);
    await shot(page, lang, 'upload');
    await page.getByRole('button', { name: msg(lang, 'documents.new.submit'), exact: true }).click();

    // The record: the detected language beside the declared one, the extracted text.
    await expect(mainHeading(page)).toHaveText(law.title);
    await expect(page.locator('.detected-language')).toContainText(
      msg(lang, 'library.detected', { language: msg(lang, `languageName.${law.detected}`) }),
    );
    const extracted = page.getByTestId('extracted-text');
    // PDF text comes back as printed: compare without the line breaks the page made.
    await expect.poll(async () => (await extracted.textContent())?.replace(/\s+/g, '')).toContain(law.articles[0]!.text.slice(0, 20).replace(/\s+/g, ''));

    // Two provisions, each mapped to a requirement picked in the checklist.
    for (const [n, article] of law.articles.entries()) {
      const form = page.locator('section.provisions form');
      await form.getByLabel(msg(lang, 'library.provisions.label'), { exact: true }).fill(article.label);
      await form.getByLabel(msg(lang, 'library.provisions.text'), { exact: true }).fill(article.text);
      const group = form.locator('.requirement-picker details').nth(n);
      await group.locator('summary').click();
      await group.locator('input[type="checkbox"]').first().check();
      await form.getByRole('button', { name: msg(lang, 'library.provisions.save') }).click();
      await expect(page.locator('.provision-list > li')).toHaveCount(n + 1);
    }
    await expect(page.locator('.provision-list > li h3')).toHaveText(law.articles.map((a) => a.label));
    await expect(page.locator('.provision-list > li .hint')).toHaveCount(2);
    await expectNoHorizontalOverflow(page);
    await shot(page, lang, 'record');

    // Saving for offline reading: one HTML file with the law's text and the PDF inside.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: msg(lang, 'library.offline.save') }).click(),
    ]);
    const file = path.resolve('test-results', `library-offline-${lang}.html`);
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
    expect(html).toContain(law.articles[1]!.label);
    expect(html).toContain('href="data:application/pdf;base64,');
    // The saved page opens on its own, with no connection: its text is there.
    const offline = await browser.newPage();
    await offline.goto(`file://${file}`);
    await expect(offline.locator('h1')).toHaveText(law.title);
    await offline.screenshot({ path: path.join(SCREENSHOT_DIR, `${lang}-library-offline.png`), fullPage: true });
    await offline.close();
    await page.close();
  });
}
