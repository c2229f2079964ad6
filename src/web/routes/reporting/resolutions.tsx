// The mandate registry (issue 14 §2): the list of imported resolutions with an import form for editors, and one
// resolution — its paragraphs in the reader's language where the text exists (else the language imported), what the
// parser read in each (verb, addressees, reporting request, citations), its links both ways, the corrections made,
// and a correction form for editors.
import { useId, useState } from 'react';
import { Cell, DataTable, DateText, ErrorMessage, Loading, Name, useDocumentTitle } from '#web/components/common.tsx';
import { Field, FormAlert, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import {
  ADDRESSEE_IDS,
  resolutionApi,
  verbKey,
  type ImportInput,
  type Resolution,
  type ResolutionParagraph,
} from '#web/features/reporting/resolution-api.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
type Lang = (typeof LANGS)[number];

export function ResolutionsPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('mandates.title'));
  const [reload, setReload] = useState(0);
  const list = useApi(`mandates-${reload}`, (signal) => resolutionApi.list(signal));
  const columns = [t('mandates.columns.symbol'), t('mandates.columns.title'), t('mandates.columns.adopted'), t('mandates.columns.languages'), t('mandates.columns.paragraphs')];
  return (
    <article>
      <h1 tabIndex={-1}>{t('mandates.title')}</h1>
      <p className="lead">{t('mandates.intro')}</p>
      {list.error ? <ErrorMessage error={list.error} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data ? (
        list.data.data.length === 0 ? (
          <p>{t('mandates.empty')}</p>
        ) : (
          <DataTable caption={t('mandates.count', { count: list.data.total })} columns={columns} stacked>
            {list.data.data.map((r) => (
              <tr key={r.id} role="row">
                <Cell label={columns[0]}>
                  <Link to={href(lang, `/mandates/${r.id}`)}>{r.symbol}</Link>
                </Cell>
                <Cell label={columns[1]}>
                  <Name text={r.titles} fallback={r.key} />
                </Cell>
                <Cell label={columns[2]}>
                  <DateText iso={r.adoptedOn} />
                </Cell>
                <Cell label={columns[3]}>{r.languages.map((l) => t(`languageName.${l}` as MessageKey)).join(', ')}</Cell>
                <Cell label={columns[4]}>{t('mandates.paragraphCounts', { preambular: r.preambular, operative: r.operative })}</Cell>
              </tr>
            ))}
          </DataTable>
        )
      ) : null}
      {list.data?.abilities.import ? <ImportForm onDone={() => setReload((n) => n + 1)} /> : null}
    </article>
  );
}

function ImportForm({ onDone }: { onDone: () => void }) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const [input, setInput] = useState<ImportInput>({ content: '', format: 'text', language: lang, source: '' });
  const submit = useSubmit(() => resolutionApi.import(input), onDone);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mandates.import.heading')}</h2>
      <form onSubmit={submit.onSubmit} noValidate>
        <FormAlert error={submit.error} shownFields={['content', 'language', 'format', 'source']} />
        <Field label={t('mandates.import.language')} issues={submit.issues('language')}>
          {(control) => (
            <select {...control} value={input.language} onChange={(e) => setInput({ ...input, language: e.target.value as Lang })}>
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {t(`languageName.${l}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('mandates.import.format')} issues={submit.issues('format')}>
          {(control) => (
            <select {...control} value={input.format} onChange={(e) => setInput({ ...input, format: e.target.value as 'text' | 'html' })}>
              <option value="text">{t('mandates.import.formatText')}</option>
              <option value="html">{t('mandates.import.formatHtml')}</option>
            </select>
          )}
        </Field>
        <Field label={t('mandates.import.content')} hint={t('mandates.import.contentHint')} issues={submit.issues('content')}>
          {(control) => <textarea {...control} rows={12} dir="auto" value={input.content} onChange={(e) => setInput({ ...input, content: e.target.value })} />}
        </Field>
        <Field label={t('mandates.import.source')} issues={submit.issues('source')}>
          {(control) => <input {...control} type="text" dir="auto" value={input.source} onChange={(e) => setInput({ ...input, source: e.target.value })} />}
        </Field>
        <SubmitButton pending={submit.pending}>{t('mandates.import.submit')}</SubmitButton>
        <StatusMessage focus>
          {submit.result ? (
            <>
              {t(`mandates.outcome.${submit.result.outcome}` as MessageKey, { symbol: submit.result.data.symbol })}{' '}
              <Link to={href(lang, `/mandates/${submit.result.data.id}`)}>{submit.result.data.symbol}</Link>
            </>
          ) : null}
        </StatusMessage>
      </form>
    </section>
  );
}

export function ResolutionPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [reload, setReload] = useState(0);
  const [fresh, setFresh] = useState<Resolution | null>(null);
  const loaded = useApi(`mandate-${id}-${reload}`, (signal) => resolutionApi.get(id, signal));
  const resolution = fresh ?? loaded.data?.data;
  useDocumentTitle(resolution ? resolution.symbol : t('mandates.title'));
  if (loaded.error) return <ErrorMessage error={loaded.error} />;
  if (!resolution || !loaded.data) return <Loading />;
  const pick = (texts: Partial<Record<string, string>>) => {
    const own = texts[lang];
    if (own) return { text: own, lang };
    const first = LANGS.find((l) => texts[l]);
    return { text: first ? texts[first]! : '', lang: first ?? 'en' };
  };
  const preambular = resolution.paragraphs.filter((p) => p.kind === 'preambular');
  const operative = resolution.paragraphs.filter((p) => p.kind === 'operative');
  return (
    <article>
      <p>
        <Link to={href(lang, '/mandates')}>{t('mandates.back')}</Link>
      </p>
      <h1 tabIndex={-1}>
        {resolution.symbol} — <Name text={resolution.titles} fallback={resolution.key} />
      </h1>
      <dl className="facts">
        <dt>{t('mandates.columns.adopted')}</dt>
        <dd>
          <DateText iso={resolution.adoptedOn} />
        </dd>
        <dt>{t('mandates.columns.languages')}</dt>
        <dd>{resolution.languages.map((l) => t(`languageName.${l}` as MessageKey)).join(', ')}</dd>
        <dt>{t('mandates.detail.sources')}</dt>
        <dd>{resolution.texts.map((x) => `${t(`languageName.${x.language}` as MessageKey)}: ${x.source || '—'}`).join('; ')}</dd>
      </dl>

      <section aria-labelledby="preambular">
        <h2 id="preambular">{t('mandates.detail.preambular', { count: preambular.length })}</h2>
        <ol className="resolution-paragraphs">
          {preambular.map((p) => (
            <li key={p.id}>
              <ParagraphText text={pick(p.texts)} />
              {p.verb ? <p className="muted">{t(`mandates.verb.${verbKey(p.verb)}` as MessageKey)}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="operative">
        <h2 id="operative">{t('mandates.detail.operative', { count: operative.length })}</h2>
        {operative.map((p) => (
          <section key={p.id} className="resolution-paragraph" aria-labelledby={`op-${p.number}`}>
            <h3 id={`op-${p.number}`}>
              {t('mandates.detail.paragraph', { number: p.number })} <span className="tag">{p.mandateId}</span>
            </h3>
            <ParagraphText text={pick(p.texts)} />
            <Analysis paragraph={p} />
          </section>
        ))}
      </section>

      <section aria-labelledby="links">
        <h2 id="links">{t('mandates.detail.links')}</h2>
        {resolution.links.length === 0 && resolution.recalledBy.length === 0 ? <p>{t('mandates.detail.noLinks')}</p> : null}
        <ul>
          {resolution.links.map((l) => (
            <li key={`${l.relation}-${l.toSymbol}`}>
              {t(`mandates.relation.${l.relation}` as MessageKey)}{' '}
              {l.toId ? <Link to={href(lang, `/mandates/${l.toId}`)}>{l.toSymbol}</Link> : l.toSymbol}
            </li>
          ))}
          {resolution.recalledBy.map((l) => (
            <li key={`by-${l.relation}-${l.fromId}`}>
              {t(`mandates.relationBy.${l.relation}` as MessageKey)} <Link to={href(lang, `/mandates/${l.fromId}`)}>{l.fromSymbol}</Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="corrections">
        <h2 id="corrections">{t('mandates.detail.corrections')}</h2>
        {resolution.corrections.length === 0 ? (
          <p>{t('mandates.detail.noCorrections')}</p>
        ) : (
          <DataTable
            caption={t('mandates.detail.corrections')}
            hideCaption
            columns={[t('mandates.correction.paragraph'), t('mandates.correction.field'), t('mandates.correction.before'), t('mandates.correction.after'), t('mandates.correction.by')]}
          >
            {resolution.corrections.map((c) => {
              const p = resolution.paragraphs.find((x) => x.id === c.paragraphId);
              return (
                <tr key={c.id}>
                  <td>{p?.mandateId ?? (p ? t('mandates.detail.paragraph', { number: p.number }) : '')}</td>
                  <td>{t(`mandates.field.${c.field}` as MessageKey)}</td>
                  <td dir="auto">{JSON.stringify(c.before)}</td>
                  <td dir="auto">{JSON.stringify(c.after)}</td>
                  <td>
                    {c.correctedBy ?? '—'}, <DateText iso={c.correctedAt} />
                    {c.note ? ` — ${c.note}` : ''}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>

      {loaded.data.abilities.correct && operative.length > 0 ? (
        <CorrectionForm
          resolution={resolution}
          onDone={(next) => {
            setFresh(next);
            setReload((n) => n + 1);
          }}
        />
      ) : null}
    </article>
  );
}

function ParagraphText({ text }: { text: { text: string; lang: string } }) {
  return (
    <p lang={text.lang} dir={text.lang === 'ar' ? 'rtl' : 'auto'}>
      {text.text}
    </p>
  );
}

function Analysis({ paragraph: p }: { paragraph: ResolutionParagraph }) {
  const { t } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('mandates.detail.verb')}</dt>
      <dd>{p.verb ? t(`mandates.verb.${verbKey(p.verb)}` as MessageKey) : '—'}</dd>
      <dt>{t('mandates.detail.addressees')}</dt>
      <dd>{p.addressees.length ? p.addressees.map((a) => t(`mandates.addressee.${a}` as MessageKey)).join(', ') : '—'}</dd>
      <dt>{t('mandates.detail.reporting')}</dt>
      <dd>
        {p.reporting
          ? p.reporting.session
            ? t('mandates.detail.reportingAt', { to: t(`mandates.to.${p.reporting.to}` as MessageKey), session: p.reporting.session })
            : t(`mandates.to.${p.reporting.to}` as MessageKey)
          : '—'}
      </dd>
      <dt>{t('mandates.detail.cites')}</dt>
      <dd>{p.cites.length ? p.cites.join(', ') : '—'}</dd>
    </dl>
  );
}

function CorrectionForm({ resolution, onDone }: { resolution: Resolution; onDone: (r: Resolution) => void }) {
  const { t } = useI18n();
  const operative = resolution.paragraphs.filter((p) => p.kind === 'operative');
  const [paragraphId, setParagraphId] = useState(operative[0]!.id);
  const paragraph = operative.find((p) => p.id === paragraphId) ?? operative[0]!;
  return (
    <section aria-labelledby="correct">
      <h2 id="correct">{t('mandates.correct.heading')}</h2>
      <Field label={t('mandates.correct.paragraph')}>
        {(control) => (
          <select {...control} value={paragraph.id} onChange={(e) => setParagraphId(e.target.value)}>
            {operative.map((p) => (
              <option key={p.id} value={p.id}>
                {p.mandateId}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ParagraphCorrection key={paragraph.id} resolution={resolution} paragraph={paragraph} onDone={onDone} />
    </section>
  );
}

const VERBS = ['requests', 'calls upon', 'urges', 'invites', 'encourages', 'appeals', 'demands', 'authorizes', 'recommends', 'decides', 'welcomes', 'takes note', 'notes', 'reaffirms', 'stresses', 'condemns', 'adopts', 'approves', 'commends', 'recognizes', 'expresses', 'declares', 'supports'];
const BODIES = ['general-assembly', 'security-council', 'ecosoc', 'commission'];

/** The fields of one paragraph, as held; what is sent unchanged is not a correction (the server compares). */
function ParagraphCorrection({ resolution, paragraph, onDone }: { resolution: Resolution; paragraph: ResolutionParagraph; onDone: (r: Resolution) => void }) {
  const { t } = useI18n();
  const [addressees, setAddressees] = useState<string[]>(paragraph.addressees);
  const [verb, setVerb] = useState(paragraph.verb ?? '');
  const [asks, setAsks] = useState(paragraph.asks);
  const [to, setTo] = useState(paragraph.reporting?.to ?? '');
  const [session, setSession] = useState(paragraph.reporting?.session ? String(paragraph.reporting.session) : '');
  const [note, setNote] = useState('');
  const submit = useSubmit(
    async () =>
      (
        await resolutionApi.correct(resolution.id, paragraph.id, resolution.version, {
          addressees,
          verb: verb || null,
          asks,
          reporting: to ? { to, session: session ? Number(session) : null } : null,
          note,
        })
      ).data,
    onDone,
  );
  return (
    <form onSubmit={submit.onSubmit} noValidate>
      <FormAlert error={submit.error} shownFields={['addressees', 'verb', 'asks', 'reporting', 'note']} />
      <Field label={t('mandates.field.verb')} issues={submit.issues('verb')}>
        {(control) => (
          <select {...control} value={verb} onChange={(e) => setVerb(e.target.value)}>
            <option value="">—</option>
            {VERBS.map((v) => (
              <option key={v} value={v}>
                {t(`mandates.verb.${verbKey(v)}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{t('mandates.detail.addressees')}</legend>
        {ADDRESSEE_IDS.map((a) => (
          <label key={a} className="checkbox">
            <input type="checkbox" checked={addressees.includes(a)} onChange={(e) => setAddressees(e.target.checked ? [...addressees, a] : addressees.filter((x) => x !== a))} />{' '}
            {t(`mandates.addressee.${a}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <Field label={t('mandates.field.asks')} issues={submit.issues('asks')}>
        {(control) => <textarea {...control} rows={3} dir="auto" value={asks} onChange={(e) => setAsks(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>{t('mandates.field.reporting')}</legend>
        <Field label={t('mandates.correct.reportTo')}>
          {(control) => (
            <select {...control} value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="">—</option>
              {BODIES.map((b) => (
                <option key={b} value={b}>
                  {t(`mandates.to.${b}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('mandates.correct.session')}>
          {(control) => <input {...control} type="number" min={1} max={999} inputMode="numeric" value={session} onChange={(e) => setSession(e.target.value)} />}
        </Field>
      </fieldset>
      <Field label={t('mandates.correct.note')} issues={submit.issues('note')}>
        {(control) => <input {...control} type="text" dir="auto" value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <SubmitButton pending={submit.pending}>{t('mandates.correct.submit')}</SubmitButton>
      <StatusMessage focus>{submit.result ? t('mandates.correct.done') : null}</StatusMessage>
    </form>
  );
}
