// The web app's message catalogues (i18n/<lang>.json), read once per language, for the files the server writes in
// the reader's language (exports, printable pages).
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '#domain/treaties/types.ts';

const catalogues = new Map<Language, unknown>();

export function catalogueOf(lang: Language): unknown {
  let catalogue = catalogues.get(lang);
  if (catalogue === undefined) {
    catalogue = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../../i18n/${lang}.json`), 'utf8')) as unknown;
    catalogues.set(lang, catalogue);
  }
  return catalogue;
}
