// Zod schemas of the treaty texts by article and of an instrument's cooperation provisions. They must describe
// exactly the app's types: the compile-time checks at the bottom fail when the two drift apart.
import { z } from 'zod';
import { PROVISION_KINDS } from '#domain/cooperation/types.ts';
import type { ArticleListItem, TreatyArticleList, TreatyArticleView } from '#app/treaties/get-treaty-articles.ts';
import type { InstrumentProvision } from '#app/cooperation/list-instrument-provisions.ts';
import { instrumentSummary } from './treaties.ts';

export const instrumentIdParam = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/i, 'must be an instrument id such as financing1999');

/** An article as the treaty numbers it: "11", "2bis", "XIV" (a citation's paragraph, "11(2)", is left out). */
export const articleNumberParam = z
  .string()
  .regex(/^(?:\d{1,4}\s?[a-z]{0,9}|[ivxlc]{1,12})$/i, 'must be an article number such as 11, 2bis or XIV')
  .describe('The article as the treaty numbers it: 11, 2bis, XIV.');

export const treatyTextSource = z
  .object({
    publisher: z.string(),
    repository: z.string().describe('The public repository the text was copied from.'),
    commit: z.string(),
    file: z.string().describe('The shipped file, under data/reference/treaty-texts/.'),
    language: z.literal('en').describe('The English authentic text; the files’ Dutch translation is not used.'),
  })
  .meta({ id: 'TreatyTextSource' });

export const articleListItem = z
  .object({
    number: z.string(),
    heading: z.string().nullable(),
    textHeld: z.boolean().describe('False where the source gives no words for the article.'),
  })
  .meta({ id: 'ArticleListItem' });

export const treatyArticleList = z
  .object({ instrument: instrumentSummary, source: treatyTextSource, articles: z.array(articleListItem) })
  .meta({ id: 'TreatyArticleList' });

export const treatyArticleView = z
  .object({
    instrument: instrumentSummary,
    source: treatyTextSource,
    article: z.object({
      number: z.string(),
      heading: z.string().nullable(),
      text: z.string().nullable().describe('The English text, paragraphs separated by a blank line; null where the source gives none.'),
    }),
    previous: z.string().nullable(),
    next: z.string().nullable(),
  })
  .meta({ id: 'TreatyArticle' });

export const instrumentProvision = z
  .object({
    kind: z.enum(PROVISION_KINDS),
    article: z.string().describe('As the treaty numbers it ("11(2)"); "none" when the treaty has no such provision.'),
    paraphrase: z.string().describe('Accord’s own words, not treaty text.'),
    source: z.string(),
    verified: z.boolean().describe('Checked against the treaty text; false rows are shown as unverified.'),
    articlePath: z.string().nullable().describe('The API path of the cited article’s text, null when Accord does not hold it.'),
  })
  .meta({ id: 'InstrumentProvision' });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(_: T) => undefined;
agree<Same<z.output<typeof articleListItem>, ArticleListItem>>(true);
agree<Same<z.output<typeof treatyArticleList>, TreatyArticleList>>(true);
agree<Same<z.output<typeof treatyArticleView>, TreatyArticleView>>(true);
agree<Same<z.output<typeof instrumentProvision>, InstrumentProvision>>(true);
