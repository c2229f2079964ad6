// The changes as an Atom feed (RFC 4287), for feed readers and mail digests.
//
// Links are relative (resolved against the feed's own URL, which RFC 4287 allows): building absolute ones from
// the Host header would let a forged header poison the shared HTTP cache.
import type { Db } from '#db/client.ts';
import type { ChangeView } from '#domain/treaties/views.ts';
import { listChanges } from './list-changes.ts';
import { currentDataset } from './treaty-dataset.ts';
import { nameOf } from './treaty-presenters.ts';

export const FEED_SIZE = 100;

/** Characters XML 1.0 does not allow at all (control characters, lone surrogates, U+FFFE/U+FFFF) are dropped. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: XML forbids them
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const KIND_LABEL: Record<string, string> = {
  signature: 'signature',
  ratification: 'ratification',
  accession: 'accession',
  succession: 'succession',
  acceptance: 'acceptance',
  approval: 'approval',
  consent: 'consent to be bound',
  withdrawal: 'withdrawal (denunciation)',
  reservation: 'reservation',
  declaration: 'declaration',
};

export async function getChangesFeed(
  db: Db,
  query: { since?: string; now: Date; selfPath: string },
): Promise<string> {
  const [{ data }, ds] = await Promise.all([
    listChanges(db, { since: query.since, page: 1, pageSize: FEED_SIZE }),
    currentDataset(db),
  ]);
  const participantName = (code: string) => nameOf(ds.participantsByCode.get(code)?.names ?? {}) || code;
  const instrumentName = (id: string) => nameOf(ds.instrumentsById.get(id)?.shortNames ?? {}) || id;
  // With no entries the feed was last updated when the data last changed, which we do not know: use now.
  const updated = data[0]?.recordedAt ?? query.now.toISOString();

  const entry = (c: ChangeView) => {
    const e = c.event;
    const title = `${participantName(e.participantCode)}: ${KIND_LABEL[e.kind] ?? e.kind}, ${instrumentName(e.instrumentId)}${e.date ? ` (${e.date})` : ''}`;
    const summary = [
      `${KIND_LABEL[e.kind] ?? e.kind}${e.date ? ` on ${e.date}` : ''}`,
      e.effectiveDate ? `effective ${e.effectiveDate}` : null,
      `source: ${e.source.publisher}, ${e.source.title}${e.source.asOf ? ` (as of ${e.source.asOf})` : ''}`,
      e.text ? `text: ${e.text}` : null,
    ]
      .filter(Boolean)
      .join('; ');
    return [
      '  <entry>',
      `    <id>urn:accord:event:${e.id}</id>`,
      `    <title>${xmlEscape(title)}</title>`,
      `    <updated>${xmlEscape(c.recordedAt)}</updated>`,
      // A feed reader opens the alternate link: the State's profile in the web app (the feed is in English). The URN
      // stays the entry's id, and the API's view of the State is the related link.
      `    <link rel="alternate" type="text/html" href="/en/states/${encodeURIComponent(e.participantCode)}"/>`,
      `    <link rel="related" type="application/json" href="/api/v1/participants/${encodeURIComponent(e.participantCode)}"/>`,
      `    <category term="${xmlEscape(e.kind)}"/>`,
      `    <summary>${xmlEscape(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  };

  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '  <id>urn:accord:changes</id>',
    '  <title>Accord: treaty status changes</title>',
    '  <subtitle>Participation events in the universal instruments against terrorism, as recorded by Accord</subtitle>',
    `  <updated>${xmlEscape(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(query.selfPath)}"/>`,
    '  <author><name>Accord</name></author>',
    ...data.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
