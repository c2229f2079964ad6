// Contributions and pledges with their balances on a day (filters, exports), a contribution's page with its
// allocations and expenditure (the forms to allocate and to record expenditure shown only when `abilities` allow),
// and the form recording a contribution or pledge.
import { useState } from 'react';
import { DateText, FilterSelect, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { ExportLinks, FilterForm, PagedTable, useFilterDraft } from '#web/components/filtered-list.tsx';
import { FormAlert, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { ApiError } from '#web/api.ts';
import { useOrganisations } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { deliveryApi } from '#web/features/assistance/delivery-api.ts';
import { SelectField, TextField } from '#web/features/assistance/fields.tsx';
import { fundingApi, type AllocationView, type ContributionInput } from '#web/features/funding/funding-api.ts';
import { Money } from '#web/features/funding/money.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 25;
const EARMARK_KINDS = ['none', 'programme', 'region', 'theme', 'mandate', 'state'] as const;

function useDonors() {
  const { organisations } = useOrganisations();
  const donors = organisations.filter((o) => o.kind === 'donor');
  const name = (id: string) => organisations.find((o) => o.id === id)?.name ?? id;
  return { donors, name };
}

function FundingLinks({ current }: { current: 'contributions' | 'rates' }) {
  const { t, lang } = useI18n();
  return (
    <nav aria-label={t('funding.sections')} className="section-links tabs">
      <ul>
        <li>
          <Link to={href(lang, '/funding')} aria-current={current === 'contributions' ? 'page' : undefined}>
            {t('funding.contributions')}
          </Link>
        </li>
        <li>
          <Link to={href(lang, '/funding/rates')} aria-current={current === 'rates' ? 'page' : undefined}>
            {t('funding.rates.title')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
export { FundingLinks };

export function FundingPage() {
  return (
    <SignedIn>
      <Contributions />
    </SignedIn>
  );
}

function Contributions() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('funding.title'));
  const [params] = useSearch();
  const filters = { donorOrganisationId: params.get('donorOrganisationId'), kind: params.get('kind'), earmarkKind: params.get('earmarkKind'), asOf: params.get('asOf') };
  const page = pageParam(params);
  const list = useApi(`contributions:${JSON.stringify(filters)}:${page}`, (signal) => fundingApi.contributions({ ...filters, page, pageSize: PAGE_SIZE }, signal));
  const { draft, set, apply } = useFilterDraft(filters);
  const { donors, name } = useDonors();
  return (
    <>
      <h1 tabIndex={-1}>{t('funding.title')}</h1>
      <FundingLinks current="contributions" />
      <p className="lead">{t('funding.intro')}</p>
      {list.data?.abilities.create ? (
        <p>
          <Link className="button primary" to={href(lang, '/funding/contributions/new')}>
            {t('funding.new')}
          </Link>
        </p>
      ) : null}
      <FilterForm label={t('funding.filters')} onSubmit={apply} clearTo={href(lang, '/funding')}>
        <FilterSelect id="funding-donor" label={t('funding.field.donor')} value={draft.donorOrganisationId} options={donors.map((d) => ({ value: d.id, label: d.name }))} onChange={set('donorOrganisationId')} />
        <FilterSelect id="funding-kind" label={t('funding.field.kind')} value={draft.kind} options={[{ value: 'contribution', label: t('funding.kind.contribution') }, { value: 'pledge', label: t('funding.kind.pledge') }]} onChange={set('kind')} />
        <FilterSelect id="funding-earmark" label={t('funding.field.earmark')} value={draft.earmarkKind} options={EARMARK_KINDS.map((k) => ({ value: k, label: t(`funding.earmark.${k}`) }))} onChange={set('earmarkKind')} />
        <div className="field">
          <label htmlFor="funding-as-of">{t('funding.field.asOf')}</label>
          <input id="funding-as-of" type="date" value={draft.asOf ?? ''} onChange={(e) => set('asOf')(e.target.value || null)} />
        </div>
      </FilterForm>
      {list.data ? (
        <>
          <ExportLinks id="funding-export" formats={['csv', 'xlsx'] as const} url={(format) => fundingApi.contributionsExportUrl(format, filters)} />
          <p>
            <a className="button" href={fundingApi.iatiExportUrl(filters)} download>
              {t('funding.exportIati')}
            </a>
          </p>
        </>
      ) : null}
      <PagedTable
        list={list}
        caption={(count) => t('funding.caption', { count })}
        columns={[t('funding.field.date'), t('funding.field.donor'), t('funding.field.kind'), t('funding.field.amount'), t('funding.field.allocated'), t('funding.field.balance')]}
        empty={t('funding.none')}
      >
        {(c) => (
          <tr key={c.id}>
            <th scope="row">
              <Link to={href(lang, `/funding/contributions/${encodeURIComponent(c.id)}`)}>
                <DateText iso={c.date} />
              </Link>
            </th>
            <td>
              <Link to={href(lang, `/funding/donors/${encodeURIComponent(c.donorOrganisationId)}`)}>
                <bdi>{name(c.donorOrganisationId)}</bdi>
              </Link>
            </td>
            <td>{t(`funding.kind.${c.kind}`)}</td>
            <td>
              <Money amount={c.amount} currency={c.currency} />
            </td>
            <td>
              <Money amount={c.balance.allocated} currency={c.currency} />
            </td>
            <td>
              <Money amount={c.balance.balance} currency={c.currency} />
            </td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}

export function ContributionPage({ id }: { id: string }) {
  return (
    <SignedIn>
      <Contribution id={id} />
    </SignedIn>
  );
}

function Contribution({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [params] = useSearch();
  const [version, setVersion] = useState(0);
  const contribution = useApi(`contribution:${id}:${params.get('asOf')}:${version}`, (signal) => fundingApi.contribution(id, params.get('asOf'), signal));
  const { name } = useDonors();
  useDocumentTitle(t('funding.contribution.title'));
  const c = contribution.data?.data;
  if (contribution.error && !c) {
    return (
      <>
        <h1 tabIndex={-1}>{t('funding.contribution.title')}</h1>
        <FormAlert error={contribution.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <Link to={href(lang, '/funding')}>{t('funding.back')}</Link>
      </>
    );
  }
  if (!c) return <Loading />;
  const abilities = contribution.data?.abilities ?? {};
  return (
    <article>
      <p className="breadcrumb">
        <Link to={href(lang, '/funding')}>{t('funding.back')}</Link>
      </p>
      <h1 tabIndex={-1}>
        {t(`funding.kind.${c.kind}`)}
        {t('common.separator')}
        <bdi>{name(c.donorOrganisationId)}</bdi>
      </h1>
      <StatusMessage>{params.get('created') ? t('funding.created') : null}</StatusMessage>
      <dl className="facts">
        <div>
          <dt>{t('funding.field.donor')}</dt>
          <dd>
            <Link to={href(lang, `/funding/donors/${encodeURIComponent(c.donorOrganisationId)}`)}>
              <bdi>{name(c.donorOrganisationId)}</bdi>
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('funding.field.date')}</dt>
          <dd>
            <DateText iso={c.date} />
          </dd>
        </div>
        <div>
          <dt>{t('funding.field.amount')}</dt>
          <dd>
            <Money amount={c.amount} currency={c.currency} /> (<Money amount={c.amountUsd} currency="USD" />)
          </dd>
        </div>
        <div>
          <dt>{t('funding.field.rate')}</dt>
          <dd>
            {t('funding.rateText', { rate: c.rate.unitsPerUsd, currency: c.currency })} — <bdi>{c.rate.source}</bdi> (<DateText iso={c.rate.rateDate} />)
          </dd>
        </div>
        <div>
          <dt>{t('funding.field.earmark')}</dt>
          <dd>
            {t(`funding.earmark.${c.earmark.kind as (typeof EARMARK_KINDS)[number]}`)}
            {c.earmark.value ? <bdi> {c.earmark.value}</bdi> : null}
          </dd>
        </div>
        <div>
          <dt>{t('funding.field.allocated')}</dt>
          <dd>
            <Money amount={c.balance.allocated} currency={c.currency} />
          </dd>
        </div>
        <div>
          <dt>{t('funding.field.balanceOn', { date: c.balance.asOf })}</dt>
          <dd>
            <Money amount={c.balance.balance} currency={c.currency} />
          </dd>
        </div>
        {c.reference ? (
          <div>
            <dt>{t('funding.field.reference')}</dt>
            <dd>
              <bdi>{c.reference}</bdi>
            </dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="allocations-heading">
        <h2 id="allocations-heading">{t('funding.allocations')}</h2>
        {c.allocations.length === 0 ? <p>{t('funding.noAllocations')}</p> : <Allocations allocations={c.allocations} canSpend={!!abilities.allocate} onSaved={() => setVersion((v) => v + 1)} />}
        {abilities.allocate && c.kind === 'contribution' ? <AllocateForm contributionId={c.id} currency={c.currency} onSaved={() => setVersion((v) => v + 1)} /> : null}
      </section>
    </article>
  );
}

function Allocations({ allocations, canSpend, onSaved }: { allocations: AllocationView[]; canSpend: boolean; onSaved: () => void }) {
  const { t, lang } = useI18n();
  return (
    <>
      {allocations.map((a) => (
        <section key={a.id} className="card" aria-labelledby={`allocation-${a.id}`}>
          <h3 id={`allocation-${a.id}`}>
            <Money amount={a.amount} currency={a.currency} />
            {t('common.separator')}
            <DateText iso={a.date} />
          </h3>
          <p>
            {a.activityId ? (
              <Link to={href(lang, `/activities/${encodeURIComponent(a.activityId)}`)}>{t('funding.toActivity')}</Link>
            ) : a.programmeId ? (
              <Link to={href(lang, `/programmes/${encodeURIComponent(a.programmeId)}`)}>{t('funding.toProgramme')}</Link>
            ) : null}
            {t('common.separator')}
            {t('funding.spentOf', { spent: a.balance.spent, balance: a.balance.balance, currency: a.currency })}
          </p>
          {a.expenditures.length ? (
            <table>
              <caption>{t('funding.expenditure')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('funding.field.date')}</th>
                  <th scope="col">{t('funding.field.amount')}</th>
                  <th scope="col">{t('funding.field.description')}</th>
                </tr>
              </thead>
              <tbody>
                {a.expenditures.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <DateText iso={e.date} />
                    </td>
                    <td>
                      <Money amount={e.amount} currency={a.currency} />
                    </td>
                    <td dir="auto">{e.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {canSpend ? <ExpenditureForm allocation={a} onSaved={onSaved} /> : null}
        </section>
      ))}
    </>
  );
}

/** The message of a refused overspend: the balance still available, from the error's params. */
function useOverspendMessage() {
  const { t } = useI18n();
  return (error: unknown) => {
    if (!(error instanceof ApiError) || error.code !== 'CONFLICT') return undefined;
    const p = error.params as { available?: string; currency?: string; requested?: string };
    return p.available !== undefined ? t('funding.overspend', { available: p.available, requested: p.requested ?? '', currency: p.currency ?? '' }) : undefined;
  };
}

function AllocateForm({ contributionId, currency, onSaved }: { contributionId: string; currency: string; onSaved: () => void }) {
  const { t } = useI18n();
  const [activityId, setActivityId] = useState('');
  const [date, setDate] = useState('');
  const [amount, setAmount] = useState('');
  const [done, setDone] = useState(false);
  const activities = useApi('funding:activities', (signal) => deliveryApi.activities({ pageSize: 100 }, signal));
  const overspend = useOverspendMessage();
  const submit = useSubmit(
    async () => (await fundingApi.allocate(contributionId, { activityId, date, amount })).data,
    () => {
      setDone(true);
      setAmount('');
      onSaved();
    },
  );
  const conflict = overspend(submit.error);
  return (
    <form onSubmit={submit.onSubmit} aria-labelledby="allocate-heading" className="card">
      <h3 id="allocate-heading">{t('funding.allocate')}</h3>
      <SelectField
        id="allocate-activity"
        label={t('funding.field.activity')}
        value={activityId}
        onChange={setActivityId}
        choices={(activities.data?.data ?? []).map((a) => ({ value: a.id, label: a.title }))}
        empty={t('funding.choose')}
        issues={submit.issues('activityId')}
        required
      />
      <TextField id="allocate-date" type="date" label={t('funding.field.date')} value={date} onChange={setDate} issues={submit.issues('date')} required />
      <TextField id="allocate-amount" label={t('funding.field.amountIn', { currency })} hint={t('funding.amountHint')} value={amount} onChange={setAmount} issues={submit.issues('amount')} required />
      <SubmitButton pending={submit.pending}>{t('funding.allocate')}</SubmitButton>
      <FormAlert error={submit.error} shownFields={['activityId', 'date', 'amount']} messages={conflict ? { CONFLICT: conflict } : {}} />
      <StatusMessage>{done && !submit.error ? t('funding.allocated') : null}</StatusMessage>
    </form>
  );
}

function ExpenditureForm({ allocation, onSaved }: { allocation: AllocationView; onSaved: () => void }) {
  const { t } = useI18n();
  const [date, setDate] = useState('');
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const overspend = useOverspendMessage();
  const submit = useSubmit(
    async () => (await fundingApi.recordExpenditure(allocation.id, { date, amount, description })).data,
    () => {
      setAmount('');
      setDescription('');
      onSaved();
    },
  );
  const conflict = overspend(submit.error);
  const key = allocation.id;
  return (
    <form onSubmit={submit.onSubmit} aria-labelledby={`spend-${key}`}>
      <h4 id={`spend-${key}`}>{t('funding.recordExpenditure')}</h4>
      <TextField id={`spend-date-${key}`} type="date" label={t('funding.field.date')} value={date} onChange={setDate} issues={submit.issues('date')} required />
      <TextField id={`spend-amount-${key}`} label={t('funding.field.amountIn', { currency: allocation.currency })} hint={t('funding.amountHint')} value={amount} onChange={setAmount} issues={submit.issues('amount')} required />
      <TextField id={`spend-description-${key}`} label={t('funding.field.description')} value={description} onChange={setDescription} issues={submit.issues('description')} />
      <SubmitButton pending={submit.pending}>{t('funding.recordExpenditure')}</SubmitButton>
      <FormAlert error={submit.error} shownFields={['date', 'amount', 'description']} messages={conflict ? { CONFLICT: conflict } : {}} />
    </form>
  );
}

export function ContributionNewPage() {
  return (
    <SignedIn>
      <ContributionNew />
    </SignedIn>
  );
}

function ContributionNew() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('funding.new'));
  const { donors } = useDonors();
  const [f, setF] = useState({ kind: 'contribution', form: 'cash', donorOrganisationId: '', date: '', amount: '', currency: 'USD', unitsPerUsd: '', rateSource: '', inKindDescription: '', valuationBasis: '', earmarkKind: 'none', earmarkValue: '', reference: '' });
  const set = (k: keyof typeof f) => (value: string) => setF((x) => ({ ...x, [k]: value }));
  const submit = useSubmit(
    async () =>
      (
        await fundingApi.recordContribution({
          // The selects offer only the API's values; the types say so at this one boundary.
          kind: f.kind as ContributionInput['kind'],
          form: f.form as ContributionInput['form'],
          donorOrganisationId: f.donorOrganisationId,
          date: f.date,
          amount: f.amount,
          currency: f.currency,
          rate: f.unitsPerUsd ? { unitsPerUsd: f.unitsPerUsd, source: f.rateSource } : null,
          ...(f.form === 'in-kind' ? { inKindDescription: f.inKindDescription, valuationBasis: f.valuationBasis } : {}),
          earmark: { kind: f.earmarkKind as NonNullable<ContributionInput['earmark']>['kind'], value: f.earmarkKind === 'none' ? null : f.earmarkValue },
          reference: f.reference,
        })
      ).data,
    (saved) => navigate(href(lang, `/funding/contributions/${encodeURIComponent(saved.id)}`, { created: '1' })),
  );
  return (
    <>
      <p className="breadcrumb">
        <Link to={href(lang, '/funding')}>{t('funding.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('funding.new')}</h1>
      <form onSubmit={submit.onSubmit}>
        <SelectField id="contribution-kind" label={t('funding.field.kind')} value={f.kind} onChange={set('kind')} choices={[{ value: 'contribution', label: t('funding.kind.contribution') }, { value: 'pledge', label: t('funding.kind.pledge') }]} empty={t('funding.choose')} issues={submit.issues('kind')} required />
        <SelectField id="contribution-form" label={t('funding.field.form')} value={f.form} onChange={set('form')} choices={[{ value: 'cash', label: t('funding.form.cash') }, { value: 'in-kind', label: t('funding.form.inKind') }]} empty={t('funding.choose')} issues={submit.issues('form')} required />
        <SelectField id="contribution-donor" label={t('funding.field.donor')} value={f.donorOrganisationId} onChange={set('donorOrganisationId')} choices={donors.map((d) => ({ value: d.id, label: d.name }))} empty={t('funding.choose')} issues={submit.issues('donorOrganisationId')} required />
        <TextField id="contribution-date" type="date" label={t('funding.field.date')} value={f.date} onChange={set('date')} issues={submit.issues('date')} required />
        <TextField id="contribution-amount" label={t('funding.field.amount')} hint={t('funding.amountHint')} value={f.amount} onChange={set('amount')} issues={submit.issues('amount')} required />
        <TextField id="contribution-currency" label={t('funding.field.currency')} hint={t('funding.currencyHint')} value={f.currency} onChange={set('currency')} issues={submit.issues('currency')} required />
        <fieldset>
          <legend>{t('funding.field.rate')}</legend>
          <p className="hint">{t('funding.rateHint')}</p>
          <TextField id="contribution-rate" label={t('funding.field.unitsPerUsd')} value={f.unitsPerUsd} onChange={set('unitsPerUsd')} issues={submit.issues('rate.unitsPerUsd')} />
          <TextField id="contribution-rate-source" label={t('funding.field.rateSource')} value={f.rateSource} onChange={set('rateSource')} issues={submit.issues('rate.source')} />
        </fieldset>
        {f.form === 'in-kind' ? (
          <>
            <TextField id="contribution-in-kind" rows={3} label={t('funding.field.inKindDescription')} value={f.inKindDescription} onChange={set('inKindDescription')} issues={submit.issues('inKindDescription')} />
            <TextField id="contribution-valuation" rows={2} label={t('funding.field.valuationBasis')} value={f.valuationBasis} onChange={set('valuationBasis')} issues={submit.issues('valuationBasis')} />
          </>
        ) : null}
        <SelectField id="contribution-earmark" label={t('funding.field.earmark')} value={f.earmarkKind} onChange={set('earmarkKind')} choices={EARMARK_KINDS.map((k) => ({ value: k, label: t(`funding.earmark.${k}`) }))} empty={t('funding.choose')} issues={submit.issues('earmark.kind')} />
        {f.earmarkKind !== 'none' ? <TextField id="contribution-earmark-value" label={t('funding.field.earmarkValue')} value={f.earmarkValue} onChange={set('earmarkValue')} issues={submit.issues('earmark.value')} /> : null}
        <TextField id="contribution-reference" label={t('funding.field.reference')} value={f.reference} onChange={set('reference')} issues={submit.issues('reference')} />
        <SubmitButton pending={submit.pending}>{t('funding.save')}</SubmitButton>
        <FormAlert error={submit.error} shownFields={['kind', 'form', 'donorOrganisationId', 'date', 'amount', 'currency', 'rate.unitsPerUsd', 'rate.source', 'inKindDescription', 'valuationBasis', 'earmark.kind', 'earmark.value', 'reference']} />
      </form>
    </>
  );
}
