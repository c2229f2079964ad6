// The library in the browser (issue 13 §2, §4), in English, Arabic (right to left) and Chinese: UNODC's officer
// uploads a record as a PDF (printed here by Chromium from an HTML page quoting a sourced text: a Chilean or Chinese
// law, or in Arabic a Security Council resolution's paragraph), sees the language detected in it and its extracted
// text, maps a law's two provisions to the instrument requirements they implement with the picker, and saves the
// record for offline reading (one HTML file holding the text and the PDF). Screenshots:
// test-results/screenshots/{lang}-library-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoHorizontalOverflow, freshTotpCode, mainHeading, msg, SCREENSHOT_DIR, seededPerson, type Lang } from './support.ts';

const LIBRARY_LANGS = ['en', 'ar', 'zh'] as const satisfies readonly Lang[];

interface Requirement {
  id: string;
  category: 'offences' | 'jurisdiction-mandatory' | 'mla';
}

interface Law {
  title: string;
  kind: 'national-legislation' | 'resolution-report';
  /** The State the record is about (none for a resolution addressed to all). */
  state?: string;
  /** The language franc should find, as a languageName key. */
  detected: 'es' | 'ar' | 'zh';
  /** The record's words, as published: each passage is a heading and its text in the PDF. */
  articles: { label: string; text: string }[];
  /** For a law: the two passages entered as provisions, each mapped to the requirement it implements (and its category). */
  requirements?: [Requirement, Requirement];
}

// Each run its own record, every passage copied from a sourced text in the repository (never quoted from memory):
// - en: Chile, Ley Nº 21.732 (2025), arts 8 and 10, from bench/search-corpus/sources/es-cl-ley-21732.md (official text:
//   Biblioteca del Congreso Nacional; source and commit in bench/search-corpus/README.md). Art. 8 punishes placing or
//   detonating a bomb that may harm many people (Terrorist Bombings Convention art. 2); art. 10 punishes providing or
//   collecting funds for the offences of that law (Financing Convention art. 2): both offences, the first mapped to
//   bombings1997:offences, the second to financing1999:offences.
// - ar: no Arabic national law is sourced in the repository, so the record is what is: operative paragraph 1 (b) of
//   Security Council resolution 1373 (2001) in Arabic, as e2e/search.spec.ts cites it (Al-Hayat, 30 September 2001,
//   https://sauress.com/alhayat/31103553), a resolution, not a law: it has no provisions to map.
// - zh: China, 中华人民共和国反恐怖主义法 (2015, amended 2018), arts 11 and 70, from
//   bench/search-corpus/sources/zh-cn-counter-terrorism-law.md (NPC text via github:LawRefBook/Laws, commit 3cd6e86b).
//   Art. 11 gives China's courts jurisdiction over the terrorist offences of the treaties China is party to, committed
//   abroad (hostages1979:jurisdiction_aut_dedere); art. 70 has mutual legal assistance and extradition for terrorist
//   offences follow the relevant laws (hostages1979:mla_obligation).
const LAWS: Record<(typeof LIBRARY_LANGS)[number], Law> = {
  en: {
    title: 'Ley Nº 21.732 (Chile), artículos 8º y 10',
    kind: 'national-legislation',
    state: 'CHL',
    detected: 'es',
    articles: [
      {
        label: 'Artículo 8º',
        text:
          'El que coloque, envíe, active, arroje, detone o haga explosionar una bomba o artefacto explosivo o incendiario, ' +
          'que por sus características y por las circunstancias de tiempo y lugar afecte o pueda afectar a una cantidad ' +
          'elevada de personas, será castigado con la pena de presidio mayor en su grado máximo, conjuntamente con las que ' +
          'corresponda aplicar por la muerte o lesiones causadas.',
      },
      {
        label: 'Artículo 10',
        text:
          'Quien, por cualquier medio, directa o indirectamente, provea o recolecte fondos con la finalidad de que se ' +
          'utilicen en la comisión de cualquiera de los delitos señalados en la presente ley o a sabiendas de que serán ' +
          'utilizados en su comisión, será castigado con la pena de presidio menor en su grado máximo, a menos que en ' +
          'virtud de dicha conducta le quepa responsabilidad como integrante de una asociación terrorista o en algún otro ' +
          'delito determinado, en cuyo caso se le sancionará por este último.',
      },
    ],
    requirements: [
      { id: 'bombings1997:offences', category: 'offences' },
      { id: 'financing1999:offences', category: 'offences' },
    ],
  },
  ar: {
    title: 'قرار مجلس الأمن 1373 (2001)، الفقرة 1 (ب)',
    kind: 'resolution-report',
    detected: 'ar',
    articles: [
      {
        label: 'الفقرة 1 (ب)',
        text: 'تجريم قيام رعايا هذه الدول عمداً بتأمين الأموال أو جمعها، بأي وسيلة، بصورة مباشرة أو غير مباشرة، أو في أراضيها',
      },
    ],
  },
  zh: {
    title: '中华人民共和国反恐怖主义法（第十一条、第七十条）',
    kind: 'national-legislation',
    state: 'CHN',
    detected: 'zh',
    articles: [
      {
        label: '第十一条',
        text:
          '对在中华人民共和国领域外对中华人民共和国国家、公民或者机构实施的恐怖活动犯罪，或者实施的中华人民共和国缔结、' +
          '参加的国际条约所规定的恐怖活动犯罪，中华人民共和国行使刑事管辖权，依法追究刑事责任。',
      },
      { label: '第七十条', text: '涉及恐怖活动犯罪的刑事司法协助、引渡和被判刑人移管，依照有关法律规定执行。' },
    ],
    requirements: [
      { id: 'hostages1979:jurisdiction_aut_dedere', category: 'jurisdiction-mandatory' },
      { id: 'hostages1979:mla_obligation', category: 'mla' },
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
  test(`${lang}: an officer uploads a PDF record, maps a law's provisions and saves it for offline reading`, async ({ browser }) => {
    test.setTimeout(180_000);
    const law = LAWS[lang];
    const pdf = await lawPdf(browser, law);
    const page = await browser.newPage();
    // The reader chose this language (the app would otherwise switch to the officer's own after sign-in).
    await page.context().addInitScript((l) => window.localStorage.setItem('accord.language', l), lang);
    const person = seededPerson('officer');

    // Sign in (password, then the second factor), landing on the upload form.
    await page.goto(`/${lang}/documents/new`);
    await expect(page).toHaveURL(new RegExp(`/${lang}/sign-in\\?returnTo=`));
    await page.getByLabel(msg(lang, 'signIn.email')).fill(person.email);
    await page.getByLabel(msg(lang, 'signIn.password'), { exact: true }).fill(person.password);
    await page.getByRole('button', { name: msg(lang, 'signIn.submit'), exact: true }).click();
    await expect(mainHeading(page)).toHaveText(msg(lang, 'secondFactor.title'));
    await page.getByLabel(msg(lang, 'secondFactor.code')).fill(await freshTotpCode(person.totpSecret!));
    await page.getByRole('button', { name: msg(lang, 'secondFactor.submit') }).click();
    await expect(mainHeading(page)).toHaveText(msg(lang, 'documents.new.title'));
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');

    // The upload: the PDF, its title, public, national legislation about its State, in its language.
    await page.getByLabel(msg(lang, 'documents.fields.file'), { exact: true }).setInputFiles({ name: `law-${lang}.pdf`, mimeType: 'application/pdf', buffer: pdf });
    await page.getByLabel(msg(lang, 'documents.fields.title'), { exact: true }).fill(law.title);
    await page.getByLabel(msg(lang, 'confidentiality.public.label'), { exact: true }).check();
    await page.getByLabel(msg(lang, 'library.fields.kind'), { exact: true }).selectOption(law.kind);
    if (law.state) await page.getByLabel(msg(lang, 'library.fields.states'), { exact: true }).fill(law.state);
    // The record's language is its own, not the reader's (the form proposes the reader's).
    await page.getByLabel(msg(lang, 'documents.fields.language'), { exact: true }).selectOption(law.detected);
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

    // A law's two provisions, each mapped to the requirement it implements, picked in the checklist.
    const requirements = law.requirements ?? [];
    for (const [n, requirement] of requirements.entries()) {
      const article = law.articles[n]!;
      const form = page.locator('section.provisions form');
      await form.getByLabel(msg(lang, 'library.provisions.label'), { exact: true }).fill(article.label);
      await form.getByLabel(msg(lang, 'library.provisions.text'), { exact: true }).fill(article.text);
      const box = `input[type="checkbox"][value="${requirement.id}"]`;
      // Its instrument's group: opened unless it already is (it stays open after the first provision).
      const group = form.locator('.requirement-picker details', { has: page.locator(box) });
      if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
      await form.locator(box).check();
      await form.getByRole('button', { name: msg(lang, 'library.provisions.save') }).click();
      await expect(page.locator('.provision-list > li')).toHaveCount(n + 1);
    }
    if (requirements.length) {
      await expect(page.locator('.provision-list > li h3')).toHaveText(law.articles.map((a) => a.label));
      // Each names its requirement by the instrument's short name and the category in the reader's language.
      const hints = page.locator('.provision-list > li .hint');
      await expect(hints).toHaveCount(2);
      for (const [n, r] of requirements.entries()) await expect(hints.nth(n)).toContainText(msg(lang, `legislation.category.${r.category}`));
    }
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
    // A law's provisions are in it; a record with none has its title.
    expect(html).toContain(law.requirements ? law.articles[1]!.label : law.title);
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
