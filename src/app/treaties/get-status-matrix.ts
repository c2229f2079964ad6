// The status matrix: every participant × every instrument (optionally filtered), as of a date.
import type { Db } from '#db/client.ts';
import { inCategoryView, type InstrumentCategory, type MatrixView } from '#domain/treaties/views.ts';
import { currentDataset, derivationOf, memo, pairKey } from './treaty-dataset.ts';
import { nameOf, toInstrumentSummary, toMatrixCell, toParticipantSummary } from './treaty-presenters.ts';

export interface MatrixQuery {
  asOf: string;
  regionalGroup?: string;
  category?: InstrumentCategory;
}

export async function getStatusMatrix(db: Db, query: MatrixQuery): Promise<MatrixView> {
  const { asOf, regionalGroup, category } = query;
  const ds = await currentDataset(db);
  const key = `matrix|${asOf}|${regionalGroup ?? ''}|${category ?? ''}`;
  return memo(ds, key, (): MatrixView => {
    const derived = derivationOf(ds, asOf);
    const instruments = ds.instruments.filter((i) => inCategoryView(i.category, category));
    const participants = ds.participants
      .filter((p) => !regionalGroup || p.regionalGroup === regionalGroup)
      .sort((a, b) => nameOf(a.names).localeCompare(nameOf(b.names), 'en'));
    return {
      asOf,
      instruments: instruments.map(toInstrumentSummary),
      participants: participants.map((p) => {
        const cells: MatrixView['participants'][number]['cells'] = {};
        let partyCount = 0;
        for (const i of instruments) {
          const cell = toMatrixCell(derived.get(pairKey(i.id, p.code)), i, p, asOf);
          if (cell.s === 'party') partyCount++;
          cells[i.id] = cell;
        }
        return { ...toParticipantSummary(p), partyCount, cells };
      }),
    };
  });
}
