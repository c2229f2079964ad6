// The treaty articles in the search index (issue 13 §3): one public entry per article of the authentic English texts
// Accord holds (data/reference/treaty-texts), tagged with its instrument, linking to /instruments/{id}/articles/{n}.
// Written when the reference data is loaded (`accord seed`, the first load), at a start that finds none, and by
// `accord search reindex`. Idempotent: the article entries are replaced whole.
import { TREATY_TEXTS_HELD } from '#domain/treaties/articles.ts';
import type { Db } from '#db/client.ts';
import { createSearchRepo, type SearchEntryInput } from '#db/repos/library/search.repo.ts';
import { articlesOf } from '../treaties/get-treaty-articles.ts';
import { currentDataset } from '../treaties/treaty-dataset.ts';
import { inTransaction } from '../shared/transaction.ts';

export async function treatyArticleEntries(db: Db): Promise<SearchEntryInput[]> {
  const ds = await currentDataset(db);
  const entries: SearchEntryInput[] = [];
  for (const id of TREATY_TEXTS_HELD) {
    const instrument = ds.instrumentsById.get(id);
    if (!instrument) continue;
    const name = instrument.titles.en ?? instrument.shortNames.en ?? id;
    const year = instrument.adoptedDate ? Number(instrument.adoptedDate.slice(0, 4)) : null;
    for (const article of articlesOf(id)) {
      if (article.text === null) continue;
      entries.push({
        sourceKind: 'article',
        sourceId: `${id}/${article.number}`,
        title: `${name}, article ${article.number}${article.heading ? ` (${article.heading})` : ''}`,
        body: article.text,
        kind: 'treaty-article',
        language: 'en',
        year,
        stateCodes: [],
        instrumentIds: [id],
        requirementIds: [],
        themes: [],
        mandates: [],
        confidentiality: 'public',
        stateCode: null,
        ownerOrganisationId: null,
        sharedOrganisationIds: [],
        namedUserIds: [],
      });
    }
  }
  return entries;
}

/** Replaces the article entries (in the caller's transaction, or one of its own). */
export async function indexTreatyArticles(db: Db, now: Date): Promise<number> {
  const entries = await treatyArticleEntries(db);
  await inTransaction(db, async (tx) => {
    const repo = createSearchRepo(tx);
    await repo.removeKind('article');
    for (const e of entries) await repo.put(e, now);
  });
  return entries.length;
}

/** At a start: indexes the articles when the index holds none (a database loaded before search existed). */
export async function ensureTreatyArticlesIndexed(db: Db, now: Date): Promise<number> {
  if ((await createSearchRepo(db).countOf('article')) > 0) return 0;
  return indexTreatyArticles(db, now);
}
