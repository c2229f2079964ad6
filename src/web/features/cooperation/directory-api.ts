// The API of the directory's files (export links, the import's layout, dry run and import). Kept out of api.ts so it
// loads with the screens that use it.
import { apiClient, queryString } from '#web/api.ts';
import type { components } from '#web/api/openapi.d.ts';
import type { Language } from '#domain/treaties/types.ts';

const { request, getJson } = apiClient;
const BASE = '/api/v1';

export type DirectoryImportReport = components['schemas']['DirectoryImportReport'];
export type DirectoryLayout = components['schemas']['DirectoryLayout'];

export const directoryApi = {
  /** The CSV of the entries of `stateCode` (all States when null), as the reader may see them. */
  csvUrl: (stateCode: string | null) => `${BASE}/cooperation/authorities.csv${queryString({ state: stateCode })}`,
  /** The printable page (the browser prints it to PDF), in the reader's language. */
  printUrl: (stateCode: string | null, lang: Language) => `${BASE}/cooperation/authorities.html${queryString({ state: stateCode, lang })}`,
  /** The columns and limits of a file, and whether the reader may import one for `stateCode`. */
  layout: async (stateCode: string | null, signal?: AbortSignal) =>
    (await getJson('/cooperation/authorities/file-layout', { state: stateCode }, signal)) as DirectoryLayout,
  /** A dry run (the difference, nothing written) or the import itself (all or nothing). */
  importFile: async (file: File, dryRun: boolean) => {
    const body = new FormData();
    body.append('file', file);
    const answer = (await request('POST', '/cooperation/authorities/import', { query: { dryRun: String(dryRun) }, body })) as {
      data: DirectoryImportReport;
    };
    return answer.data;
  },
};
