// The directory of competent authorities as a file, twice a year for SHERLOC's members and whenever someone needs it
// (issue 11 §3): CSV (re-importable, src/domain/cooperation/directory-file.ts) or a printable page. Each reader gets
// what they may read: an entry is projected with `projectAuthority(entry, can(actor, 'authority:read-contacts', its
// State))`, withheld cells are empty and named. A file that shows contact details the State did not make public is
// a read of them: audited before the file leaves, so a read that cannot be recorded does not happen.
//
// No PDF library is installed (STACK.md names pdfkit or Chromium's page.pdf): the "PDF" is a print-ready HTML page
// (A4, one block per authority, grouped by State) that the browser prints to PDF.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { projectAuthority, type AuthorityProjection } from '#domain/cooperation/authorities.ts';
import { writeDirectoryFile } from '#domain/cooperation/directory-file.ts';
import type { Authority, AuthorityKind } from '#domain/cooperation/types.ts';
import { authorize, can } from '#domain/policy.ts';
import type { Language } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { catalogueOf } from '../shared/catalogue.ts';
import { createAuthoritiesRepo } from '#db/repos/cooperation/authorities.repo.ts';
import { currentDataset } from '../treaties/treaty-dataset.ts';
import { displayShortNames, nameOf } from '../treaties/treaty-presenters.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';
import { renderDirectoryHtml, type DirectoryWords } from './authority-directory-html.ts';

export const DIRECTORY_EXPORT_FORMATS = ['csv', 'html'] as const;
export type DirectoryExportFormat = (typeof DIRECTORY_EXPORT_FORMATS)[number];

/**
 * Who reads: a person (or their API token) through the API, whom the policy answers; or the server's operator at its
 * shell (`cli:<account>`), who holds the database anyway and says whether contact details go into the file.
 */
export type DirectoryReader = { actor: Actor } | { operator: string; withContacts: boolean };

export interface DirectoryExportQuery {
  stateCodes?: readonly string[];
  kinds?: readonly AuthorityKind[];
  format: DirectoryExportFormat;
  /** Language of the printable page's words and of State and treaty names in it (the CSV's columns are fixed). */
  lang: Language;
}

export interface DirectoryExportFile {
  fileName: string;
  contentType: string;
  body: string;
  /** Entries whose contact details (not made public by their State) the file shows. */
  contactsShown: number;
}

/** Whether the reader sees the whole entry. */
function seesEverything(reader: DirectoryReader, a: Authority): boolean {
  if ('operator' in reader) return reader.withContacts;
  return can(reader.actor, 'authority:read-contacts', { kind: 'state-entry', stateCode: a.stateCode });
}

/** The page's words, from the catalogues the web app uses (i18n/<lang>.json, namespace `directory`). */
const wordsFor = (lang: Language): DirectoryWords => (catalogueOf(lang) as { directory: { print: DirectoryWords } }).directory.print;

export async function exportAuthorityDirectory(
  db: Db,
  reader: DirectoryReader,
  query: DirectoryExportQuery,
  now: Date,
): Promise<DirectoryExportFile> {
  if ('actor' in reader) authorize(reader.actor, 'authority:read');
  const entries = await createAuthoritiesRepo(db).list({
    stateCodes: query.stateCodes?.length ? query.stateCodes : undefined,
    kinds: query.kinds?.length ? query.kinds : undefined,
  });
  const shown: AuthorityProjection[] = entries.map((a) => projectAuthority(a, seesEverything(reader, a)));
  // Contacts a State made public are no privileged read; those it did not, shown to this reader, are.
  const contactIds = entries
    .filter((a, i) => shown[i]!.contacts !== null && a.contacts.length > 0 && !a.publicFields.includes('contacts'))
    .map((a) => a.id);
  if (contactIds.length > 0) {
    await inTransaction(db, (tx) =>
      recordAudit(
        tx,
        {
          actor: 'actor' in reader ? actorLabel(reader.actor) : reader.operator,
          action: 'authority-contacts:read',
          targetType: contactIds.length === 1 ? 'authority' : 'records',
          targetId: contactIds.length === 1 ? contactIds[0]! : 'list',
          before: null,
          after: { via: `authorities:export:${query.format}`, authority: contactIds },
        },
        now,
      ),
    );
  }

  const day = now.toISOString().slice(0, 10);
  const scope = query.stateCodes?.length === 1 ? `-${query.stateCodes[0]!.toLowerCase()}` : '';
  const stem = `accord-authorities${scope}-${day}`;
  if (query.format === 'csv') {
    return { fileName: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', body: writeDirectoryFile(shown), contactsShown: contactIds.length };
  }
  const ds = await currentDataset(db);
  const body = renderDirectoryHtml({
    entries: shown,
    lang: query.lang,
    words: wordsFor(query.lang),
    date: day,
    stateName: (code) => {
      const p = ds.participantsByCode.get(code);
      return p ? nameOf(p.names, query.lang) || code : code;
    },
    treatyName: (id) => {
      const i = ds.instrumentsById.get(id);
      return i ? nameOf(displayShortNames(i), query.lang) || id : id;
    },
    filters: { stateCodes: query.stateCodes ?? [], kinds: query.kinds ?? [] },
  });
  return { fileName: `${stem}.html`, contentType: 'text/html; charset=utf-8', body, contactsShown: contactIds.length };
}
