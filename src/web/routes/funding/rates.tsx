// The exchange-rate tables: the rates imported (currency, date, units per US dollar, source and file), and the form
// importing a table from a CSV file, for the entities' officers.
import { useState } from 'react';
import { DateText, useDocumentTitle } from '#web/components/common.tsx';
import { PagedTable } from '#web/components/filtered-list.tsx';
import { FormAlert, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { TextField } from '#web/features/assistance/fields.tsx';
import { fundingApi } from '#web/features/funding/funding-api.ts';
import { useI18n } from '#web/i18n/i18n.tsx';
import { useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';
import { FundingLinks } from './contributions.tsx';

export function RatesPage() {
  return (
    <SignedIn>
      <Rates />
    </SignedIn>
  );
}

function Rates() {
  const { t } = useI18n();
  useDocumentTitle(t('funding.rates.title'));
  const [params] = useSearch();
  const page = pageParam(params);
  const [version, setVersion] = useState(0);
  const list = useApi(`rates:${page}:${version}`, (signal) => fundingApi.rates({ page, pageSize: 50 }, signal));
  const [source, setSource] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const submit = useSubmit(
    async () => (await fundingApi.importRates({ source, fileName: file?.name ?? '', content: file ? await file.text() : '' })).data,
    () => setVersion((x) => x + 1),
  );
  return (
    <>
      <h1 tabIndex={-1}>{t('funding.rates.title')}</h1>
      <FundingLinks current="rates" />
      <p className="lead">{t('funding.rates.intro')}</p>
      {list.data?.abilities.import ? (
        <form onSubmit={submit.onSubmit} aria-labelledby="rates-import-heading" className="card">
          <h2 id="rates-import-heading">{t('funding.rates.import')}</h2>
          <TextField id="rates-source" label={t('funding.field.rateSource')} hint={t('funding.rates.sourceHint')} value={source} onChange={setSource} issues={submit.issues('source')} required />
          <div className="field">
            <label htmlFor="rates-file">{t('funding.rates.file')}</label>
            <input id="rates-file" type="file" accept=".csv,text/csv" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
          <SubmitButton pending={submit.pending}>{t('funding.rates.import')}</SubmitButton>
          <FormAlert error={submit.error} shownFields={['source']} />
          <StatusMessage>{submit.result ? t('funding.rates.imported') : null}</StatusMessage>
        </form>
      ) : null}
      <PagedTable
        list={list}
        caption={(count) => t('funding.rates.caption', { count })}
        columns={[t('funding.field.currency'), t('funding.field.date'), t('funding.field.unitsPerUsd'), t('funding.field.rateSource'), t('funding.rates.file')]}
        empty={t('funding.rates.none')}
      >
        {(r) => (
          <tr key={r.id}>
            <th scope="row">{r.currency}</th>
            <td>
              <DateText iso={r.date} />
            </td>
            <td>
              <bdi dir="ltr">{r.unitsPerUsd}</bdi>
            </td>
            <td>
              <bdi>{r.source}</bdi>
            </td>
            <td>
              <bdi>{r.fileName}</bdi>
            </td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}
