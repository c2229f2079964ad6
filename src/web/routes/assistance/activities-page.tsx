// One activity: what, when, where, for whom; participants by sex and by institution kind; outputs and follow-up;
// results (a ratification links to the State's treaty event); the request, programme or strategy it serves.
import { useState } from 'react';
import { isConsentKind } from '#domain/treaties/types.ts';
import { api, type ApiIssue } from '#web/api.ts';
import type { ActivityView, ResultView } from '#web/api-types.ts';
import { DataTable, DateText, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { Field, FormAlert, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { ConfidentialityBadge } from '#web/features/accounts/labels.tsx';
import { useOrganisations, useStateName } from '#web/features/accounts/reference.tsx';
import { deliveryApi, savedOverlaps } from '#web/features/assistance/delivery-api.ts';
import { SelectField, TextField } from '#web/features/assistance/fields.tsx';
import { OverlapWarning } from '#web/features/assistance/overlap-warning.tsx';
import { isFutureDate, localToday } from '#web/features/assistance/result-date.ts';
import { choices, DateRange, RESULT_KINDS, useVocabulary, Words } from '#web/features/assistance/vocabulary.tsx';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

export function ActivityPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const [params] = useSearch();
  const [version, setVersion] = useState(0);
  const [recorded, setRecorded] = useState(false);
  const who = session.user?.id ?? 'anonymous';
  const activity = useApi(`activity:${id}:${who}:${version}`, (signal) => deliveryApi.activity(id, signal));
  const a = activity.data?.data;
  const abilities = activity.data?.abilities ?? {};
  useDocumentTitle(a?.title ?? t('delivery.activity.title'));
  // Overlaps found on saving: the form kept them for this page, which it opens next with ?created=1 or ?saved=1.
  const overlapsFound = savedOverlaps.get(id) ?? [];

  if (activity.error && !a) {
    return (
      <>
        <h1 tabIndex={-1}>{t('delivery.activity.title')}</h1>
        <FormAlert error={activity.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <p>
          <Link to={href(lang, '/activities')}>{t('delivery.activities.back')}</Link>
        </p>
      </>
    );
  }
  if (!a) return <Loading />;
  const mayRecord = abilities.recordResult ?? abilities.createResult ?? abilities.result ?? false;
  return (
    <article className="activity">
      <p className="breadcrumb">
        <Link to={href(lang, '/activities')}>{t('delivery.activities.back')}</Link>
      </p>
      <h1 tabIndex={-1}>
        <span dir="auto">{a.title}</span>
      </h1>
      <StatusMessage>
        {recorded
          ? t('delivery.result.recorded')
          : params.get('saved')
            ? t('delivery.activity.saved')
            : params.get('created')
              ? t('delivery.activity.created')
              : null}
      </StatusMessage>
      {params.get('created') || params.get('saved') ? <OverlapWarning overlaps={overlapsFound} phase="saved" /> : null}
      {abilities.update ? (
        <p>
          <Link className="button" to={href(lang, `/activities/${encodeURIComponent(a.id)}/edit`)}>
            {t('delivery.activity.edit')}
          </Link>
        </p>
      ) : null}
      <Details activity={a} />
      <Participants activity={a} />
      <section aria-labelledby="outputs-heading">
        <h2 id="outputs-heading">{t('delivery.fields.outputs')}</h2>
        {a.outputs ? <p className="prewrap" dir="auto">{a.outputs}</p> : <p className="muted">{t('delivery.none')}</p>}
        <h2>{t('delivery.fields.followUp')}</h2>
        {a.followUp ? <p className="prewrap" dir="auto">{a.followUp}</p> : <p className="muted">{t('delivery.none')}</p>}
      </section>
      <Results activity={a} />
      {mayRecord ? (
        <RecordResult
          activity={a}
          onRecorded={() => {
            setRecorded(true);
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
    </article>
  );
}

function Details({ activity: a }: { activity: ActivityView }) {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const stateName = useStateName();
  return (
    <dl className="facts">
      <div>
        <dt>{t('assistance.field.activityKind')}</dt>
        <dd>{v.activityKind(a.kind)}</dd>
      </div>
      <div>
        <dt>{t('assistance.field.status')}</dt>
        <dd>{v.activityStatus(a.status)}</dd>
      </div>
      <div>
        <dt>{t('delivery.fields.dates')}</dt>
        <dd>
          <DateRange from={a.startDate} to={a.endDate} />
        </dd>
      </div>
      <div>
        <dt>{t('delivery.fields.place')}</dt>
        <dd>
          {a.place ? (
            <>
              {a.place.city ? <span dir="auto">{a.place.city}</span> : null}
              {a.place.city ? t('common.separator') : null}
              {stateName(a.place.countryCode)}
            </>
          ) : null}
          {a.online ? (a.place ? ` (${t('delivery.fields.alsoOnline')})` : t('delivery.fields.online')) : null}
        </dd>
      </div>
      <div>
        <dt>{t('assistance.field.entity')}</dt>
        <dd><bdi>{a.organisationName}</bdi></dd>
      </div>
      <div>
        <dt>{t('delivery.fields.states')}</dt>
        <dd>
          {a.stateCodes.map((code, i) => (
            <span key={code}>
              {i ? t('delivery.listSeparator') : null}
              <Link to={href(lang, `/states/${encodeURIComponent(code)}`)}>{stateName(code)}</Link>
            </span>
          ))}
        </dd>
      </div>
      <div>
        <dt>{t('assistance.field.themes')}</dt>
        <dd>
          <Words ids={a.themes} label={v.theme} />
        </dd>
      </div>
      <div>
        <dt>{t('assistance.field.mandates')}</dt>
        <dd>
          {a.mandates.length ? (
            <ul className="plain">
              {a.mandates.map((m) => (
                <li key={m}>
                  <Link to={href(lang, '/activities', { mandate: m })}>{v.mandate(m)}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">{t('delivery.none')}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('assistance.field.languages')}</dt>
        <dd>
          <Words ids={a.languages} label={v.language} />
        </dd>
      </div>
      <div>
        <dt>{t('delivery.fields.partners')}</dt>
        <dd>
          <Partners ids={a.partnerOrganisationIds} />
        </dd>
      </div>
      <div>
        <dt>{t('delivery.fields.beneficiaries')}</dt>
        <dd>
          {a.beneficiaries.length ? (
            <ul className="plain">
              {a.beneficiaries.map((b, i) => (
                <li key={i}>
                  <span dir="auto">{b.name}</span>
                  {b.kind ? <span className="muted"> ({v.institutionKind(b.kind)})</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">{t('delivery.none')}</span>
          )}
        </dd>
      </div>
      {a.confidentiality ? (
        <div>
          <dt>{t('documents.fields.confidentiality')}</dt>
          <dd>
            <ConfidentialityBadge level={a.confidentiality} />
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('delivery.activity.servesHeading')}</dt>
        <dd>
          <ul className="plain">
            {a.requestId ? (
              <li>
                {t('delivery.activity.request')}{' '}
                <Link to={href(lang, `/requests/${encodeURIComponent(a.requestId)}`)}>
                  {a.request ? (
                    <>
                      <span dir="ltr">{a.request.reference}</span>
                      {t('common.separator')}
                      <span dir="auto">{a.request.title}</span>
                    </>
                  ) : (
                    t('delivery.activity.openRequest')
                  )}
                </Link>
              </li>
            ) : null}
            {a.programmeId ? (
              <li>
                {t('delivery.activity.programme')}{' '}
                <Link to={href(lang, `/programmes/${encodeURIComponent(a.programmeId)}`)}>
                  {a.programme ? (
                    <>
                      <span dir="ltr">{a.programme.code}</span>
                      {t('common.separator')}
                      <span dir="auto">{a.programme.name}</span>
                    </>
                  ) : (
                    t('delivery.activity.openProgramme')
                  )}
                </Link>
              </li>
            ) : null}
            {a.strategyId ? (
              <li>
                {t('delivery.activity.strategy')}{' '}
                <Link to={href(lang, `/strategies/${encodeURIComponent(a.strategyId)}`)}>
                  <span dir="auto">{a.strategy?.title ?? t('delivery.activity.openStrategy')}</span>
                </Link>
              </li>
            ) : null}
            {!a.requestId && !a.programmeId && !a.strategyId ? <li className="muted">{t('delivery.none')}</li> : null}
          </ul>
        </dd>
      </div>
    </dl>
  );
}

/** Partner entities by name (the directory is for signed-in readers; others see how many). */
function Partners({ ids }: { ids: string[] }) {
  const { t, number } = useI18n();
  const { user } = useSession();
  if (ids.length === 0) return <span className="muted">{t('delivery.none')}</span>;
  return user ? <PartnerNames ids={ids} /> : <>{number(ids.length)}</>;
}

function PartnerNames({ ids }: { ids: string[] }) {
  const { t } = useI18n();
  const { organisations } = useOrganisations();
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  return <>{ids.map((id) => names.get(id) ?? id).join(t('delivery.listSeparator'))}</>;
}

function Participants({ activity: a }: { activity: ActivityView }) {
  const { t, number } = useI18n();
  const v = useVocabulary();
  const p = a.participants;
  const kinds = Object.entries(p?.byInstitutionKind ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number');
  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t('delivery.participants.heading')}</h2>
      {!p || (p.total == null && !p.bySex && kinds.length === 0) ? (
        <p className="muted">{t('delivery.participants.none')}</p>
      ) : (
        <>
          {p.total != null ? <p>{t('delivery.participants.total', { count: p.total })}</p> : null}
          {p.bySex ? (
            <DataTable
              caption={t('delivery.participants.bySex')}
              columns={[t('delivery.participants.sex'), t('delivery.participants.count')]}
            >
              {(['female', 'male', 'otherOrUndisclosed'] as const).map((k) => (
                <tr key={k}>
                  <th scope="row">{t(`delivery.participants.${k}` as MessageKey)}</th>
                  <td className="number">{number(p.bySex![k])}</td>
                </tr>
              ))}
            </DataTable>
          ) : null}
          {kinds.length ? (
            <DataTable
              caption={t('delivery.participants.byInstitutionKind')}
              columns={[t('assistance.field.institutionKind'), t('delivery.participants.count')]}
            >
              {kinds.map(([k, n]) => (
                <tr key={k}>
                  <th scope="row">{v.institutionKind(k)}</th>
                  <td className="number">{number(n)}</td>
                </tr>
              ))}
            </DataTable>
          ) : null}
        </>
      )}
    </section>
  );
}

function Results({ activity: a }: { activity: ActivityView }) {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const stateName = useStateName();
  const results: ResultView[] = a.results ?? [];
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t('delivery.result.heading')}</h2>
      {results.length === 0 ? (
        <p className="muted">{t('delivery.result.none')}</p>
      ) : (
        <DataTable
          caption={t('delivery.result.caption', { count: results.length })}
          hideCaption
          columns={[t('assistance.field.resultKind'), t('delivery.fields.date'), t('assistance.field.state'), t('delivery.result.record')]}
        >
          {results.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                {v.resultKind(r.kind)}
                {r.description ? (
                  <span className="muted" dir="auto">
                    {' '}
                    — {r.description}
                  </span>
                ) : null}
              </th>
              <td>
                <DateText iso={r.confirmedAt ?? r.date} />
                {r.status === 'expected' ? <span className="muted"> — {t('delivery.result.statusExpected')}</span> : null}
              </td>
              <td>{stateName(r.stateCode)}</td>
              <td>
                {r.participationEvent !== null ? (
                  <Link to={href(lang, `/states/${encodeURIComponent(r.stateCode)}`) + `#event-${r.participationEvent.id}`}>
                    {t('delivery.result.treatyEvent')}
                  </Link>
                ) : r.instrumentId ? (
                  <Link to={href(lang, `/instruments/${encodeURIComponent(r.instrumentId)}`)}>{t('delivery.result.instrument')}</Link>
                ) : (
                  <span className="muted">{t('delivery.none')}</span>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/**
 * Records a result; a deposited ratification is chosen among the State's treaty events, never typed in. One not yet
 * deposited is recorded as expected, naming the instrument: the server confirms it when the deposit is imported.
 */
function RecordResult({ activity, onRecorded }: { activity: ActivityView; onRecorded: () => void }) {
  const { t } = useI18n();
  const v = useVocabulary();
  const stateName = useStateName();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState('');
  const [stateCode, setStateCode] = useState(activity.stateCodes[0] ?? '');
  const [date, setDate] = useState('');
  const [eventId, setEventId] = useState('');
  const [expected, setExpected] = useState(false);
  const [instrumentId, setInstrumentId] = useState('');
  const [description, setDescription] = useState('');
  const isExpected = kind === 'ratification-deposited' && expected;
  const submit = useSubmit(
    async () =>
      (
        await deliveryApi.recordResult(activity.id, {
          kind,
          stateCode: stateCode || null,
          date: isExpected ? null : date || null,
          participationEventId: kind === 'ratification-deposited' && !isExpected && eventId ? Number(eventId) : null,
          ...(isExpected ? { expected: true, instrumentId: instrumentId || null, expectedDate: date || null } : {}),
          description: description.trim(),
        })
      ).data,
    () => {
      setOpen(false);
      setKind('');
      setEventId('');
      setExpected(false);
      setInstrumentId('');
      setDate('');
      setDescription('');
      onRecorded();
    },
  );
  if (!open) {
    return (
      <p>
        <button type="button" onClick={() => setOpen(true)}>
          {t('delivery.result.add')}
        </button>
      </p>
    );
  }
  const fields = ['kind', 'stateCode', 'date', 'participationEventId', 'expected', 'instrumentId', 'expectedDate', 'description'];
  return (
    <section className="panel" aria-labelledby="record-result-heading">
      <h2 id="record-result-heading">{t('delivery.result.add')}</h2>
      <FormAlert error={submit.error} shownFields={fields} />
      <form className="stack" onSubmit={submit.onSubmit} noValidate>
        <SelectField
          label={t('assistance.field.resultKind')}
          value={kind}
          onChange={setKind}
          choices={choices(RESULT_KINDS, v.resultKind)}
          empty={t('delivery.form.choose')}
          issues={submit.issues('kind')}
          required
        />
        <SelectField
          label={t('assistance.field.state')}
          value={stateCode}
          onChange={(s) => {
            setStateCode(s);
            setEventId('');
          }}
          choices={activity.stateCodes.map((c) => ({ value: c, label: stateName(c) }))}
          empty={t('delivery.form.chooseState')}
          issues={submit.issues('stateCode')}
          required
        />
        {kind === 'ratification-deposited' ? (
          <fieldset>
            <legend>{t('delivery.result.depositChoice')}</legend>
            <ul className="radios">
              {([false, true] as const).map((choice) => (
                <li key={String(choice)}>
                  <input
                    type="radio"
                    id={`deposit-${choice ? 'expected' : 'deposited'}`}
                    name="deposit"
                    checked={expected === choice}
                    onChange={() => setExpected(choice)}
                  />
                  <label htmlFor={`deposit-${choice ? 'expected' : 'deposited'}`}>
                    {t(choice ? 'delivery.result.expected' : 'delivery.result.deposited')}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
        {isExpected ? <InstrumentField value={instrumentId} onChange={setInstrumentId} issues={submit.issues('instrumentId')} /> : null}
        {kind === 'ratification-deposited' && !isExpected && stateCode ? (
          <TreatyEventField
            stateCode={stateCode}
            after={activity.startDate}
            value={eventId}
            onChange={(value, eventDate) => {
              setEventId(value);
              if (eventDate) setDate(eventDate);
            }}
            issues={submit.issues('participationEventId')}
          />
        ) : null}
        {isExpected ? (
          <TextField label={t('delivery.result.expectedDate')} hint={t('common.optional')} type="date" value={date} onChange={setDate} issues={submit.issues('expectedDate')} />
        ) : (
          <TextField label={t('delivery.fields.date')} type="date" value={date} onChange={setDate} issues={submit.issues('date')} required />
        )}
        {!isExpected && isFutureDate(date, localToday()) ? (
          <p className="warning-text result-future" role="status">
            {t('delivery.result.futureWarning')}
          </p>
        ) : null}
        <TextField
          label={t('delivery.result.description')}
          hint={t('common.optional')}
          value={description}
          onChange={setDescription}
          rows={3}
          issues={submit.issues('description')}
        />
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('delivery.result.save')}</SubmitButton>
          <button type="button" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Every instrument tracked, for an expected ratification. */
function InstrumentField({ value, onChange, issues }: { value: string; onChange: (value: string) => void; issues: ApiIssue[] }) {
  const i18n = useI18n();
  const list = useApi('instruments', (signal) => api.instruments(signal));
  if (list.loading && !list.data) return <Loading />;
  return (
    <SelectField
      label={i18n.t('delivery.result.instrumentField')}
      value={value}
      onChange={onChange}
      choices={(list.data?.data ?? []).map((i) => ({ value: i.id, label: i18n.localize(i.shortNames, i.id).text }))}
      empty={i18n.t('delivery.form.choose')}
      issues={issues}
      required
    />
  );
}

/** The State's deposits of consent (ratification, accession…) from its treaty record, newest first. */
function TreatyEventField({
  stateCode,
  after,
  value,
  onChange,
  issues,
}: {
  stateCode: string;
  after: string;
  value: string;
  onChange: (value: string, date: string | null) => void;
  issues: ApiIssue[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const profile = useApi(`participant:${stateCode}:latest`, (signal) => api.participant(stateCode, null, signal));
  const p = profile.data?.data;
  const instruments = new Map((p?.participation ?? []).map((r) => [r.instrument.id, r.instrument]));
  const events = (p?.timeline ?? []).filter((e) => isConsentKind(e.kind)).sort((x, y) => (y.date ?? '').localeCompare(x.date ?? ''));
  const label = (e: (typeof events)[number]) => {
    const inst = instruments.get(e.instrumentId);
    return [
      inst ? i18n.localize(inst.shortNames, e.instrumentId).text : e.instrumentId,
      t(`eventKind.${e.kind}`),
      e.date ? i18n.date(e.date) : t('common.undated'),
    ].join(t('common.separator'));
  };
  if (profile.loading && !p) return <Loading />;
  return (
    <Field label={t('delivery.result.treatyEventField')} hint={t('delivery.result.treatyEventHint')} issues={issues}>
      {(control) => (
        <select
          {...control}
          required
          value={value}
          onChange={(e) => onChange(e.target.value, events.find((x) => String(x.id) === e.target.value)?.date ?? null)}
        >
          <option value="">{events.length ? t('delivery.form.choose') : t('delivery.result.noEvents')}</option>
          {events.map((e) => (
            <option key={e.id} value={String(e.id)}>
              {label(e)}
              {e.date && e.date < after ? ` (${t('delivery.result.beforeActivity')})` : ''}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

