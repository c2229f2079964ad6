// The instruments (the 19 universal ones, then related ones such as UNTOC; regional conventions only when asked for),
// each with its party count as of a date.
import type { Db } from '#db/client.ts';
import { inCategoryView, type InstrumentSummary } from '#domain/treaties/views.ts';
import { pageOf, type Page, type PageQuery } from '../shared/paging.ts';
import { currentDataset, derivationOf } from './treaty-dataset.ts';
import { toInstrumentSummary } from './treaty-presenters.ts';

export interface InstrumentsQuery extends PageQuery {
  asOf: string;
  category?: InstrumentSummary['category'];
}

export type InstrumentListItem = InstrumentSummary & { partyCount: number; signatoryCount: number };

export async function listInstruments(db: Db, query: InstrumentsQuery): Promise<Page<InstrumentListItem>> {
  const ds = await currentDataset(db);
  const derived = derivationOf(ds, query.asOf);
  const counts = new Map<string, { party: number; signatory: number }>();
  for (const d of derived.values()) {
    const c = counts.get(d.instrumentId) ?? { party: 0, signatory: 0 };
    if (d.status === 'party') c.party++;
    if (d.status === 'signatory') c.signatory++;
    counts.set(d.instrumentId, c);
  }
  const items = ds.instruments
    .filter((i) => inCategoryView(i.category, query.category))
    .map((i) => ({
      ...toInstrumentSummary(i),
      partyCount: counts.get(i.id)?.party ?? 0,
      signatoryCount: counts.get(i.id)?.signatory ?? 0,
    }));
  return pageOf(items, query);
}
