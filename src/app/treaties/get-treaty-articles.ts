// The authentic English texts Accord holds (data/reference/treaty-texts/), by article: the list of an instrument's
// articles, and one article's text with its neighbours. The files are reference data in the repository: each is read
// and split once per process, then answered from memory.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '#db/client.ts';
import { REFERENCE_DIR } from '#db/seed/reference-files.ts';
import { AppError } from '#domain/errors.ts';
import {
  findArticle,
  parseTreatyText,
  TREATY_TEXT_FILES,
  TREATY_TEXTS_HELD,
  type TreatyArticle,
} from '#domain/treaties/articles.ts';
import type { InstrumentSummary } from '#domain/treaties/views.ts';
import { currentDataset } from './treaty-dataset.ts';
import { toInstrumentSummary } from './treaty-presenters.ts';

/** Where the texts come from (data/reference/treaty-texts/SOURCES.md): shown beside every article. */
export const TREATY_TEXT_SOURCE = {
  publisher: 'Treaty Database of the Kingdom of the Netherlands',
  repository: 'github:statengeneraal/laws-markdown',
  commit: '91556a80a25a3da4234c8039945c6aeef4108d00',
  language: 'en',
} as const;

export interface TreatyTextSource {
  publisher: string;
  repository: string;
  commit: string;
  /** The shipped file, under data/reference/treaty-texts/. */
  file: string;
  /** The language of the text shown: the English authentic text (the files' Dutch translation is not used). */
  language: 'en';
}

export interface ArticleListItem {
  number: string;
  heading: string | null;
  /** False where the source gives no words for the article (the Beijing Protocol's amending articles). */
  textHeld: boolean;
}

export interface TreatyArticleList {
  instrument: InstrumentSummary;
  source: TreatyTextSource;
  articles: ArticleListItem[];
}

export interface TreatyArticleView {
  instrument: InstrumentSummary;
  source: TreatyTextSource;
  article: TreatyArticle;
  /** The article before and after it in the text, null at either end. */
  previous: string | null;
  next: string | null;
}

const cache = new Map<string, TreatyArticle[]>();

/** The articles of a text Accord holds (TREATY_TEXTS_HELD), parsed once per process. */
export function articlesOf(id: string): TreatyArticle[] {
  let articles = cache.get(id);
  if (!articles) {
    const file = TREATY_TEXT_FILES[id]!;
    articles = parseTreatyText(fs.readFileSync(path.join(REFERENCE_DIR, 'treaty-texts', file), 'utf8'));
    cache.set(id, articles);
  }
  return articles;
}

async function heldInstrument(db: Db, id: string): Promise<{ instrument: InstrumentSummary; source: TreatyTextSource }> {
  const ds = await currentDataset(db);
  const instrument = ds.instrumentsById.get(id);
  if (!instrument) {
    throw new AppError('NOT_FOUND', `No instrument with id ${id}.`, { params: { resource: 'instrument', id } });
  }
  if (!TREATY_TEXTS_HELD.has(id)) {
    throw new AppError('NOT_FOUND', `Accord holds no text of ${id}: its articles cannot be shown.`, {
      params: { resource: 'treaty-text', id },
    });
  }
  return {
    instrument: toInstrumentSummary(instrument),
    source: { ...TREATY_TEXT_SOURCE, file: TREATY_TEXT_FILES[id]! },
  };
}

export async function listTreatyArticles(db: Db, id: string): Promise<TreatyArticleList> {
  const held = await heldInstrument(db, id);
  const articles = articlesOf(id).map((a) => ({ number: a.number, heading: a.heading, textHeld: a.text !== null }));
  return { ...held, articles };
}

/** One article by its number or a citation of it ("11", "11(2)", "2bis", "XI"). */
export async function getTreatyArticle(db: Db, query: { id: string; article: string }): Promise<TreatyArticleView> {
  const held = await heldInstrument(db, query.id);
  const articles = articlesOf(query.id);
  const article = findArticle(articles, query.article);
  if (!article) {
    throw new AppError('NOT_FOUND', `The text of ${query.id} held by Accord has no article ${query.article}.`, {
      params: { resource: 'article', id: query.id, article: query.article },
    });
  }
  const at = articles.indexOf(article);
  return {
    ...held,
    article,
    previous: articles[at - 1]?.number ?? null,
    next: articles[at + 1]?.number ?? null,
  };
}
