// Reading a multipart/form-data upload (one file under `file`, and fields) as the document upload does: the route's
// validator is bypassed (the body is a stream), so the fields are checked here with the route's schema, the
// server-wide text check applies to them, and the upload's limits become issues naming the field.
import type { FastifyError, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { MAX_DOCUMENT_BYTES } from '#domain/library/file-types.ts';
import { inputTextIssues } from '#http/plugins/input-guard.ts';

/** Reads the multipart stream: one file under `file`, fields (arrays from repeated ones), every problem as an issue. */
export async function readUpload<S extends z.ZodType>(
  request: FastifyRequest,
  schema: S,
  arrayFields: readonly string[] = [],
): Promise<{ fields: z.output<S>; file: { fileName: string; content: Buffer } | null }> {
  const issues: ErrorIssue[] = [];
  const raw: Record<string, string[]> = {};
  let file: { fileName: string; content: Buffer } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        // Read it whatever it is: the stream does not move on otherwise.
        const content = await part.toBuffer();
        if (part.fieldname !== 'file') {
          issues.push({ path: ['body', part.fieldname], code: 'unrecognized_key', message: 'unknown parameter' });
        } else {
          file = { fileName: part.filename, content };
          // The file's name is stored: the same text rules as every field.
          issues.push(...inputTextIssues(part.filename, ['body', 'file', 'fileName']));
        }
        continue;
      }
      const key = part.fieldname.replace(/\[\]$/, '');
      if (part.valueTruncated) issues.push({ path: ['body', key], code: 'too_long', message: 'is too long' });
      (raw[key] ??= []).push(String(part.value));
    }
  } catch (err) {
    throw uploadLimitError(err);
  }
  // The route's validator is bypassed (the body is a stream): the server-wide text check, on the fields.
  const textIssues = inputTextIssues(raw, ['body']).map((issue) => ({ ...issue, path: issue.path.slice(0, 2) }));
  if (textIssues.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues: [...issues, ...textIssues] });
  }
  const input: Record<string, unknown> = {};
  for (const [key, values] of Object.entries(raw)) {
    if (arrayFields.includes(key)) {
      input[key] = values.filter((v) => v !== '');
    } else if (values.length > 1) {
      issues.push({ path: ['body', key], code: 'repeated', message: 'must be given once' });
    } else if (values[0] !== '') {
      // An empty field (a form's unset select) means "not given".
      input[key] = values[0];
    }
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) issues.push(...zodIssues(parsed.error));
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
  return { fields: parsed.data!, file };
}

function zodIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.flatMap((issue): ErrorIssue[] => {
    const path = ['body', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], code: 'unrecognized_key', message: 'unknown parameter' }));
    }
    return [{ path, code: issue.code, message: issue.message }];
  });
}

const LIMIT_ISSUES: Record<string, ErrorIssue> = {
  FST_REQ_FILE_TOO_LARGE: { path: ['body', 'file'], code: 'too_large', message: 'must be at most 10 MiB' },
  FST_FILES_LIMIT: { path: ['body', 'file'], code: 'too_many_files', message: 'send one file' },
  FST_FIELDS_LIMIT: { path: ['body'], code: 'too_many_fields', message: 'too many fields' },
  FST_PARTS_LIMIT: { path: ['body'], code: 'too_many_fields', message: 'too many fields' },
};

/**
 * A limit becomes its issue; a form the parser cannot read (no boundary, cut short, a malformed part) is the client's
 * doing: 400, not 500. Only the stream is read inside the loop, so no other failure can come from here.
 */
function uploadLimitError(err: unknown): unknown {
  const issue = LIMIT_ISSUES[(err as FastifyError | undefined)?.code ?? ''];
  if (!issue) {
    const status = (err as FastifyError | undefined)?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) return err;
    return new AppError('VALIDATION_FAILED', 'The form could not be read (multipart/form-data).', {
      issues: [{ path: ['body'], code: 'malformed_form', message: 'is not a complete multipart/form-data body' }],
    });
  }
  return new AppError('VALIDATION_FAILED', issue.message === 'must be at most 10 MiB' ? 'The file is too large.' : 'The request is not valid.', {
    params: { maxBytes: MAX_DOCUMENT_BYTES },
    issues: [issue],
  });
}
