// National and regional counter-terrorism strategies: the list, a strategy's page (its stage and the support given:
// activities with this strategy) and the officers' form.
import { useState } from 'react';
import type { StrategyView } from '#web/api-types.ts';
import { DateText, FilterSelect, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { ExportLinks, FilterForm, PagedTable, useFilterDraft } from '#web/components/filtered-list.tsx';
import { FormAlert, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { ConfidentialityBadge } from '#web/features/accounts/labels.tsx';
import { useStateChoices, useStateName } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { deliveryApi } from '#web/features/assistance/delivery-api.ts';
import { SelectField, StatesPicker, TextField } from '#web/features/assistance/fields.tsx';
import { RelatedActivities } from '#web/features/assistance/related-activities.tsx';
import { choices, STRATEGY_SCOPES, useVocabulary, VOCAB, Words } from '#web/features/assistance/vocabulary.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 25;

export function StrategiesPage() {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const session = useSession();
  const states = useStateChoices();
  const stateName = useStateName();
  useDocumentTitle(t('delivery.strategies.title'));
  const [params] = useSearch();
  const filters = { stateCode: params.get('stateCode'), stage: params.get('stage'), scope: params.get('scope') };
  const page = pageParam(params);
  const list = useApi(`strategies:${session.user?.id ?? 'anonymous'}:${JSON.stringify(filters)}:${page}`, (signal) =>
    deliveryApi.strategies({ ...filters, page, pageSize: PAGE_SIZE }, signal),
  );
  const { draft, set, apply } = useFilterDraft(filters);
  return (
    <>
      <p className="breadcrumb">
        <Link to={href(lang, '/activities')}>{t('delivery.activities.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('delivery.strategies.title')}</h1>
      <p className="lead">{t('delivery.strategies.intro')}</p>
      {list.data?.abilities.create ? (
        <p>
          <Link className="button primary" to={href(lang, '/strategies/new')}>
            {t('delivery.strategies.new')}
          </Link>
        </p>
      ) : null}
      <FilterForm label={t('delivery.filters')} onSubmit={apply} clearTo={href(lang, '/strategies')}>
        <FilterSelect id="strategies-state" label={t('assistance.field.state')} value={draft.stateCode} options={states} onChange={set('stateCode')} />
        <FilterSelect id="strategies-stage" label={t('assistance.field.strategyStage')} value={draft.stage} options={choices(VOCAB.strategyStages, v.strategyStage)} onChange={set('stage')} />
        <FilterSelect id="strategies-scope" label={t('delivery.fields.scope')} value={draft.scope} options={choices(STRATEGY_SCOPES, v.strategyScope)} onChange={set('scope')} />
      </FilterForm>
      {list.data ? (
        <ExportLinks id="strategies-export" formats={['csv', 'xlsx'] as const} url={(format) => deliveryApi.strategiesExportUrl(format, filters)} />
      ) : null}
      <PagedTable
        list={list}
        caption={(count) => t('delivery.strategies.caption', { count })}
        columns={[t('delivery.fields.title'), t('delivery.fields.scope'), t('delivery.fields.states'), t('assistance.field.strategyStage'), t('delivery.strategies.adoptedOn')]}
        empty={t('delivery.strategies.none')}
      >
        {(s) => (
          <tr key={s.id}>
            <th scope="row">
              <Link to={href(lang, `/strategies/${encodeURIComponent(s.id)}`)}>
                <span dir="auto">{s.title}</span>
              </Link>
            </th>
            <td>{v.strategyScope(s.scope)}</td>
            <td>
              <Words ids={s.stateCodes} label={stateName} />
              {s.region ? <span dir="auto"> ({s.region})</span> : null}
            </td>
            <td>{v.strategyStage(s.stage)}</td>
            <td>{s.adoptedOn ? <DateText iso={s.adoptedOn} /> : <span className="muted">—</span>}</td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}

export function StrategyPage({ id }: { id: string }) {
  const { t, tx, lang } = useI18n();
  const v = useVocabulary();
  const session = useSession();
  const stateName = useStateName();
  const [params] = useSearch();
  const strategy = useApi(`strategy:${id}:${session.user?.id ?? 'anonymous'}`, (signal) => deliveryApi.strategy(id, signal));
  const s = strategy.data?.data;
  useDocumentTitle(s?.title ?? t('delivery.strategies.title'));
  if (strategy.error && !s) {
    return (
      <>
        <h1 tabIndex={-1}>{t('delivery.strategies.title')}</h1>
        <FormAlert error={strategy.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <Link to={href(lang, '/strategies')}>{t('delivery.strategies.back')}</Link>
      </>
    );
  }
  if (!s) return <Loading />;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={href(lang, '/strategies')}>{t('delivery.strategies.back')}</Link>
      </p>
      <h1 tabIndex={-1}>
        <span dir="auto">{s.title}</span>
      </h1>
      <StatusMessage>{params.get('saved') ? t('delivery.saved') : null}</StatusMessage>
      {strategy.data?.abilities.update ? (
        <p>
          <Link className="button" to={href(lang, `/strategies/${encodeURIComponent(s.id)}/edit`)}>
            {t('delivery.strategies.edit')}
          </Link>
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t('delivery.fields.scope')}</dt>
          <dd>{v.strategyScope(s.scope)}</dd>
        </div>
        <div>
          <dt>{t('delivery.fields.states')}</dt>
          <dd>
            <Words ids={s.stateCodes} label={stateName} />
            {s.region ? <span dir="auto"> ({s.region})</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('assistance.field.strategyStage')}</dt>
          <dd>
            {v.strategyStage(s.stage)}
            {s.stageChangedOn ? <> ({tx('delivery.strategies.since', { date: <DateText iso={s.stageChangedOn} /> })})</> : null}
          </dd>
        </div>
        <div>
          <dt>{t('delivery.strategies.adoptedOn')}</dt>
          <dd>{s.adoptedOn ? <DateText iso={s.adoptedOn} /> : t('common.unknown')}</dd>
        </div>
        <div>
          <dt>{t('delivery.strategies.heldBy')}</dt>
          <dd><bdi>{s.ownerOrganisationName}</bdi></dd>
        </div>
        <div>
          <dt>{t('documents.fields.confidentiality')}</dt>
          <dd>
            <ConfidentialityBadge level={s.confidentiality} />
          </dd>
        </div>
        {s.documentId ? (
          <div>
            <dt>{t('delivery.strategies.document')}</dt>
            <dd>
              <Link to={href(lang, `/documents/${encodeURIComponent(s.documentId)}`)}>{t('delivery.strategies.openDocument')}</Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {s.notes ? (
        <p className="prewrap" dir="auto">
          {s.notes}
        </p>
      ) : null}
      <RelatedActivities filters={{ strategyId: s.id }} heading={t('delivery.strategies.support')} />
    </article>
  );
}

export function StrategyFormPage({ id }: { id?: string }) {
  return (
    <SignedIn>
      <StrategyFormLoader id={id} />
    </SignedIn>
  );
}

function StrategyFormLoader({ id }: { id?: string }) {
  const strategy = useApi(id ? `strategy-edit:${id}` : null, (signal) => deliveryApi.strategy(id!, signal));
  if (id && !strategy.data) return strategy.error ? <FormAlert error={strategy.error} focus={false} /> : <Loading />;
  return <StrategyForm initial={strategy.data?.data} />;
}

function StrategyForm({ initial }: { initial?: StrategyView }) {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const { user } = useSession();
  const states = useStateChoices();
  const heading = initial ? t('delivery.strategies.edit') : t('delivery.strategies.new');
  useDocumentTitle(heading);
  const own = [...new Map((user?.memberships ?? []).map((m) => [m.organisationId, m])).values()];
  const [scope, setScope] = useState(initial?.scope ?? 'national');
  const [stateCodes, setStateCodes] = useState<string[]>(initial?.stateCodes ?? []);
  const [region, setRegion] = useState(initial?.region ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [stage, setStage] = useState(initial?.stage ?? '');
  const [stageChangedOn, setStageChangedOn] = useState(initial?.stageChangedOn ?? '');
  const [adoptedOn, setAdoptedOn] = useState(initial?.adoptedOn ?? '');
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const [owner, setOwner] = useState(initial?.ownerOrganisationId ?? own[0]?.organisationId ?? '');
  const submit = useSubmit(
    async () => {
      const body: Partial<StrategyView> = {
        scope,
        stateCodes,
        region: region.trim() || null,
        title: title.trim(),
        stage,
        stageChangedOn: stageChangedOn || null,
        adoptedOn: adoptedOn || null,
        notes: notes.trim(),
        ...(initial ? {} : { ownerOrganisationId: owner }),
      };
      return (initial ? await deliveryApi.updateStrategy(initial.id, body) : await deliveryApi.createStrategy(body)).data;
    },
    (saved) => navigate(href(lang, `/strategies/${encodeURIComponent(saved.id)}`, { saved: '1' })),
  );
  return (
    <>
      <p className="breadcrumb">
        <Link to={href(lang, '/strategies')}>{t('delivery.strategies.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{heading}</h1>
      <FormAlert error={submit.error} shownFields={['scope', 'stateCodes', 'region', 'title', 'stage', 'stageChangedOn', 'adoptedOn', 'notes', 'ownerOrganisationId']} />
      <form className="stack" onSubmit={submit.onSubmit} noValidate>
        <TextField label={t('delivery.fields.title')} value={title} onChange={setTitle} issues={submit.issues('title')} required />
        <SelectField label={t('delivery.fields.scope')} value={scope} onChange={setScope} choices={choices(STRATEGY_SCOPES, v.strategyScope)} empty={t('delivery.form.choose')} issues={submit.issues('scope')} required />
        <StatesPicker legend={t('delivery.fields.states')} states={states} value={stateCodes} onChange={setStateCodes} issues={submit.issues('stateCodes')} />
        {scope === 'regional' ? <TextField label={t('delivery.fields.region')} value={region} onChange={setRegion} issues={submit.issues('region')} /> : null}
        <SelectField label={t('assistance.field.strategyStage')} value={stage} onChange={setStage} choices={choices(VOCAB.strategyStages, v.strategyStage)} empty={t('delivery.form.choose')} issues={submit.issues('stage')} required />
        <div className="inline-fields">
          <TextField label={t('delivery.strategies.stageChangedOn')} type="date" value={stageChangedOn} onChange={setStageChangedOn} issues={submit.issues('stageChangedOn')} />
          <TextField label={t('delivery.strategies.adoptedOn')} type="date" value={adoptedOn} onChange={setAdoptedOn} issues={submit.issues('adoptedOn')} />
        </div>
        {!initial ? (
          <SelectField label={t('delivery.strategies.heldBy')} value={owner} onChange={setOwner} choices={own.map((m) => ({ value: m.organisationId, label: m.organisationName }))} empty={t('delivery.form.choose')} issues={submit.issues('ownerOrganisationId')} required />
        ) : null}
        <TextField label={t('delivery.fields.notes')} hint={t('common.optional')} value={notes} onChange={setNotes} rows={4} issues={submit.issues('notes')} />
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('common.save')}</SubmitButton>
          <Link to={initial ? href(lang, `/strategies/${encodeURIComponent(initial.id)}`) : href(lang, '/strategies')}>{t('common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
