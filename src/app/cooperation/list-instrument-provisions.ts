// An instrument's cooperation provisions (kind, article, paraphrase, whether checked against the text), each with
// the API path of the cited article's text where Accord holds it.
import type { Db } from '#db/client.ts';
import { createProvisionRepo } from '#db/repos/cooperation/provisions.repo.ts';
import type { CooperationProvision } from '#domain/cooperation/types.ts';
import { AppError } from '#domain/errors.ts';
import { articlePath } from '#domain/treaties/articles.ts';
import { currentDataset } from '#app/treaties/treaty-dataset.ts';

export interface InstrumentProvision extends Omit<CooperationProvision, 'instrumentId'> {
  /** `/api/v1/instruments/{id}/articles/{n}`, or null when the text is not held or the row cites no article. */
  articlePath: string | null;
}

export async function listInstrumentProvisions(db: Db, id: string): Promise<InstrumentProvision[]> {
  const ds = await currentDataset(db);
  if (!ds.instrumentsById.has(id)) {
    throw new AppError('NOT_FOUND', `No instrument with id ${id}.`, { params: { resource: 'instrument', id } });
  }
  const rows = await createProvisionRepo(db).listByInstrument(id);
  return rows.map(({ instrumentId: _, ...p }) => ({ ...p, articlePath: articlePath(id, p.article) }));
}
