// Text extraction from real files built here (a PDF in plain PDF syntax, a DOCX written by the docx library, an
// HTML page, plain text), and the language franc detects in them.
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { makePdf, SAMPLES } from '../../../test/documents.ts';
import { detectLanguage, extractText } from './extract-text.ts';

// Code pénal (France), article 421-1, first paragraph (Légifrance).
const FR =
  'Constituent des actes de terrorisme, lorsqu’elles sont intentionnellement en relation avec une entreprise individuelle ' +
  'ou collective ayant pour but de troubler gravement l’ordre public par l’intimidation ou la terreur, les infractions suivantes.';

describe('extractText', () => {
  it('reads the text of a PDF and detects its language', async () => {
    const pdf = makePdf(['Code penal, article 421-1', 'Constituent des actes de terrorisme, lorsqu elles sont intentionnellement', 'en relation avec une entreprise individuelle ou collective ayant pour but', 'de troubler gravement l ordre public par l intimidation ou la terreur.']);
    const { text, detectedLanguage } = await extractText('pdf', pdf);
    expect(text).toContain('actes de terrorisme');
    expect(detectedLanguage).toBe('fr');
  });

  it('reads the text of a DOCX', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('Article 421-1'), new Paragraph(FR)] }] });
    const { text, detectedLanguage } = await extractText('docx', Buffer.from(await Packer.toBuffer(doc)));
    expect(text).toContain('Article 421-1\n');
    expect(text).toContain('troubler gravement');
    expect(detectedLanguage).toBe('fr');
  });

  it('reads what an HTML page shows, not its scripts or styles', async () => {
    const html = `<!DOCTYPE html><html><head><title>Loi</title><style>p{color:red}</style></head><body><h1>Article 1</h1><p>${FR}</p><script>alert("x")</script><p>a &amp; b</p></body></html>`;
    const { text } = await extractText('html', Buffer.from(html));
    expect(text).toContain('Article 1\n');
    expect(text).toContain('a & b');
    expect(text).not.toContain('alert');
    expect(text).not.toContain('color');
  });

  it('takes plain text as it is, without its BOM', async () => {
    const { text } = await extractText('txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), SAMPLES.txt()]));
    expect(text).toBe('Note verbale\nالمذكرة الشفوية — 普通照会');
  });

  it('has no text for an image or a damaged PDF, and does not fail', async () => {
    expect(await extractText('png', SAMPLES.png())).toEqual({ text: null, detectedLanguage: null });
    expect(await extractText('pdf', SAMPLES.pdf())).toEqual({ text: null, detectedLanguage: null });
  });
});

describe('detectLanguage', () => {
  it.each([
    ['fr', FR],
    ['ar', 'يعاقب بالسجن كل من ارتكب عملا إرهابيا أو شارك في تمويل الإرهاب أو قدم الدعم المادي لجماعة إرهابية'],
    ['zh', '组织、领导恐怖活动组织的，处十年以上有期徒刑或者无期徒刑，并处没收财产；积极参加的，处三年以上十年以下有期徒刑，并处罚金。'],
    ['ru', 'Совершение взрыва, поджога или иных действий, устрашающих население и создающих опасность гибели человека'],
    ['en', 'Any person who wilfully provides or collects funds with the intention that they should be used to carry out a terrorist act commits an offence.'],
  ])('detects %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says nothing about a few letters', () => {
    expect(detectLanguage('Art. 1')).toBeNull();
  });
});
