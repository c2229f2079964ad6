// Planning or editing an activity (/activities/new?requestId=…, /activities/{id}/edit). While States, themes and
// dates are set, the form asks the API which other entities' activities meet it and shows them before saving; after
// saving, the activity's page shows the overlaps the save recorded for the coordinators.
import { useEffect, useState } from 'react';
import { INSTITUTION_KINDS } from '#domain/assistance/activities.ts';
import { ApiError, apiClient } from '#web/api.ts';
import type { ActivityInputBody, ActivityView, BeneficiaryView, OverlapView } from '#web/api-types.ts';
import { Loading, useDocumentTitle } from '#web/components/common.tsx';
import { Field, FormAlert, issueMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import type { ApiIssue } from '#web/api.ts';
import { useOrganisations, useStateChoices } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { activityFieldId } from '#web/features/assistance/activity-form-fields.ts';
import { deliveryApi, savedOverlaps } from '#web/features/assistance/delivery-api.ts';
import { CheckboxGroup, SelectField, StatesPicker, TextField } from '#web/features/assistance/fields.tsx';
import { OverlapWarning } from '#web/features/assistance/overlap-warning.tsx';
import { ErrorSummary } from '#web/features/assistance/requests-ui.tsx';
import {
  checkCounts,
  fromParticipantCounts,
  toParticipantCounts,
  type CountsDraft,
} from '#web/features/assistance/participant-counts.ts';
import { ACTIVITY_STATUSES, choices, useVocabulary, VOCAB } from '#web/features/assistance/vocabulary.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

export function ActivityNewPage() {
  return (
    <SignedIn>
      <NewActivity />
    </SignedIn>
  );
}

export function ActivityEditPage({ id }: { id: string }) {
  return (
    <SignedIn>
      <EditActivity id={id} />
    </SignedIn>
  );
}

interface RequestPrefill {
  stateCode: string;
  themes: string[];
  mandates: string[];
  languages: string[];
  title: string;
  addressedToOrganisationId: string;
}

function NewActivity() {
  const { t } = useI18n();
  const [params] = useSearch();
  const requestId = params.get('requestId');
  const programmeId = params.get('programmeId');
  const strategyId = params.get('strategyId');
  useDocumentTitle(t('delivery.activityForm.newTitle'));
  // Planning under a request starts from what the State asked for.
  const request = useApi(requestId ? `request-prefill:${requestId}` : null, async (signal) => {
    const body = (await apiClient.getJson(`/assistance-requests/${encodeURIComponent(requestId!)}`, {}, signal)) as {
      data: RequestPrefill;
    };
    return body.data;
  });
  if (requestId && request.loading) return <Loading />;
  const r = request.data;
  const initial: Partial<ActivityView> = {
    requestId,
    programmeId,
    strategyId,
    stateCodes: r ? [r.stateCode] : [],
    themes: r?.themes ?? [],
    mandates: r?.mandates ?? [],
    languages: r?.languages ?? [],
    organisationId: r?.addressedToOrganisationId,
  };
  return <ActivityForm initial={initial} heading={t('delivery.activityForm.newTitle')} requestTitle={r?.title ?? null} />;
}

function EditActivity({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const activity = useApi(`activity-edit:${id}`, (signal) => deliveryApi.activity(id, signal));
  useDocumentTitle(t('delivery.activityForm.editTitle'));
  if (activity.error) {
    return (
      <>
        <h1 tabIndex={-1}>{t('delivery.activityForm.editTitle')}</h1>
        <FormAlert error={activity.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <Link to={href(lang, '/activities')}>{t('delivery.activities.back')}</Link>
      </>
    );
  }
  if (!activity.data) return <Loading />;
  return <ActivityForm initial={activity.data.data} heading={t('delivery.activityForm.editTitle')} requestTitle={null} />;
}

const FIELDS = [
  'kind',
  'title',
  'organisationId',
  'stateCodes',
  'themes',
  'mandates',
  'startDate',
  'endDate',
  'online',
  'place',
  'place.city',
  'place.countryCode',
  'languages',
  'partnerOrganisationIds',
  'beneficiaries',
  'participants',
  'participants.total',
  'participants.bySex',
  'participants.byInstitutionKind',
  'outputs',
  'followUp',
  'status',
  'programmeId',
];

function ActivityForm({
  initial,
  heading,
  requestTitle,
}: {
  initial: Partial<ActivityView>;
  heading: string;
  requestTitle: string | null;
}) {
  const { t, lang, localize } = useI18n();
  const v = useVocabulary();
  const { user } = useSession();
  const states = useStateChoices();
  const { organisations } = useOrganisations();
  const editing = Boolean(initial.id);
  // The entities the planner works for (not State authorities) may deliver it.
  const own = [...new Map((user?.memberships ?? []).filter((m) => m.organisationKind !== 'state-authority').map((m) => [m.organisationId, m])).values()];
  const [kind, setKind] = useState(initial.kind ?? '');
  const [title, setTitle] = useState(initial.title ?? '');
  const [organisationId, setOrganisationId] = useState(initial.organisationId ?? own[0]?.organisationId ?? '');
  const [stateCodes, setStateCodes] = useState<string[]>(initial.stateCodes ?? []);
  const [themes, setThemes] = useState<string[]>(initial.themes ?? []);
  const [mandates, setMandates] = useState<string[]>(initial.mandates ?? []);
  const [startDate, setStartDate] = useState(initial.startDate ?? '');
  const [endDate, setEndDate] = useState(initial.endDate ?? '');
  const [online, setOnline] = useState(initial.online ?? false);
  const [city, setCity] = useState(initial.place?.city ?? '');
  const [countryCode, setCountryCode] = useState(initial.place?.countryCode ?? '');
  const [languages, setLanguages] = useState<string[]>(initial.languages ?? []);
  const [partners, setPartners] = useState<string[]>(initial.partnerOrganisationIds ?? []);
  const [beneficiaries, setBeneficiaries] = useState<BeneficiaryView[]>(initial.beneficiaries ?? []);
  const [counts, setCounts] = useState<CountsDraft>(fromParticipantCounts(initial.participants));
  const [outputs, setOutputs] = useState(initial.outputs ?? '');
  const [followUp, setFollowUp] = useState(initial.followUp ?? '');
  const [status, setStatus] = useState(initial.status ?? 'planned');
  const [programmeId, setProgrammeId] = useState(initial.programmeId ?? '');
  const programmes = useApi('programmes:choices', (signal) => deliveryApi.programmes({ pageSize: 200 }, signal));

  const body: ActivityInputBody = {
    kind,
    title: title.trim(),
    organisationId: organisationId || undefined,
    requestId: initial.requestId ?? null,
    programmeId: programmeId || null,
    strategyId: initial.strategyId ?? null,
    stateCodes,
    themes,
    mandates,
    startDate,
    endDate,
    online,
    place: countryCode ? { city: city.trim() || null, countryCode } : null,
    languages,
    partnerOrganisationIds: partners,
    beneficiaries: beneficiaries.filter((b) => b.name.trim()).map((b) => ({ name: b.name.trim(), kind: b.kind || null })),
    participants: toParticipantCounts(counts),
    outputs: outputs.trim(),
    followUp: followUp.trim(),
    ...(editing ? { status } : {}),
  };

  // The dry-run overlap check, once States, themes and both dates are set (after typing settles).
  const ready = stateCodes.length > 0 && themes.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(startDate) && /^\d{4}-\d{2}-\d{2}$/.test(endDate);
  const checkKey = ready ? JSON.stringify([initial.id, organisationId, stateCodes, themes, startDate, endDate]) : null;
  const [debouncedKey, setDebouncedKey] = useState<string | null>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebouncedKey(checkKey), 400);
    return () => window.clearTimeout(timer);
  }, [checkKey]);
  const check = useApi(debouncedKey && debouncedKey === checkKey ? `overlap-check:${debouncedKey}` : null, (signal) =>
    deliveryApi.overlapCheck({ activityId: initial.id ?? null, organisationId: organisationId || null, stateCodes, themes, startDate, endDate }, signal),
  );
  const overlaps: OverlapView[] = checkKey && check.data ? check.data : [];

  const submit = useSubmit(
    () => (editing ? deliveryApi.updateActivity(initial.id!, body) : deliveryApi.createActivity(body)),
    (saved) => {
      savedOverlaps.set(saved.data.id, saved.overlaps);
      navigate(href(lang, `/activities/${encodeURIComponent(saved.data.id)}`, editing ? { saved: '1' } : { created: '1' }));
    },
  );
  // Every refused field, linked from the summary at the top (as the request wizard does).
  const issues = submit.error instanceof ApiError && submit.error.code === 'VALIDATION_FAILED' ? submit.error.issues : [];
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (submit.error) setAttempt((a) => a + 1);
  }, [submit.error]);
  const LABELS: Record<string, string> = {
    kind: t('assistance.field.activityKind'),
    title: t('delivery.fields.title'),
    organisationId: t('delivery.activityForm.deliveredBy'),
    status: t('assistance.field.status'),
    programmeId: t('delivery.activity.programme'),
    stateCodes: t('delivery.fields.states'),
    themes: t('assistance.field.themes'),
    mandates: t('assistance.field.mandates'),
    startDate: t('delivery.fields.startDate'),
    endDate: t('delivery.fields.endDate'),
    online: t('delivery.fields.online'),
    place: t('delivery.fields.place'),
    languages: t('assistance.field.languages'),
    partnerOrganisationIds: t('delivery.fields.partners'),
    beneficiaries: t('delivery.fields.beneficiaries'),
    participants: t('delivery.participants.heading'),
    outputs: t('delivery.fields.outputs'),
    followUp: t('delivery.fields.followUp'),
  };
  const labelOf = (field: string) =>
    field === 'place.city' ? t('delivery.fields.city') : field === 'place.countryCode' ? t('delivery.fields.country') : (LABELS[field.split('.')[0] ?? field] ?? field);
  const partnerChoices = organisations
    .filter((o) => o.id !== organisationId && !o.archived && o.kind !== 'state-authority')
    .map((o) => ({ value: o.id, label: o.name }));

  return (
    <>
      <p className="breadcrumb">
        {editing ? (
          <Link to={href(lang, `/activities/${encodeURIComponent(initial.id!)}`)}>{t('delivery.activity.back')}</Link>
        ) : (
          <Link to={href(lang, '/activities')}>{t('delivery.activities.back')}</Link>
        )}
      </p>
      <h1 tabIndex={-1}>{heading}</h1>
      {requestTitle ? (
        <p className="lead">
          {t('delivery.activityForm.forRequest')} <span dir="auto">{requestTitle}</span>
        </p>
      ) : null}
      <ErrorSummary issues={issues} fieldLabel={labelOf} fieldId={activityFieldId} token={attempt} />
      <FormAlert error={submit.error} shownFields={FIELDS} focus={issues.length === 0} />
      <form className="stack" onSubmit={submit.onSubmit} noValidate>
        <section aria-labelledby="activity-section-activity" className="form-section">
          <h2 id="activity-section-activity">{t('delivery.activityForm.sections.activity')}</h2>
          <SelectField
            id="activity-kind"
            label={t('assistance.field.activityKind')}
            value={kind}
            onChange={setKind}
            choices={choices(VOCAB.activityKinds, v.activityKind)}
            empty={t('delivery.form.choose')}
            issues={submit.issues('kind')}
            required
          />
          <TextField id="activity-title" label={t('delivery.fields.title')} value={title} onChange={setTitle} issues={submit.issues('title')} required />
          {!editing ? (
            <SelectField
              id="activity-organisationId"
              label={t('delivery.activityForm.deliveredBy')}
              value={organisationId}
              onChange={setOrganisationId}
              choices={own.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
              empty={t('delivery.form.choose')}
              issues={submit.issues('organisationId')}
              required
            />
          ) : null}
          {editing ? (
            <SelectField
              id="activity-status"
              label={t('assistance.field.status')}
              value={status}
              onChange={setStatus}
              choices={choices(ACTIVITY_STATUSES, v.activityStatus)}
              empty={t('delivery.form.choose')}
              issues={submit.issues('status')}
              required
            />
          ) : null}
          <SelectField
            id="activity-programmeId"
            label={t('delivery.activity.programme')}
            hint={t('common.optional')}
            value={programmeId}
            onChange={setProgrammeId}
            choices={(programmes.data?.data ?? []).map((p) => ({ value: p.id, label: `${p.code} — ${localize(p.names, p.name ?? p.code).text}` }))}
            empty={t('delivery.activityForm.noProgramme')}
            issues={submit.issues('programmeId')}
          />
        </section>
        <section aria-labelledby="activity-section-scope" className="form-section">
          <h2 id="activity-section-scope">{t('delivery.activityForm.sections.scope')}</h2>
          <StatesPicker
            groupId="activity-stateCodes"
            legend={t('delivery.fields.states')}
            states={states}
            value={stateCodes}
            onChange={setStateCodes}
            issues={submit.issues('stateCodes')}
          />
          <CheckboxGroup
            groupId="activity-themes"
            legend={t('assistance.field.themes')}
            choices={choices(VOCAB.themes, v.theme)}
            value={themes}
            onChange={setThemes}
            issues={submit.issues('themes')}
            columns
          />
          <div className="inline-fields">
            <TextField id="activity-startDate" label={t('delivery.fields.startDate')} type="date" value={startDate} onChange={setStartDate} issues={submit.issues('startDate')} required />
            <TextField id="activity-endDate" label={t('delivery.fields.endDate')} type="date" value={endDate} onChange={setEndDate} issues={submit.issues('endDate')} required />
          </div>
          {/* Where the dates are: the check runs on States, themes and dates, all just above. */}
          <div aria-live="polite" className="overlap-check">
            {checkKey && check.loading ? <p className="muted">{t('delivery.overlap.checking')}</p> : null}
            <OverlapWarning overlaps={overlaps} phase="check" />
            {ready && check.data && overlaps.length === 0 ? <p className="muted">{t('delivery.overlap.none')}</p> : null}
          </div>
          <CheckboxGroup
            groupId="activity-mandates"
            legend={t('assistance.field.mandates')}
            hint={t('delivery.activityForm.mandatesHint')}
            choices={VOCAB.mandates.map((m) => ({ value: m, label: `${v.mandate(m)} — ${v.mandateDescription(m)}` }))}
            value={mandates}
            onChange={setMandates}
            issues={submit.issues('mandates')}
          />
        </section>
        <section aria-labelledby="activity-section-place" className="form-section">
          <h2 id="activity-section-place">{t('delivery.activityForm.sections.place')}</h2>
          <fieldset id="activity-place">
            <legend>{t('delivery.fields.place')}</legend>
            <p className="hint">{t('delivery.activityForm.placeHint')}</p>
            <label className="checkbox">
              <input type="checkbox" checked={online} onChange={(e) => setOnline(e.target.checked)} /> {t('delivery.fields.online')}
            </label>
            <div className="inline-fields">
              <TextField id="activity-place-city" label={t('delivery.fields.city')} value={city} onChange={setCity} issues={submit.issues('place.city')} />
              <SelectField
                id="activity-place-countryCode"
                label={t('delivery.fields.country')}
                value={countryCode}
                onChange={setCountryCode}
                choices={states}
                empty={online ? t('delivery.activityForm.onlyOnline') : t('delivery.form.chooseState')}
                issues={[...submit.issues('place'), ...submit.issues('place.countryCode')]}
              />
            </div>
          </fieldset>
          <CheckboxGroup
            groupId="activity-languages"
            legend={t('assistance.field.languages')}
            choices={choices(VOCAB.languages, v.language)}
            value={languages}
            onChange={setLanguages}
            issues={submit.issues('languages')}
            columns
          />
        </section>
        <section aria-labelledby="activity-section-participants" className="form-section">
          <h2 id="activity-section-participants">{t('delivery.activityForm.sections.participants')}</h2>
          {partnerChoices.length ? (
            <CheckboxGroup
              groupId="activity-partnerOrganisationIds"
              legend={t('delivery.fields.partners')}
              hint={t('common.optional')}
              choices={partnerChoices}
              value={partners}
              onChange={setPartners}
              issues={submit.issues('partnerOrganisationIds')}
              columns
            />
          ) : null}
          <BeneficiariesField value={beneficiaries} onChange={setBeneficiaries} />
          <CountsField value={counts} onChange={setCounts} issues={submit.issues} />
        </section>
        <section aria-labelledby="activity-section-results" className="form-section">
          <h2 id="activity-section-results">{t('delivery.activityForm.sections.results')}</h2>
          <TextField id="activity-outputs" label={t('delivery.fields.outputs')} hint={t('common.optional')} value={outputs} onChange={setOutputs} rows={4} issues={submit.issues('outputs')} />
          <TextField id="activity-followUp" label={t('delivery.fields.followUp')} hint={t('common.optional')} value={followUp} onChange={setFollowUp} rows={4} issues={submit.issues('followUp')} />
        </section>
        <div className="actions">
          <SubmitButton pending={submit.pending}>
            {overlaps.length ? t('delivery.activityForm.saveAnyway') : t('delivery.activityForm.save')}
          </SubmitButton>
          <Link to={editing ? href(lang, `/activities/${encodeURIComponent(initial.id!)}`) : href(lang, '/activities')}>{t('common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}

function BeneficiariesField({ value, onChange }: { value: BeneficiaryView[]; onChange: (value: BeneficiaryView[]) => void }) {
  const { t } = useI18n();
  const v = useVocabulary();
  const rows = value.length ? value : [];
  const update = (i: number, patch: Partial<BeneficiaryView>) => onChange(rows.map((b, n) => (n === i ? { ...b, ...patch } : b)));
  return (
    <fieldset id="activity-beneficiaries">
      <legend>{t('delivery.fields.beneficiaries')}</legend>
      <p className="hint">{t('delivery.activityForm.beneficiariesHint')}</p>
      {rows.map((b, i) => (
        <div className="inline-fields" key={i} role="group" aria-label={t('delivery.activityForm.beneficiaryN', { n: i + 1 })}>
          <TextField label={t('delivery.activityForm.institution')} value={b.name} onChange={(name) => update(i, { name })} />
          <SelectField
            label={t('assistance.field.institutionKind')}
            value={b.kind ?? ''}
            onChange={(kind) => update(i, { kind: kind || null })}
            choices={choices(INSTITUTION_KINDS, v.institutionKind)}
            empty={t('delivery.form.choose')}
          />
          <button type="button" onClick={() => onChange(rows.filter((_, n) => n !== i))}>
            {t('delivery.activityForm.removeBeneficiary', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { name: '', kind: null }])}>
        {t('delivery.activityForm.addBeneficiary')}
      </button>
    </fieldset>
  );
}

function CountsField({
  value,
  onChange,
  issues,
}: {
  value: CountsDraft;
  onChange: (value: CountsDraft) => void;
  issues: (field: string) => ApiIssue[];
}) {
  const { t, number } = useI18n();
  const v = useVocabulary();
  const check = checkCounts(value);
  const countInput = (label: string, raw: string, set: (raw: string) => void, field: string) => (
    <Field key={field} label={label} issues={issues(`participants.${field}`)} className="count-field">
      {(control) => (
        <input
          {...control}
          inputMode="numeric"
          pattern="[0-9]*"
          value={raw}
          onChange={(e) => set(e.target.value)}
          aria-invalid={check.invalid.includes(field) || control['aria-invalid'] ? true : undefined}
          dir="ltr"
        />
      )}
    </Field>
  );
  const sums = [
    check.total !== null ? t('delivery.participants.sumTotal', { n: number(check.total) }) : null,
    check.bySex !== null ? t('delivery.participants.sumBySex', { n: number(check.bySex) }) : null,
    check.byKind !== null ? t('delivery.participants.sumByKind', { n: number(check.byKind) }) : null,
  ].filter(Boolean);
  return (
    <fieldset id="activity-participants" aria-describedby="counts-check">
      <legend>{t('delivery.participants.heading')}</legend>
      <p className="hint">{t('delivery.participants.hint')}</p>
      {countInput(t('delivery.participants.totalLabel'), value.total, (total) => onChange({ ...value, total }), 'total')}
      <fieldset>
        <legend>{t('delivery.participants.bySex')}</legend>
        <IssueList issues={issues('participants.bySex')} />
        <div className="inline-fields">
          {(['female', 'male', 'otherOrUndisclosed'] as const).map((k) =>
            countInput(t(`delivery.participants.${k}`), value[k], (raw) => onChange({ ...value, [k]: raw }), `bySex.${k}`),
          )}
        </div>
      </fieldset>
      <details open={Object.values(value.byKind).some(Boolean) || undefined}>
        <summary>{t('delivery.participants.byInstitutionKind')}</summary>
        <IssueList issues={issues('participants.byInstitutionKind')} />
        <div className="inline-fields wrap">
          {INSTITUTION_KINDS.map((k) =>
            countInput(v.institutionKind(k), value.byKind[k] ?? '', (raw) => onChange({ ...value, byKind: { ...value.byKind, [k]: raw } }), `byInstitutionKind.${k}`),
          )}
        </div>
      </details>
      <p id="counts-check" role="status" className={`counts-check counts-${check.state}`}>
        {check.state === 'empty' ? t('delivery.participants.checkEmpty') : null}
        {check.state === 'ok' ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t('delivery.participants.checkOk', { n: number(check.total ?? check.bySex ?? check.byKind ?? 0) })}
          </>
        ) : null}
        {check.state === 'mismatch' ? (
          <>
            <span aria-hidden="true">⚠ </span>
            {t('delivery.participants.checkMismatch', { sums: sums.join(t('delivery.listSeparator')) })}
          </>
        ) : null}
        {check.state === 'invalid' ? (
          <>
            <span aria-hidden="true">⚠ </span>
            {t('delivery.participants.checkInvalid')}
          </>
        ) : null}
      </p>
    </fieldset>
  );
}


function IssueList({ issues }: { issues: ApiIssue[] }) {
  const { t } = useI18n();
  if (!issues.length) return null;
  return (
    <ul className="field-error">
      {issues.map((issue, i) => (
        <li key={i}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {issue.code === 'counts_mismatch' ? t('delivery.participants.mismatchIssue') : issueMessage(t, issue)}
        </li>
      ))}
    </ul>
  );
}
