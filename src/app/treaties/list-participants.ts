// Participants (States, observers, organisations), filtered and paged, each with its number of universal
// instruments joined as of a date.
import type { Db } from '#db/client.ts';
import { normaliseName } from '#domain/treaties/names.ts';
import type { ParticipantSummary } from '#domain/treaties/views.ts';
import { pageOf, type Page, type PageQuery } from '../shared/paging.ts';
import { currentDataset, derivationOf, memo, pairKey } from './treaty-dataset.ts';
import { nameOf, toParticipantSummary } from './treaty-presenters.ts';

export interface ParticipantsQuery extends PageQuery {
  asOf: string;
  regionalGroup?: string;
  kind?: ParticipantSummary['kind'];
  /** Matches the code, or part of a name in any language (case, accents and punctuation ignored). */
  q?: string;
}

export type ParticipantListItem = ParticipantSummary & { universalPartyCount: number };

export async function listParticipants(db: Db, query: ParticipantsQuery): Promise<Page<ParticipantListItem>> {
  const ds = await currentDataset(db);
  const all = memo(ds, `participants|${query.asOf}`, () => {
    const derived = derivationOf(ds, query.asOf);
    const universal = ds.instruments.filter((i) => i.category === 'universal');
    return ds.participants
      .map((p) => ({
        item: {
          ...toParticipantSummary(p),
          universalPartyCount: universal.filter((i) => derived.get(pairKey(i.id, p.code))?.status === 'party').length,
        },
        // Precomputed search keys: every name folded, so a query matches "Côte d'Ivoire" as "cote d ivoire".
        keys: Object.values(p.names).map((n) => normaliseName(n ?? '')),
      }))
      .sort((a, b) => nameOf(a.item.names).localeCompare(nameOf(b.item.names), 'en'));
  });
  const needle = query.q ? normaliseName(query.q) : '';
  const code = query.q?.trim().toUpperCase();
  const filtered = all
    .filter(({ item }) => !query.regionalGroup || item.regionalGroup === query.regionalGroup)
    .filter(({ item }) => !query.kind || item.kind === query.kind)
    .filter(({ item, keys }) => !query.q || item.code === code || (needle !== '' && keys.some((k) => k.includes(needle))))
    .map(({ item }) => item);
  return pageOf(filtered, query);
}
