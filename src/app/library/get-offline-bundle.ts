// A record for reading offline (issue 13 §4): one HTML file with its metadata, text, provisions and the original
// file inside (domain/library/offline.ts), in the reader's language. Read under the same rule as the file itself
// (getDocumentContent: a named-people record's read is audited).
import type { Actor } from '#domain/actor.ts';
import { offlineBundleHtml, type OfflineLabels } from '#domain/library/offline.ts';
import type { Language } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createProvisionsRepo } from '#db/repos/library/provisions.repo.ts';
import { catalogueOf } from '../shared/catalogue.ts';
import { getDocument } from './get-document.ts';
import { getDocumentContent } from './get-document-content.ts';

interface LibraryWords {
  kind: Record<string, string>;
  fields: Record<string, string>;
  offline: Omit<OfflineLabels, 'lang' | 'dir'>;
}

export async function getOfflineBundle(
  db: Db,
  actor: Actor,
  id: string,
  lang: Language,
  now: Date,
): Promise<{ fileName: string; html: string }> {
  const file = await getDocumentContent(db, actor, id, now);
  const { data: d, extractedText, original } = await getDocument(db, actor, id, now);
  const provisions = await createProvisionsRepo(db).list(d.id);
  const catalogue = catalogueOf(lang) as { library: LibraryWords; languageName: Record<string, string> };
  const w = catalogue.library;
  const list = (xs: string[]) => xs.join(', ');
  const languageName = (code: string) => catalogue.languageName[code] ?? code;
  const facts: [string, string][] = (
    [
      [w.fields.kind!, w.kind[d.kind] ?? d.kind],
      [w.fields.states!, list(d.stateCodes.length ? d.stateCodes : d.stateCode ? [d.stateCode] : [])],
      [w.fields.languages!, list([...new Set([...(d.language ? [d.language] : []), ...d.languages])].map(languageName))],
      [w.fields.detectedLanguage!, d.detectedLanguage ? languageName(d.detectedLanguage) : ''],
      [w.fields.date!, d.documentDate ?? ''],
      [w.fields.version!, d.versionLabel ?? ''],
      [w.fields.source!, d.source ?? ''],
      [w.fields.instruments!, list(d.instrumentIds)],
      [w.fields.themes!, list(d.themes)],
      [w.fields.mandates!, list(d.mandates)],
      [w.fields.translationOf!, original?.title ?? ''],
    ] as [string, string][]
  ).filter(([, v]) => v !== '');
  const html = offlineBundleHtml(
    {
      title: d.title,
      description: d.description,
      facts,
      text: extractedText,
      provisions: provisions.map((p) => ({ label: p.label, text: p.text, requirementIds: p.requirementIds })),
      file: { name: file.fileName, mediaType: file.mediaType, base64: file.content.toString('base64') },
    },
    { ...w.offline, lang, dir: lang === 'ar' ? 'rtl' : 'ltr' },
    now,
  );
  const stem = file.fileName.replace(/\.[^.]+$/, '');
  return { fileName: `${stem} (offline).html`, html };
}
