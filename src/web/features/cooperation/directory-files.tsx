// The directory's files, on the authorities list page: download links (CSV, printable page) for the State shown, for
// everyone (each file holds what its reader may see); and for those who may import for that State (the API's
// `abilities.import`), a file input, "Check the file" (a dry run: the difference as tables) and then "Import".
import { useId, useState, type FormEvent } from 'react';
import { Cell, DataTable } from '#web/components/common.tsx';
import { Field, FormAlert, StatusMessage, SubmitButton } from '#web/components/forms.tsx';
import { useStateName } from '#web/features/accounts/reference.tsx';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { useApi } from '#web/use-api.ts';
import { directoryApi, type DirectoryImportReport } from './directory-api.ts';

export function DirectoryFilePanel({ stateCode }: { stateCode: string | null }) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const stateName = useStateName();
  const layout = useApi(`directory-layout:${stateCode ?? ''}`, (signal) => directoryApi.layout(stateCode, signal));
  const abilities = layout.data?.abilities;
  return (
    <section aria-labelledby={titleId} className="directory-files stack">
      <h2 id={titleId}>{t('directory.title')}</h2>
      <p>{t('directory.intro')}</p>
      <p className="muted">{stateCode ? t('directory.scopeState', { state: stateName(stateCode) }) : t('directory.scopeAll')}</p>
      <ul className="actions">
        <li>
          <a href={directoryApi.csvUrl(stateCode)} download>
            {t('directory.downloadCsv')}
          </a>
        </li>
        <li>
          <a href={directoryApi.printUrl(stateCode, lang)} target="_blank" rel="noopener">
            {t('directory.downloadPrint')}
          </a>
        </li>
      </ul>
      {abilities?.readContacts ? <p className="notice">{t('directory.contactsNotice')}</p> : null}
      {abilities?.import && layout.data ? <ImportForm columns={layout.data.data.columns} maxRows={layout.data.data.maxRows} /> : null}
    </section>
  );
}

type Stage = { kind: 'idle' } | { kind: 'checked'; report: DirectoryImportReport } | { kind: 'confirm'; report: DirectoryImportReport } | { kind: 'done'; report: DirectoryImportReport };

function ImportForm({ columns, maxRows }: { columns: string[]; maxRows: number }) {
  const { t } = useI18n();
  const titleId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  const run = async (dryRun: boolean) => {
    if (!file || pending) return;
    setPending(true);
    setError(undefined);
    try {
      const report = await directoryApi.importFile(file, dryRun);
      setStage({ kind: dryRun ? 'checked' : 'done', report });
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };
  const onCheck = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setError(undefined);
      setStage({ kind: 'idle' });
      return;
    }
    void run(true);
  };

  const report = stage.kind === 'idle' ? null : stage.report;
  const importable = stage.kind === 'checked' && stage.report.problems.length === 0 && stage.report.counts.new + stage.report.counts.changed > 0;
  return (
    <section aria-labelledby={titleId} className="stack">
      <h3 id={titleId}>{t('directory.import.title')}</h3>
      <FormAlert error={error} />
      <form onSubmit={onCheck} className="stack" noValidate>
        <Field label={t('directory.import.file')} hint={t('directory.import.hint', { columns: columns.join(', '), rows: maxRows })}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setStage({ kind: 'idle' });
                setError(undefined);
              }}
            />
          )}
        </Field>
        {file ? null : <p className="muted">{t('directory.import.chooseFile')}</p>}
        <div className="actions">
          <SubmitButton pending={pending && stage.kind !== 'confirm'}>{t('directory.import.check')}</SubmitButton>
        </div>
      </form>
      {report ? <ImportReport report={report} /> : null}
      {stage.kind === 'checked' && report && report.problems.length === 0 && !importable ? (
        <p role="status">{t('directory.import.nothingToImport')}</p>
      ) : null}
      {importable ? (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setStage({ kind: 'confirm', report: stage.report })}>
            {t('directory.import.apply')}
          </button>
        </div>
      ) : null}
      {stage.kind === 'confirm' ? (
        <div className="notice stack" role="alertdialog" aria-labelledby={`${titleId}-confirm`}>
          <p id={`${titleId}-confirm`}>
            {t('directory.import.confirm', { new: stage.report.counts.new, changed: stage.report.counts.changed })}
          </p>
          <div className="actions">
            <button type="button" className="primary" aria-disabled={pending || undefined} onClick={() => void run(false)}>
              {pending ? t('form.working') : t('directory.import.confirmYes')}
            </button>
            <button type="button" onClick={() => setStage({ kind: 'checked', report: stage.report })}>
              {t('directory.import.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <StatusMessage focus={stage.kind === 'done'}>
        {stage.kind === 'done' ? t('directory.import.done', { new: stage.report.counts.new, changed: stage.report.counts.changed }) : null}
      </StatusMessage>
    </section>
  );
}

/** The difference as tables: problems by line, new entries, changes field by field, entries held but absent. */
function ImportReport({ report }: { report: DirectoryImportReport }) {
  const { t } = useI18n();
  const c = report.counts;
  const kind = (k: string) => t(`directory.print.kind.${k}` as MessageKey);
  const field = (f: string) => t(`directory.field.${f}` as MessageKey);
  const value = (v: string) => (v === '' ? <span className="muted">{t('directory.diff.empty')}</span> : <bdi dir="auto">{v}</bdi>);
  const name = (n: string) => <bdi dir="auto">{n}</bdi>;
  return (
    <div className="stack">
      <p>{t('directory.import.summary', { ...c })}</p>
      {report.problems.length > 0 ? (
        <>
          <p className="error">{t('directory.import.fixProblems')}</p>
          <DataTable caption={t('directory.diff.problems')} columns={[t('directory.diff.line'), t('directory.diff.column'), t('directory.diff.problem')]} stacked>
            {report.problems.map((p, i) => (
              <tr key={i} role="row">
                <Cell label={t('directory.diff.line')}>{p.line ?? '—'}</Cell>
                <Cell label={t('directory.diff.column')}>{p.column ?? '—'}</Cell>
                <Cell label={t('directory.diff.problem')}>
                  {/* The server's words, in English: they name the value and the rule precisely. */}
                  <span lang="en">{p.message}</span>
                </Cell>
              </tr>
            ))}
          </DataTable>
        </>
      ) : null}
      {report.new.length > 0 ? (
        <DataTable
          caption={t('directory.diff.new')}
          columns={[t('directory.diff.line'), t('directory.diff.state'), t('directory.diff.kind'), t('directory.diff.name')]}
          stacked
        >
          {report.new.map((n) => (
            <tr key={n.line} role="row">
              <Cell label={t('directory.diff.line')}>{n.line}</Cell>
              <Cell label={t('directory.diff.state')}>{n.stateCode}</Cell>
              <Cell label={t('directory.diff.kind')}>{kind(n.kind)}</Cell>
              <Cell label={t('directory.diff.name')}>{name(n.name)}</Cell>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {report.changed.length > 0 ? (
        <DataTable
          caption={t('directory.diff.changed')}
          columns={[
            t('directory.diff.line'),
            t('directory.diff.state'),
            t('directory.diff.name'),
            t('directory.diff.field'),
            t('directory.diff.from'),
            t('directory.diff.to'),
          ]}
          stacked
        >
          {report.changed.flatMap((x) =>
            x.changes.map((ch, i) => (
              <tr key={`${x.id}-${ch.field}`} role="row">
                <Cell label={t('directory.diff.line')}>{i === 0 ? x.line : ''}</Cell>
                <Cell label={t('directory.diff.state')}>{x.stateCode}</Cell>
                <Cell label={t('directory.diff.name')}>{name(x.name)}</Cell>
                <Cell label={t('directory.diff.field')}>{field(ch.field)}</Cell>
                <Cell label={t('directory.diff.from')}>{value(ch.from)}</Cell>
                <Cell label={t('directory.diff.to')}>{value(ch.to)}</Cell>
              </tr>
            )),
          )}
        </DataTable>
      ) : null}
      {report.absent.length > 0 ? (
        <DataTable caption={t('directory.diff.absent')} columns={[t('directory.diff.state'), t('directory.diff.kind'), t('directory.diff.name')]} stacked>
          {report.absent.map((a) => (
            <tr key={a.id} role="row">
              <Cell label={t('directory.diff.state')}>{a.stateCode}</Cell>
              <Cell label={t('directory.diff.kind')}>{kind(a.kind)}</Cell>
              <Cell label={t('directory.diff.name')}>{name(a.name)}</Cell>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}
