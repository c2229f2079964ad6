// A library record for reading offline (issue 13 §4): one self-contained HTML file holding the record's metadata,
// its extracted text (dir="auto": Arabic reads right to left) and its provisions, with the original file embedded
// as a download link (a data: URL). No script, no outside resource: it opens from a disk with no connection. Pure.

export interface OfflineRecord {
  title: string;
  description: string;
  /** Label → value, in the order shown (already in the reader's words). */
  facts: [string, string][];
  text: string | null;
  provisions: { label: string; text: string; requirementIds: string[] }[];
  /** The original file, its bytes in base64. */
  file: { name: string; mediaType: string; base64: string };
}

export interface OfflineLabels {
  lang: string;
  dir: 'ltr' | 'rtl';
  text: string;
  noText: string;
  provisions: string;
  download: string;
  savedOn: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function offlineBundleHtml(r: OfflineRecord, l: OfflineLabels, savedAt: Date): string {
  const dataUrl = `data:${r.file.mediaType.split(';')[0]};base64,${r.file.base64}`;
  const facts = r.facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd dir="auto">${escapeHtml(v)}</dd>`).join('');
  const provisions = r.provisions
    .map(
      (p) =>
        `<section><h3 dir="auto">${escapeHtml(p.label)}</h3><p dir="auto">${escapeHtml(p.text)}</p>` +
        (p.requirementIds.length ? `<p class="req">${p.requirementIds.map(escapeHtml).join(', ')}</p>` : '') +
        '</section>',
    )
    .join('');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(l.lang)}" dir="${l.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(r.title)}</title>
<style>
body{font-family:system-ui,"Noto Sans","Noto Sans CJK SC","Noto Naskh Arabic",sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1a1a1a}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
pre{white-space:pre-wrap;font-family:inherit;background:#f6f6f6;padding:1rem;border-radius:4px}
.req{color:#555;font-size:.9em}a.download{display:inline-block;margin:1rem 0;padding:.5rem 1rem;border:1px solid #0b5;border-radius:4px}
</style>
</head>
<body>
<h1 dir="auto">${escapeHtml(r.title)}</h1>
${r.description ? `<p dir="auto">${escapeHtml(r.description)}</p>` : ''}
<dl>${facts}</dl>
<p><a class="download" href="${dataUrl}" download="${escapeHtml(r.file.name)}">${escapeHtml(l.download)}: ${escapeHtml(r.file.name)}</a></p>
${r.provisions.length ? `<h2>${escapeHtml(l.provisions)}</h2>${provisions}` : ''}
<h2>${escapeHtml(l.text)}</h2>
${r.text ? `<pre dir="auto">${escapeHtml(r.text)}</pre>` : `<p>${escapeHtml(l.noText)}</p>`}
<footer><p>${escapeHtml(l.savedOn)} ${savedAt.toISOString().slice(0, 10)}</p></footer>
</body>
</html>
`;
}
