// Legislation (issue 13 §1): what each instrument requires States to enact (the checklists, each item linked to its
// article), and one State's incorporation of it, requirement by requirement, with its evidence, who assessed it and
// when, and disagreements; people who may assess record an assessment here.
import { useId, useState } from 'react';
import type { IncorporationAssessmentView, StateLegislationView } from '#web/api-types.ts';
import { DataTable, Cell, DateText, ErrorMessage, Loading, Name, StatusBadge, Text, useDocumentTitle } from '#web/components/common.tsx';
import { ChoiceSelect, Field, FormAlert, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { ArticleLink, Flags, ItemStatus, SummaryLine } from '#web/features/library/legislation-parts.tsx';
import { legislationApi } from '#web/features/library/legislation-api.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

export function LegislationPage() {
  const { t } = useI18n();
  useDocumentTitle(t('legislation.title'));
  const checklists = useApi('legislation-checklists', (signal) => legislationApi.checklists(signal));
  const columns = [t('legislation.columns.requirement'), t('legislation.columns.article')];
  return (
    <article>
      <h1 tabIndex={-1}>{t('legislation.title')}</h1>
      <p className="lead">{t('legislation.intro')}</p>
      {checklists.error ? <ErrorMessage error={checklists.error} /> : null}
      {!checklists.data && !checklists.error ? <Loading /> : null}
      {checklists.data?.map((c) => (
        <section key={c.instrument.id} aria-labelledby={`checklist-${c.instrument.id}`} className="checklist">
          <h2 id={`checklist-${c.instrument.id}`}>
            <Name text={c.instrument.titles} fallback={c.instrument.id} />
          </h2>
          <DataTable caption={t('legislation.items', { count: c.items.length })} columns={columns} stacked>
            {c.items.map((item) => (
              <tr key={item.requirementId} role="row">
                <Cell label={columns[0]}>
                  <RequirementLabel item={item} />
                </Cell>
                <Cell label={columns[1]}>
                  <ArticleLink item={item} />
                </Cell>
              </tr>
            ))}
          </DataTable>
        </section>
      ))}
    </article>
  );
}

type Item = StateLegislationView['instruments'][number]['items'][number];

function RequirementLabel({ item }: { item: Pick<Item, 'category' | 'obligation' | 'quote' | 'paraphrase'> }) {
  const { t } = useI18n();
  return (
    <>
      <strong>{t(`legislation.category.${item.category}` as MessageKey)}</strong>{' '}
      <span className="tag">{t(`legislation.obligation.${item.obligation}` as MessageKey)}</span>
      {item.quote ? (
        <p className="treaty-quote">
          <span className="muted">{t('legislation.quote')}</span>{' '}
          <q lang="en" dir="ltr">
            {item.quote}
          </q>
        </p>
      ) : item.paraphrase ? (
        <p className="muted">
          {t('legislation.paraphrase')}{' '}
          <bdi lang="en" dir="ltr">
            {item.paraphrase}
          </bdi>
        </p>
      ) : null}
    </>
  );
}

export function StateLegislationPage({ code }: { code: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [version, setVersion] = useState(0);
  const view = useApi(`state-legislation:${code}:${version}`, (signal) => legislationApi.state(code, signal));
  const v = view.data;
  const name = v ? i18n.localize(v.participant.names, v.participant.code) : null;
  useDocumentTitle(name ? t('legislation.stateTitle', { state: name.text }) : t('legislation.title'));
  const reload = () => setVersion((n) => n + 1);
  if (view.error) {
    return (
      <>
        <h1 tabIndex={-1}>{t('legislation.title')}</h1>
        <ErrorMessage error={view.error} />
      </>
    );
  }
  if (!v || !name) return <Loading />;
  return (
    <article className="state-legislation">
      <h1 tabIndex={-1}>{i18n.tx('legislation.stateTitle', { state: <Text value={name} /> })}</h1>
      <p className="lead">{t('legislation.stateIntro')}</p>
      <p className="hint">{t('legislation.definition')}</p>
      <p>{t('legislation.assisted', { count: v.assistedRequirements })}</p>
      <p>
        <Link to={href(i18n.lang, `/states/${encodeURIComponent(v.participant.code)}`)}>
          <Text value={name} />
        </Link>
        {t('common.separator')}
        <Link to={href(i18n.lang, '/legislation')}>{t('legislation.allChecklists')}</Link>
      </p>
      {v.abilities.assess ? <AssessmentForm view={v} onSaved={reload} /> : null}
      {v.instruments.map((inst) => (
        <InstrumentSection key={inst.instrument.id} inst={inst} onChanged={reload} />
      ))}
    </article>
  );
}

function InstrumentSection({ inst, onChanged }: { inst: StateLegislationView['instruments'][number]; onChanged: () => void }) {
  const { t } = useI18n();
  const columns = [t('legislation.columns.requirement'), t('legislation.columns.article'), t('legislation.columns.status'), t('legislation.columns.evidence')];
  return (
    <section aria-labelledby={`leg-${inst.instrument.id}`} className="checklist" id={inst.instrument.id}>
      <h2 id={`leg-${inst.instrument.id}`}>
        <Name text={inst.instrument.shortNames} fallback={inst.instrument.id} />
      </h2>
      <p>
        <StatusBadge status={inst.participation} />
        {t('common.separator')}
        <SummaryLine summary={inst.summary} /> <Flags flags={inst.flags} />
      </p>
      <DataTable caption={<Name text={inst.instrument.titles} fallback={inst.instrument.id} />} hideCaption columns={columns} stacked>
        {inst.items.map((item) => (
          <tr key={item.requirementId} role="row" data-requirement={item.requirementId}>
            <Cell label={columns[0]}>
              <RequirementLabel item={item} />
            </Cell>
            <Cell label={columns[1]}>
              <ArticleLink item={item} />
            </Cell>
            <Cell label={columns[2]}>
              <ItemStatus status={item.status} />
              {item.disagreement ? <span className="tag">{t('legislation.disagreement')}</span> : null}
            </Cell>
            <Cell label={columns[3]}>
              {item.assessments.length === 0 ? (
                <span className="muted">{t('legislation.status.not-known')}</span>
              ) : (
                <ul className="assessments">
                  {item.assessments.map((a) => (
                    <Assessment key={a.id} a={a} onChanged={onChanged} />
                  ))}
                </ul>
              )}
            </Cell>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function Assessment({ a, onChanged }: { a: IncorporationAssessmentView; onChanged: () => void }) {
  const { t, tx, lang, localize } = useI18n();
  const withdraw = useSubmit(() => legislationApi.withdraw(a.id), onChanged);
  return (
    <li>
      <ItemStatus status={a.status} /> {t(`legislation.source.${a.source}` as MessageKey)}
      {t('common.separator')}
      {tx('legislation.by', { organisation: <Text value={localize(a.organisation.names, a.organisation.acronym ?? '')} />, date: <DateText iso={a.assessedOn} /> })}
      <br />
      {a.evidence ? (
        <Link to={href(lang, `/documents/${encodeURIComponent(a.evidence.documentId)}`)}>
          <bdi>{a.evidence.documentTitle}</bdi>
          {t('common.separator')}
          <bdi>{a.evidence.label}</bdi>
        </Link>
      ) : (
        <span className="muted">{t('legislation.noEvidence')}</span>
      )}
      {a.note ? (
        <>
          <br />
          <span dir="auto">{a.note}</span>
        </>
      ) : null}
      {a.abilities.withdraw ? (
        <form onSubmit={withdraw.onSubmit} className="inline-form">
          <button type="submit" aria-disabled={withdraw.pending || undefined}>
            {t('legislation.withdraw')}
          </button>
          <FormAlert error={withdraw.error} />
        </form>
      ) : null}
    </li>
  );
}

const STATUSES = ['covered', 'partly-covered', 'not-covered'] as const;
const SOURCES = ['state', 'assistance', 'review'] as const;

function AssessmentForm({ view, onSaved }: { view: StateLegislationView; onSaved: () => void }) {
  const { t, localize } = useI18n();
  const ids = useId();
  const [instrumentId, setInstrumentId] = useState('');
  const [requirementId, setRequirementId] = useState('');
  const [status, setStatus] = useState('');
  const [source, setSource] = useState('');
  const [provisionId, setProvisionId] = useState('');
  const [activityId, setActivityId] = useState('');
  const [note, setNote] = useState('');
  const items = view.instruments.find((i) => i.instrument.id === instrumentId)?.items ?? [];
  const submit = useSubmit(
    () =>
      legislationApi.assess({
        stateCode: view.participant.code,
        instrumentId,
        requirementId,
        status: status as (typeof STATUSES)[number],
        source: source as (typeof SOURCES)[number],
        provisionId: provisionId.trim() || null,
        activityId: activityId.trim() || null,
        note,
      }),
    onSaved,
  );
  return (
    <section aria-labelledby={`${ids}-h`} className="form-box">
      <h2 id={`${ids}-h`}>{t('legislation.form.heading')}</h2>
      <form onSubmit={submit.onSubmit} noValidate>
        <FormAlert error={submit.error} shownFields={['instrumentId', 'requirementId', 'status', 'source', 'provisionId', 'activityId', 'note']} />
        {submit.result ? <StatusMessage focus>{t('legislation.form.saved')}</StatusMessage> : null}
        <Field label={t('legislation.form.instrument')} issues={submit.issues('instrumentId')} id={`${ids}-instrument`}>
          {(control) => (
            <ChoiceSelect
              control={control}
              value={instrumentId}
              onChange={(value) => {
                setInstrumentId(value);
                setRequirementId('');
              }}
              empty={t('legislation.form.choose')}
              choices={view.instruments.map((i) => ({ value: i.instrument.id, label: localize(i.instrument.shortNames, i.instrument.id).text }))}
              required
            />
          )}
        </Field>
        <Field label={t('legislation.form.requirement')} issues={submit.issues('requirementId')} id={`${ids}-requirement`}>
          {(control) => (
            <ChoiceSelect
              control={control}
              value={requirementId}
              onChange={setRequirementId}
              empty={t('legislation.form.choose')}
              choices={items.map((i) => ({
                value: i.requirementId,
                label: `${t(`legislation.category.${i.category}` as MessageKey)} (${t('legislation.readArticle', { article: i.article })})`,
              }))}
              required
            />
          )}
        </Field>
        <Field label={t('legislation.form.status')} issues={submit.issues('status')} id={`${ids}-status`}>
          {(control) => (
            <ChoiceSelect
              control={control}
              value={status}
              onChange={setStatus}
              empty={t('legislation.form.choose')}
              choices={STATUSES.map((s) => ({ value: s, label: t(`legislation.status.${s}`) }))}
              required
            />
          )}
        </Field>
        <Field label={t('legislation.form.source')} issues={submit.issues('source')} id={`${ids}-source`}>
          {(control) => (
            <ChoiceSelect
              control={control}
              value={source}
              onChange={setSource}
              empty={t('legislation.form.choose')}
              choices={SOURCES.map((s) => ({ value: s, label: t(`legislation.source.${s}`) }))}
              required
            />
          )}
        </Field>
        <Field label={t('legislation.form.provision')} hint={t('legislation.form.provisionHint')} issues={submit.issues('provisionId')} id={`${ids}-provision`}>
          {(control) => <input {...control} dir="ltr" value={provisionId} onChange={(e) => setProvisionId(e.target.value)} />}
        </Field>
        {source === 'assistance' ? (
          <Field label={t('legislation.form.activity')} hint={t('legislation.form.activityHint')} issues={submit.issues('activityId')} id={`${ids}-activity`}>
            {(control) => <input {...control} dir="ltr" value={activityId} onChange={(e) => setActivityId(e.target.value)} />}
          </Field>
        ) : null}
        <Field label={t('legislation.form.note')} issues={submit.issues('note')} id={`${ids}-note`}>
          {(control) => <textarea {...control} dir="auto" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <SubmitButton pending={submit.pending}>{t('legislation.form.submit')}</SubmitButton>
      </form>
    </section>
  );
}
