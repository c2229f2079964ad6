// The directory of competent authorities as files (issue 11 §3): export (CSV, printable page) and import (CSV, dry
// run and diff). The layout of the file is src/domain/cooperation/directory-file.ts.
import { z } from 'zod';
import { AUTHORITY_KINDS } from '#domain/cooperation/types.ts';
import { DIRECTORY_COLUMNS } from '#domain/cooperation/directory-file.ts';
import { lang } from '../common.ts';

const stateCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be a State code of three capital letters, such as FRA')
  .describe('ISO 3166-1 alpha-3 code of a State.');

export const directoryExportQuery = z.strictObject({
  state: stateCode.optional().describe('Only this State’s entries.'),
  kind: z.enum(AUTHORITY_KINDS).optional().describe('Only entries of this kind.'),
});

export const directoryPrintQuery = z.strictObject({
  ...directoryExportQuery.shape,
  lang: lang.describe('Language of the page’s words and of State and treaty names (entries are shown as written).'),
});

export const directoryLayoutQuery = z.strictObject({
  state: stateCode.optional().describe('The State the import would be for: `abilities.import` answers for it.'),
});

export const directoryImportQuery = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .describe('true (the default): show the difference, write nothing. false: import (all or nothing).'),
});

export const directoryImportForm = z
  .object({ file: z.string().meta({ format: 'binary' }).describe('The directory file (CSV, UTF-8).') })
  .meta({ id: 'DirectoryImportForm' });

const entryRef = {
  stateCode: z.string(),
  kind: z.enum(AUTHORITY_KINDS),
  instrumentId: z.string().nullable(),
  name: z.string(),
};

const problem = z
  .object({
    line: z.number().int().optional().describe('Line of the file (1 is the header); absent for the whole file.'),
    column: z.string().optional(),
    code: z.string(),
    message: z.string(),
  })
  .meta({ id: 'DirectoryProblem' });

export const directoryImportReport = z
  .object({
    dryRun: z.boolean(),
    applied: z.boolean().describe('Whether the new and changed entries were written.'),
    stateCodes: z.array(z.string()).describe('The States the file covers: only their entries were compared.'),
    counts: z.object({
      rows: z.number().int(),
      new: z.number().int(),
      changed: z.number().int(),
      unchanged: z.number().int(),
      absent: z.number().int(),
      problems: z.number().int(),
    }),
    new: z.array(z.object({ line: z.number().int(), ...entryRef })),
    changed: z.array(
      z.object({
        line: z.number().int(),
        id: z.string(),
        ...entryRef,
        changes: z.array(z.object({ field: z.string(), from: z.string(), to: z.string() })).describe('Field by field, as the file spells them.'),
      }),
    ),
    absent: z.array(z.object({ id: z.string(), ...entryRef })).describe('Held for a State the file covers, not in the file: kept.'),
    problems: z.array(problem).describe('A file with problems imports nothing.'),
  })
  .meta({ id: 'DirectoryImportReport' });

export const directoryImportResponse = z.object({ data: directoryImportReport });

export const directoryLayoutResponse = z
  .object({
    data: z.object({
      columns: z.array(z.enum(DIRECTORY_COLUMNS)),
      maxBytes: z.number().int(),
      maxRows: z.number().int(),
    }),
    abilities: z.object({
      import: z.boolean().describe('May import a directory file (for the State asked about, if any).'),
      readContacts: z.boolean().describe('Downloads include contact details (for the State asked about, if any); each is audited.'),
    }),
  })
  .meta({ id: 'DirectoryLayout' });
