// A library file's text, for search and offline reading (issue 13 §2), by well-kept libraries: unpdf (PDF.js) for
// PDF, mammoth for DOCX, htmlparser2 for HTML; plain text as it is. The language is detected with franc. A file
// whose text cannot be read (an image, a damaged PDF) has none: the upload still succeeds.
import { franc } from 'franc';
import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import { extractText as extractPdfText } from 'unpdf';
import type { FileKind } from '#domain/library/file-types.ts';
import { languageFromFranc } from '#domain/library/languages.ts';
import { foldCjkRadicals, logicalOrder } from '#domain/library/pdf-text.ts';

/** At most this much text is kept per record (a 10 MiB PDF holds far less). */
const MAX_TEXT = 2_000_000;

export interface ExtractedText {
  text: string | null;
  /** A record language code, or null when the text is too short or the language unknown. */
  detectedLanguage: string | null;
}

export async function extractText(kind: FileKind, content: Buffer): Promise<ExtractedText> {
  const raw = await readText(kind, content).catch(() => null);
  const text = raw === null ? null : tidy(raw).slice(0, MAX_TEXT);
  if (!text) return { text: null, detectedLanguage: null };
  return { text, detectedLanguage: detectLanguage(text) };
}

/** franc on the first 20,000 characters (enough, and it bounds the work); null under 20 letters. */
export function detectLanguage(text: string): string | null {
  return languageFromFranc(franc(text.slice(0, 20_000), { minLength: 20 }));
}

async function readText(kind: FileKind, content: Buffer): Promise<string | null> {
  switch (kind) {
    case 'pdf':
      return foldCjkRadicals(logicalOrder((await extractPdfText(new Uint8Array(content), { mergePages: true })).text));
    case 'docx':
      return (await mammoth.extractRawText({ buffer: content })).value;
    case 'html':
      return htmlText(content.toString('utf8'));
    case 'txt':
      return content.toString('utf8').replace(/^\uFEFF/, '');
    default:
      return null;
  }
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'title', 'td', 'th', 'blockquote', 'pre']);

/** The text a reader sees (and the title): no scripts or styles, a line break after each block. */
function htmlText(html: string): string {
  const out: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIPPED.has(name)) skipping++;
        if (BLOCKS.has(name)) out.push('\n');
      },
      ontext(text) {
        if (skipping === 0) out.push(text);
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping--;
        if (BLOCKS.has(name)) out.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out.join('');
}

/** One space between words, at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
