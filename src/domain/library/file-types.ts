// Which files a document may be: the extension must name an allowed type AND the bytes must be that type (magic
// bytes, and for the zip-based office formats the entries that make them one). An executable renamed .pdf, a zip
// renamed .docx or a binary renamed .txt is refused. The media type stored and served is ours, never the client's.
// Pure.

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const FILE_TYPES = {
  pdf: { extensions: ['pdf'], mediaType: 'application/pdf' },
  docx: {
    extensions: ['docx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: { extensions: ['xlsx'], mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  odt: { extensions: ['odt'], mediaType: 'application/vnd.oasis.opendocument.text' },
  txt: { extensions: ['txt'], mediaType: 'text/plain; charset=utf-8' },
  // Served only as an attachment under a sandboxing CSP, never rendered on our origin (ADR 25).
  html: { extensions: ['html', 'htm'], mediaType: 'text/html; charset=utf-8' },
  png: { extensions: ['png'], mediaType: 'image/png' },
  jpeg: { extensions: ['jpg', 'jpeg'], mediaType: 'image/jpeg' },
} as const;
export type FileKind = keyof typeof FILE_TYPES;

export const ALLOWED_EXTENSIONS: readonly string[] = Object.values(FILE_TYPES).flatMap((t) => t.extensions);

export type FileCheck =
  | { ok: true; kind: FileKind; mediaType: string }
  | { ok: false; code: 'empty' | 'too_large' | 'extension_not_allowed' | 'content_mismatch'; message: string };

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function checkFile(fileName: string, bytes: Uint8Array): FileCheck {
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'the file is empty' };
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, code: 'too_large', message: 'must be at most 10 MiB' };
  const ext = extensionOf(fileName);
  const kind = (Object.keys(FILE_TYPES) as FileKind[]).find((k) => (FILE_TYPES[k].extensions as readonly string[]).includes(ext));
  if (!kind) {
    return {
      ok: false,
      code: 'extension_not_allowed',
      message: `must be one of ${ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(', ')}`,
    };
  }
  if (!CONTENT_CHECKS[kind](bytes)) {
    return { ok: false, code: 'content_mismatch', message: `the content is not a ${kind.toUpperCase()} file` };
  }
  return { ok: true, kind, mediaType: FILE_TYPES[kind].mediaType };
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const CONTENT_CHECKS: Record<FileKind, (bytes: Uint8Array) => boolean> = {
  pdf: (b) => startsWith(b, ascii('%PDF-')),
  png: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpeg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  docx: (b) => hasEntries(b, ['[Content_Types].xml', 'word/document.xml']),
  xlsx: (b) => hasEntries(b, ['[Content_Types].xml', 'xl/workbook.xml']),
  // OpenDocument: the first entry is an uncompressed "mimetype" holding the media type (ODF 1.2 §3.3).
  odt: (b) =>
    startsWith(b, ascii('mimetype'), 30) &&
    startsWith(b, ascii(FILE_TYPES.odt.mediaType), 38) &&
    hasEntries(b, ['content.xml']),
  txt: isUtf8Text,
  html: isHtml,
};

/** UTF-8 text whose first markup (after a BOM, white space and comments) is a doctype or an <html> element. */
function isHtml(bytes: Uint8Array): boolean {
  if (!isUtf8Text(bytes)) return false;
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  return /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html[\s>])/i.test(head);
}

/** UTF-8 (an optional BOM), no NUL and no other control characters than tab, line feed, form feed and return. */
function isUtf8Text(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
}

function hasEntries(bytes: Uint8Array, names: string[]): boolean {
  const entries = zipEntryNames(bytes);
  return entries !== null && names.every((n) => entries.includes(n));
}

/** Names in a zip's central directory, or null when the bytes are not a well-formed zip. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes, after at most a 64 KiB comment.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
