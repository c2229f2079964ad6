// Regional and thematic programmes (OP4): the list, a programme's page (objectives and their indicators, the
// activities under it) and the form officers create or edit one with.
import { useState } from 'react';
import { LANGUAGES } from '#domain/treaties/types.ts';
import type { ObjectiveView, ProgrammeView } from '#web/api-types.ts';
import { DataTable, FilterSelect, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { ExportLinks, FilterForm, PagedTable, useFilterDraft } from '#web/components/filtered-list.tsx';
import { FormAlert, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { ConfidentialityBadge } from '#web/features/accounts/labels.tsx';
import { useStateChoices, useStateName } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { deliveryApi } from '#web/features/assistance/delivery-api.ts';
import { CheckboxGroup, SelectField, StatesPicker, TextField } from '#web/features/assistance/fields.tsx';
import { RelatedActivities } from '#web/features/assistance/related-activities.tsx';
import { choices, DateRange, PROGRAMME_KINDS, useVocabulary, VOCAB, Words } from '#web/features/assistance/vocabulary.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 25;

function useProgrammeName() {
  const { localize } = useI18n();
  return (p: ProgrammeView) => localize(p.names, p.name ?? p.code);
}

export function ProgrammesPage() {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const session = useSession();
  const name = useProgrammeName();
  useDocumentTitle(t('delivery.programmes.title'));
  const [params] = useSearch();
  const filters = { kind: params.get('kind'), theme: params.get('theme'), mandate: params.get('mandate') };
  const page = pageParam(params);
  const list = useApi(`programmes:${session.user?.id ?? 'anonymous'}:${JSON.stringify(filters)}:${page}`, (signal) =>
    deliveryApi.programmes({ ...filters, page, pageSize: PAGE_SIZE }, signal),
  );
  const { draft, set, apply } = useFilterDraft(filters);
  return (
    <>
      <p className="breadcrumb">
        <Link to={href(lang, '/activities')}>{t('delivery.activities.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('delivery.programmes.title')}</h1>
      <p className="lead">{t('delivery.programmes.intro')}</p>
      {list.data?.abilities.create ? (
        <p>
          <Link className="button primary" to={href(lang, '/programmes/new')}>
            {t('delivery.programmes.new')}
          </Link>
        </p>
      ) : null}
      <FilterForm label={t('delivery.filters')} onSubmit={apply} clearTo={href(lang, '/programmes')}>
        <FilterSelect id="programmes-kind" label={t('delivery.fields.programmeKind')} value={draft.kind} options={choices(PROGRAMME_KINDS, v.programmeKind)} onChange={set('kind')} />
        <FilterSelect id="programmes-theme" label={t('assistance.field.theme')} value={draft.theme} options={choices(VOCAB.themes, v.theme)} onChange={set('theme')} />
        <FilterSelect id="programmes-mandate" label={t('delivery.fields.mandate')} value={draft.mandate} options={choices(VOCAB.mandates, v.mandate)} onChange={set('mandate')} />
      </FilterForm>
      {list.data ? (
        <ExportLinks id="programmes-export" formats={['csv', 'xlsx'] as const} url={(format) => deliveryApi.programmesExportUrl(format, filters)} />
      ) : null}
      <PagedTable
        list={list}
        caption={(count) => t('delivery.programmes.caption', { count })}
        columns={[t('delivery.fields.code'), t('delivery.fields.name'), t('delivery.fields.programmeKind'), t('assistance.field.entity'), t('assistance.field.themes'), t('delivery.fields.dates')]}
        empty={t('delivery.programmes.none')}
      >
        {(p) => (
          <tr key={p.id}>
            <td dir="ltr">{p.code}</td>
            <th scope="row">
              <Link to={href(lang, `/programmes/${encodeURIComponent(p.id)}`)}>
                <span lang={name(p).lang} dir="auto">
                  {name(p).text}
                </span>
              </Link>
            </th>
            <td>{v.programmeKind(p.kind)}</td>
            <td><bdi>{p.organisationName ?? ''}</bdi></td>
            <td>
              <Words ids={p.themes} label={v.theme} />
            </td>
            <td>{p.startDate && p.endDate ? <DateRange from={p.startDate} to={p.endDate} /> : <span className="muted">{t('common.unknown')}</span>}</td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}

export function ProgrammePage({ id }: { id: string }) {
  const { t, lang, number } = useI18n();
  const v = useVocabulary();
  const session = useSession();
  const [params] = useSearch();
  const stateName = useStateName();
  const name = useProgrammeName();
  const programme = useApi(`programme:${id}:${session.user?.id ?? 'anonymous'}`, (signal) => deliveryApi.programme(id, signal));
  const p = programme.data?.data;
  useDocumentTitle(p ? name(p).text : t('delivery.programmes.title'));
  if (programme.error && !p) {
    return (
      <>
        <h1 tabIndex={-1}>{t('delivery.programmes.title')}</h1>
        <FormAlert error={programme.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <Link to={href(lang, '/programmes')}>{t('delivery.programmes.back')}</Link>
      </>
    );
  }
  if (!p) return <Loading />;
  const cell = (n: number | null) => (n === null ? <span className="muted">{t('common.unknown')}</span> : number(n));
  return (
    <article>
      <p className="breadcrumb">
        <Link to={href(lang, '/programmes')}>{t('delivery.programmes.back')}</Link>
      </p>
      <h1 tabIndex={-1}>
        <span dir="ltr">{p.code}</span>
        {t('common.separator')}
        <span lang={name(p).lang} dir="auto">
          {name(p).text}
        </span>
      </h1>
      <StatusMessage>{params.get('saved') ? t('delivery.saved') : null}</StatusMessage>
      {programme.data?.abilities.update ? (
        <p>
          <Link className="button" to={href(lang, `/programmes/${encodeURIComponent(p.id)}/edit`)}>
            {t('delivery.programmes.edit')}
          </Link>
        </p>
      ) : null}
      {p.description ? (
        <p className="lead prewrap" dir="auto">
          {p.description}
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t('delivery.fields.programmeKind')}</dt>
          <dd>{v.programmeKind(p.kind)}</dd>
        </div>
        <div>
          <dt>{t('assistance.field.entity')}</dt>
          <dd><bdi>{p.organisationName ?? ''}</bdi></dd>
        </div>
        <div>
          <dt>{t('delivery.fields.dates')}</dt>
          <dd>{p.startDate && p.endDate ? <DateRange from={p.startDate} to={p.endDate} /> : t('common.unknown')}</dd>
        </div>
        <div>
          <dt>{t('delivery.fields.regions')}</dt>
          <dd>{p.regions.length ? p.regions.join(t('delivery.listSeparator')) : t('delivery.none')}</dd>
        </div>
        <div>
          <dt>{t('delivery.fields.states')}</dt>
          <dd>
            <Words ids={p.stateCodes} label={stateName} />
          </dd>
        </div>
        <div>
          <dt>{t('assistance.field.themes')}</dt>
          <dd>
            <Words ids={p.themes} label={v.theme} />
          </dd>
        </div>
        <div>
          <dt>{t('assistance.field.mandates')}</dt>
          <dd>
            <Words ids={p.mandates} label={v.mandate} />
          </dd>
        </div>
        <div>
          <dt>{t('documents.fields.confidentiality')}</dt>
          <dd>
            <ConfidentialityBadge level={p.confidentiality} />
          </dd>
        </div>
      </dl>
      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">{t('delivery.programmes.objectives')}</h2>
        {p.objectives.length === 0 ? <p className="muted">{t('delivery.none')}</p> : null}
        {p.objectives.map((o, i) => (
          <div key={o.id} className="objective">
            <h3 dir="auto">{t('delivery.programmes.objectiveN', { n: i + 1, text: o.text })}</h3>
            {o.indicators.length ? (
              <DataTable
                caption={t('delivery.programmes.indicatorsOf', { n: i + 1 })}
                hideCaption
                columns={[t('delivery.programmes.indicator'), t('delivery.programmes.baseline'), t('delivery.programmes.target'), t('delivery.programmes.actual')]}
              >
                {o.indicators.map((ind) => (
                  <tr key={ind.id}>
                    <th scope="row" dir="auto">
                      {ind.name}
                      {ind.unit ? <span className="muted"> ({ind.unit})</span> : null}
                    </th>
                    <td className="number">{cell(ind.baseline)}</td>
                    <td className="number">{cell(ind.target)}</td>
                    <td className="number">{cell(ind.actual)}</td>
                  </tr>
                ))}
              </DataTable>
            ) : (
              <p className="muted">{t('delivery.programmes.noIndicators')}</p>
            )}
          </div>
        ))}
      </section>
      <RelatedActivities filters={{ programmeId: p.id }} heading={t('delivery.programmes.activities')} />
    </article>
  );
}

export function ProgrammeFormPage({ id }: { id?: string }) {
  return (
    <SignedIn>
      <ProgrammeFormLoader id={id} />
    </SignedIn>
  );
}

function ProgrammeFormLoader({ id }: { id?: string }) {
  const programme = useApi(id ? `programme-edit:${id}` : null, (signal) => deliveryApi.programme(id!, signal));
  if (id && !programme.data) return programme.error ? <FormAlert error={programme.error} focus={false} /> : <Loading />;
  return <ProgrammeForm initial={programme.data?.data} />;
}

const newId = () => (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2));
const numberOrNull = (s: string) => (s.trim() === '' || Number.isNaN(Number(s)) ? null : Number(s));

function ProgrammeForm({ initial }: { initial?: ProgrammeView }) {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const { user } = useSession();
  const states = useStateChoices();
  const heading = initial ? t('delivery.programmes.edit') : t('delivery.programmes.new');
  useDocumentTitle(heading);
  const own = [...new Map((user?.memberships ?? []).filter((m) => m.organisationKind !== 'state-authority').map((m) => [m.organisationId, m])).values()];
  const [code, setCode] = useState(initial?.code ?? '');
  const [kind, setKind] = useState(initial?.kind ?? '');
  const [names, setNames] = useState<Record<string, string>>({ ...(initial?.names ?? {}) });
  const [description, setDescription] = useState(initial?.description ?? '');
  const [organisationId, setOrganisationId] = useState(initial?.organisationId ?? own[0]?.organisationId ?? '');
  const [regions, setRegions] = useState((initial?.regions ?? []).join(', '));
  const [stateCodes, setStateCodes] = useState<string[]>(initial?.stateCodes ?? []);
  const [themes, setThemes] = useState<string[]>(initial?.themes ?? []);
  const [mandates, setMandates] = useState<string[]>(initial?.mandates ?? []);
  const [startDate, setStartDate] = useState(initial?.startDate ?? '');
  const [endDate, setEndDate] = useState(initial?.endDate ?? '');
  const [objectives, setObjectives] = useState<ObjectiveView[]>(initial?.objectives ?? []);
  const submit = useSubmit(
    async () => {
      const body: Partial<ProgrammeView> = {
        code: code.trim(),
        kind,
        names: Object.fromEntries(Object.entries(names).filter(([, s]) => s.trim()).map(([l, s]) => [l, s.trim()])),
        description: description.trim(),
        organisationId,
        regions: regions.split(/[,،、]/).map((r) => r.trim()).filter(Boolean),
        stateCodes,
        themes,
        mandates,
        startDate: startDate || null,
        endDate: endDate || null,
        objectives,
      };
      return (initial ? await deliveryApi.updateProgramme(initial.id, body) : await deliveryApi.createProgramme(body)).data;
    },
    (saved) => navigate(href(lang, `/programmes/${encodeURIComponent(saved.id)}`, { saved: '1' })),
  );
  const updateObjective = (i: number, patch: Partial<ObjectiveView>) => setObjectives((os) => os.map((o, n) => (n === i ? { ...o, ...patch } : o)));
  return (
    <>
      <p className="breadcrumb">
        <Link to={href(lang, '/programmes')}>{t('delivery.programmes.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{heading}</h1>
      <FormAlert error={submit.error} shownFields={['code', 'kind', 'description', 'organisationId', 'stateCodes', 'themes', 'mandates', 'startDate', 'endDate', ...LANGUAGES.map((l) => `names.${l}`)]} />
      <form className="stack" onSubmit={submit.onSubmit} noValidate>
        <TextField label={t('delivery.fields.code')} hint={t('delivery.programmes.codeHint')} value={code} onChange={setCode} issues={submit.issues('code')} required />
        <SelectField label={t('delivery.fields.programmeKind')} value={kind} onChange={setKind} choices={choices(PROGRAMME_KINDS, v.programmeKind)} empty={t('delivery.form.choose')} issues={submit.issues('kind')} required />
        <fieldset>
          <legend>{t('delivery.fields.name')}</legend>
          <p className="hint">{t('delivery.form.namesHint')}</p>
          {LANGUAGES.map((l) => (
            <TextField key={l} label={v.language(l)} value={names[l] ?? ''} onChange={(s) => setNames((n) => ({ ...n, [l]: s }))} issues={submit.issues(`names.${l}`)} />
          ))}
        </fieldset>
        <TextField label={t('delivery.fields.description')} hint={t('common.optional')} value={description} onChange={setDescription} rows={4} issues={submit.issues('description')} />
        {!initial ? (
          <SelectField label={t('delivery.programmes.ledBy')} value={organisationId} onChange={setOrganisationId} choices={own.map((m) => ({ value: m.organisationId, label: m.organisationName }))} empty={t('delivery.form.choose')} issues={submit.issues('organisationId')} required />
        ) : null}
        <TextField label={t('delivery.fields.regions')} hint={t('delivery.programmes.regionsHint')} value={regions} onChange={setRegions} issues={submit.issues('regions')} />
        <StatesPicker legend={t('delivery.fields.states')} states={states} value={stateCodes} onChange={setStateCodes} issues={submit.issues('stateCodes')} />
        <CheckboxGroup legend={t('assistance.field.themes')} choices={choices(VOCAB.themes, v.theme)} value={themes} onChange={setThemes} issues={submit.issues('themes')} columns />
        <CheckboxGroup legend={t('assistance.field.mandates')} choices={choices(VOCAB.mandates, v.mandate)} value={mandates} onChange={setMandates} issues={submit.issues('mandates')} columns />
        <div className="inline-fields">
          <TextField label={t('delivery.fields.startDate')} type="date" value={startDate} onChange={setStartDate} issues={submit.issues('startDate')} />
          <TextField label={t('delivery.fields.endDate')} type="date" value={endDate} onChange={setEndDate} issues={submit.issues('endDate')} />
        </div>
        <fieldset>
          <legend>{t('delivery.programmes.objectives')}</legend>
          {objectives.map((o, i) => (
            <fieldset key={o.id} className="objective">
              <legend>{t('delivery.programmes.objectiveLegend', { n: i + 1 })}</legend>
              <TextField label={t('delivery.programmes.objectiveText')} value={o.text} onChange={(text) => updateObjective(i, { text })} rows={2} />
              {o.indicators.map((ind, k) => {
                const setInd = (patch: Partial<typeof ind>) => updateObjective(i, { indicators: o.indicators.map((x, m) => (m === k ? { ...x, ...patch } : x)) });
                return (
                  <div key={ind.id} className="inline-fields wrap" role="group" aria-label={t('delivery.programmes.indicatorLegend', { n: k + 1 })}>
                    <TextField label={t('delivery.programmes.indicator')} value={ind.name} onChange={(name) => setInd({ name })} />
                    <TextField label={t('delivery.programmes.unit')} value={ind.unit ?? ''} onChange={(unit) => setInd({ unit: unit || null })} />
                    <TextField label={t('delivery.programmes.baseline')} type="number" value={ind.baseline?.toString() ?? ''} onChange={(s) => setInd({ baseline: numberOrNull(s) })} />
                    <TextField label={t('delivery.programmes.target')} type="number" value={ind.target?.toString() ?? ''} onChange={(s) => setInd({ target: numberOrNull(s) })} />
                    <TextField label={t('delivery.programmes.actual')} type="number" value={ind.actual?.toString() ?? ''} onChange={(s) => setInd({ actual: numberOrNull(s) })} />
                    <button type="button" onClick={() => updateObjective(i, { indicators: o.indicators.filter((_, m) => m !== k) })}>
                      {t('delivery.programmes.removeIndicator', { n: k + 1 })}
                    </button>
                  </div>
                );
              })}
              <div className="actions">
                <button type="button" onClick={() => updateObjective(i, { indicators: [...o.indicators, { id: newId(), name: '', unit: null, baseline: null, target: null, actual: null }] })}>
                  {t('delivery.programmes.addIndicator')}
                </button>
                <button type="button" onClick={() => setObjectives((os) => os.filter((_, n) => n !== i))}>
                  {t('delivery.programmes.removeObjective', { n: i + 1 })}
                </button>
              </div>
            </fieldset>
          ))}
          <button type="button" onClick={() => setObjectives((os) => [...os, { id: newId(), text: '', indicators: [] }])}>
            {t('delivery.programmes.addObjective')}
          </button>
        </fieldset>
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('common.save')}</SubmitButton>
          <Link to={initial ? href(lang, `/programmes/${encodeURIComponent(initial.id)}`) : href(lang, '/programmes')}>{t('common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
