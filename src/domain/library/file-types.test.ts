// Allowed files: the extension and the bytes must agree.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeZip, SAMPLES } from '../../../test/documents.ts';
import { MAX_DOCUMENT_BYTES, checkFile, zipEntryNames } from './file-types.ts';

describe('checkFile', () => {
  const accepted: [string, Buffer, string][] = [
    ['note.pdf', SAMPLES.pdf(), 'application/pdf'],
    ['Assessment.DOCX', SAMPLES.docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['figures.xlsx', SAMPLES.xlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['note.odt', SAMPLES.odt(), 'application/vnd.oasis.opendocument.text'],
    ['note.txt', SAMPLES.txt(), 'text/plain; charset=utf-8'],
    ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('hello\tworld\n')]), 'text/plain; charset=utf-8'],
    ['map.png', SAMPLES.png(), 'image/png'],
    ['photo.jpg', SAMPLES.jpeg(), 'image/jpeg'],
    ['photo.jpeg', SAMPLES.jpeg(), 'image/jpeg'],
    ['law.html', Buffer.from('<!DOCTYPE html><html lang="fr"><body><p>Article 1</p></body></html>'), 'text/html; charset=utf-8'],
    ['law.htm', Buffer.from('\uFEFF <!-- saved --> <HTML><body>x</body></HTML>'), 'text/html; charset=utf-8'],
  ];
  it.each(accepted)('accepts %s', (name, bytes, mediaType) => {
    expect(checkFile(name, bytes)).toEqual({ ok: true, kind: expect.any(String), mediaType });
  });

  const refused: [string, string, Buffer, string][] = [
    ['an executable renamed .pdf', 'setup.pdf', SAMPLES.exe(), 'content_mismatch'],
    ['an executable', 'setup.exe', SAMPLES.exe(), 'extension_not_allowed'],
    ['no extension', 'README', SAMPLES.txt(), 'extension_not_allowed'],
    ['a script renamed .html', 'page.html', Buffer.from('<script>alert(1)</script>'), 'content_mismatch'],
    ['a PDF renamed .html', 'page.html', SAMPLES.pdf(), 'content_mismatch'],
    ['a script renamed .js', 'page.js', Buffer.from('alert(1)'), 'extension_not_allowed'],
    ['an SVG image (scripts)', 'map.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'extension_not_allowed'],
    ['a plain zip renamed .docx', 'note.docx', SAMPLES.zip(), 'content_mismatch'],
    ['a spreadsheet renamed .docx', 'note.docx', SAMPLES.xlsx(), 'content_mismatch'],
    ['a text document renamed .odt without its mimetype entry', 'note.odt', SAMPLES.docx(), 'content_mismatch'],
    ['a PDF renamed .png', 'map.png', SAMPLES.pdf(), 'content_mismatch'],
    ['a PNG renamed .jpg', 'photo.jpg', SAMPLES.png(), 'content_mismatch'],
    ['binary renamed .txt', 'note.txt', SAMPLES.exe(), 'content_mismatch'],
    ['Latin-1 text renamed .txt', 'note.txt', Buffer.from('caf\xe9', 'latin1'), 'content_mismatch'],
    ['a truncated zip', 'note.docx', SAMPLES.docx().subarray(0, 60), 'content_mismatch'],
    ['an empty file', 'note.txt', Buffer.alloc(0), 'empty'],
    ['a file over 10 MiB', 'big.pdf', Buffer.concat([SAMPLES.pdf(), Buffer.alloc(MAX_DOCUMENT_BYTES)]), 'too_large'],
  ];
  it.each(refused)('refuses %s', (_what, name, bytes, code) => {
    const result = checkFile(name, bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe(code);
  });

  it('accepts a real workbook (compressed entries, as exceljs writes them)', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet').addRow(['a', 1]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(checkFile('real.xlsx', bytes)).toMatchObject({ ok: true, kind: 'xlsx' });
    expect(checkFile('real.docx', bytes)).toMatchObject({ ok: false, code: 'content_mismatch' });
  });
});

describe('zipEntryNames', () => {
  it('lists the central directory, or null for what is not a zip', () => {
    expect(zipEntryNames(makeZip([{ name: 'a.txt', data: 'x' }, { name: 'b/c.xml', data: '<c/>' }]))).toEqual(['a.txt', 'b/c.xml']);
    expect(zipEntryNames(SAMPLES.pdf())).toBeNull();
    expect(zipEntryNames(Buffer.from('PK\x03\x04 but nothing else'))).toBeNull();
  });
});
