// Rebuilds the search index from the records, in one transaction (`accord search reindex`): treaty articles, library
// records with their provisions, and the assistance records (requests, activities, programmes). A reader searching meanwhile sees the old index until the
// new one commits. Each source's entries are replaced whole, so an entry whose record is gone goes too; the entries
// of sources not listed here are left as they are.
import type { Db } from '#db/client.ts';
import { createAssistanceRequestsRepo } from '#db/repos/assistance/assistance-requests.repo.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { createProgrammesRepo } from '#db/repos/assistance/programmes.repo.ts';
import { createSearchRepo, type SearchSourceKind } from '#db/repos/library/search.repo.ts';
import { indexActivity, indexProgramme, indexRequest } from '../assistance/search-entries.ts';
import { inTransaction } from '../shared/transaction.ts';
import { treatyArticleEntries } from './index-treaty-articles.ts';
import { indexDocument } from './index-document.ts';
import { createDocumentsRepo } from '#db/repos/library/documents.repo.ts';

/** A kind of record the index holds: its ids, and how one record's entry is written. */
interface Source {
  kind: SearchSourceKind;
  ids: (tx: Db) => Promise<string[]>;
  index: (tx: Db, id: string, now: Date) => Promise<void>;
}

const SOURCES: Source[] = [
  // A document's entry and its provisions' entries are written together (indexDocument).
  { kind: 'document', ids: (tx) => createDocumentsRepo(tx).allIds(), index: indexDocument },
  { kind: 'assistance-request', ids: (tx) => createAssistanceRequestsRepo(tx).allIds(), index: indexRequest },
  { kind: 'activity', ids: (tx) => createActivitiesRepo(tx).allIds(), index: indexActivity },
  { kind: 'programme', ids: (tx) => createProgrammesRepo(tx).allIds(), index: indexProgramme },
];

export interface ReindexReport {
  /** Entries written, by source kind. */
  entries: Partial<Record<SearchSourceKind, number>>;
  total: number;
}

export async function reindexSearch(db: Db, now: Date, onProgress: (done: number, total: number) => void = () => {}): Promise<ReindexReport> {
  return inTransaction(db, async (tx) => {
    const search = createSearchRepo(tx);
    const articles = await treatyArticleEntries(tx);
    const ids = await Promise.all(SOURCES.map((s) => s.ids(tx)));
    const total = articles.length + ids.reduce((n, list) => n + list.length, 0);
    let done = 0;
    onProgress(0, total);
    await search.removeKind('article');
    for (const e of articles) {
      await search.put(e, now);
      onProgress(++done, total);
    }
    await search.removeKind('provision');
    for (const [i, source] of SOURCES.entries()) {
      await search.removeKind(source.kind);
      for (const id of ids[i]!) {
        await source.index(tx, id, now);
        onProgress(++done, total);
      }
    }
    const entries: ReindexReport['entries'] = { article: articles.length };
    for (const s of SOURCES) entries[s.kind] = await search.countOf(s.kind);
    entries.provision = await search.countOf('provision');
    return { entries, total: Object.values(entries).reduce((n, c) => n + (c ?? 0), 0) };
  });
}
