// A donor's page: its pledges and contributions with balances on a day, and where the money went — programmes,
// activities (named only where the reader may read them; the others counted and summed), States, themes, the
// participants trained by sex, and the results with their records.
import { DateText, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { FormAlert } from '#web/components/forms.tsx';
import { useStateName } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { useVocabulary, Words } from '#web/features/assistance/vocabulary.tsx';
import { fundingApi } from '#web/features/funding/funding-api.ts';
import { Money, MoneyList } from '#web/features/funding/money.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

export function DonorPage({ id }: { id: string }) {
  return (
    <SignedIn>
      <Donor id={id} />
    </SignedIn>
  );
}

function Donor({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const stateName = useStateName();
  const [params] = useSearch();
  const asOf = params.get('asOf');
  const donor = useApi(`donor:${id}:${asOf}`, (signal) => fundingApi.donor(id, asOf, signal));
  const d = donor.data?.data;
  useDocumentTitle(d ? d.donor.name : t('funding.donor.title'));
  if (donor.error && !d) {
    return (
      <>
        <h1 tabIndex={-1}>{t('funding.donor.title')}</h1>
        <FormAlert error={donor.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <Link to={href(lang, '/funding')}>{t('funding.back')}</Link>
      </>
    );
  }
  if (!d) return <Loading />;
  const u = d.undisclosed;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={href(lang, '/funding')}>{t('funding.back')}</Link>
      </p>
      <h1 tabIndex={-1}>
        <bdi>{d.donor.names[lang] ?? d.donor.name}</bdi>
      </h1>
      <p className="lead">{t('funding.donor.intro', { date: d.asOf })}</p>
      <form
        className="inline-fields"
        onSubmit={(e) => {
          e.preventDefault();
          const value = new FormData(e.currentTarget).get('asOf');
          navigate(href(lang, `/funding/donors/${encodeURIComponent(id)}`, { asOf: typeof value === 'string' && value ? value : null }), { keepScroll: true });
        }}
      >
        <div className="field">
          <label htmlFor="donor-as-of">{t('funding.field.asOf')}</label>
          <input id="donor-as-of" name="asOf" type="date" defaultValue={d.asOf} />
        </div>
        <button type="submit">{t('funding.show')}</button>
      </form>

      <section aria-labelledby="donor-totals">
        <h2 id="donor-totals">{t('funding.donor.totals')}</h2>
        <table>
          <caption>{t('funding.donor.totalsCaption', { date: d.asOf })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('funding.field.currency')}</th>
              <th scope="col">{t('funding.donor.pledged')}</th>
              <th scope="col">{t('funding.donor.received')}</th>
              <th scope="col">{t('funding.field.allocated')}</th>
              <th scope="col">{t('funding.donor.spent')}</th>
              <th scope="col">{t('funding.field.balance')}</th>
            </tr>
          </thead>
          <tbody>
            {d.totals.map((r) => (
              <tr key={r.currency}>
                <th scope="row">{r.currency}</th>
                <td><Money amount={r.pledged} currency={r.currency} /></td>
                <td><Money amount={r.received} currency={r.currency} /></td>
                <td><Money amount={r.allocated} currency={r.currency} /></td>
                <td><Money amount={r.spent} currency={r.currency} /></td>
                <td><Money amount={r.balance} currency={r.currency} /></td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('funding.donor.inUsd')}</th>
              <td><Money amount={d.totalsUsd.pledged} currency="USD" /></td>
              <td><Money amount={d.totalsUsd.received} currency="USD" /></td>
              <td><Money amount={d.totalsUsd.allocated} currency="USD" /></td>
              <td><Money amount={d.totalsUsd.spent} currency="USD" /></td>
              <td><Money amount={d.totalsUsd.balance} currency="USD" /></td>
            </tr>
          </tbody>
        </table>
        <ul className="plain">
          {d.contributions.map((c) => (
            <li key={c.id}>
              <Link to={href(lang, `/funding/contributions/${encodeURIComponent(c.id)}`)}>
                {t(`funding.kind.${c.kind}` as 'funding.kind.pledge')}
                {t('common.separator')}
                <DateText iso={c.date} />
              </Link>{' '}
              <Money amount={c.amount} currency={c.currency} />
            </li>
          ))}
        </ul>
        <p>
          <a className="button" href={fundingApi.contributionsExportUrl('xlsx', { donorOrganisationId: id, asOf: d.asOf })} download>
            {t('delivery.export.xlsx')}
          </a>{' '}
          <a className="button" href={fundingApi.iatiExportUrl({ donorOrganisationId: id, asOf: d.asOf })} download>
            {t('funding.exportIati')}
          </a>
        </p>
      </section>

      <section aria-labelledby="donor-activities">
        <h2 id="donor-activities">{t('funding.donor.activities')}</h2>
        {d.activities.length === 0 && u.activities === 0 ? <p>{t('funding.donor.noActivities')}</p> : null}
        {d.activities.map((a) => (
          <section key={a.id} className="card" aria-labelledby={`funded-${a.id}`}>
            <h3 id={`funded-${a.id}`}>
              <Link to={href(lang, `/activities/${encodeURIComponent(a.id)}`)}>
                <span dir="auto">{a.title}</span>
              </Link>
            </h3>
            <dl className="facts">
              <div>
                <dt>{t('funding.field.allocated')}</dt>
                <dd><MoneyList totals={a.allocated} /></dd>
              </div>
              <div>
                <dt>{t('funding.donor.spent')}</dt>
                <dd><MoneyList totals={a.spent} /></dd>
              </div>
              <div>
                <dt>{t('funding.donor.states')}</dt>
                <dd>{a.stateCodes.map(stateName).join(t('delivery.listSeparator'))}</dd>
              </div>
              <div>
                <dt>{t('funding.donor.themes')}</dt>
                <dd><Words ids={a.themes} label={v.theme} /></dd>
              </div>
              <div>
                <dt>{t('funding.donor.trained')}</dt>
                <dd>{t('funding.donor.participants', { total: a.participants.total, female: a.participants.female, male: a.participants.male, other: a.participants.other })}</dd>
              </div>
            </dl>
            {a.results.length ? (
              <>
                <h4>{t('funding.donor.results')}</h4>
                <ul>
                  {a.results.map((r) => (
                    <li key={r.id}>
                      {v.resultKind(r.kind)}
                      {t('common.separator')}
                      {stateName(r.stateCode)}
                      {t('common.separator')}
                      <DateText iso={r.date} />
                      {r.documentId ? (
                        <>
                          {' '}
                          (<Link to={href(lang, `/documents/${encodeURIComponent(r.documentId)}`)}>{t('funding.donor.record')}</Link>)
                        </>
                      ) : r.participationEventId ? (
                        <>
                          {' '}
                          (<Link to={href(lang, `/states/${encodeURIComponent(r.stateCode)}`)}>{t('funding.donor.record')}</Link>)
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ))}
        {u.activities + u.programmes > 0 ? (
          <p className="muted">
            {t('funding.donor.undisclosed', { activities: u.activities, programmes: u.programmes, trained: u.participants.total })}{' '}
            <MoneyList totals={u.allocated} />
          </p>
        ) : null}
      </section>

      {d.programmes.length ? (
        <section aria-labelledby="donor-programmes">
          <h2 id="donor-programmes">{t('funding.donor.programmes')}</h2>
          <ul>
            {d.programmes.map((p) => (
              <li key={p.id}>
                <Link to={href(lang, `/programmes/${encodeURIComponent(p.id)}`)}>
                  <bdi>{p.code}</bdi> <span dir="auto">{p.name}</span>
                </Link>{' '}
                <MoneyList totals={p.allocated} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="donor-where">
        <h2 id="donor-where">{t('funding.donor.where')}</h2>
        <p>{t('funding.donor.trainedAll', { total: d.participants.total, female: d.participants.female, male: d.participants.male, other: d.participants.other })}</p>
        <table>
          <caption>{t('funding.donor.byState')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('funding.donor.state')}</th>
              <th scope="col">{t('funding.donor.activityCount')}</th>
              <th scope="col">{t('funding.donor.allocatedUsd')}</th>
            </tr>
          </thead>
          <tbody>
            {d.byState.map((s) => (
              <tr key={s.stateCode}>
                <th scope="row">{stateName(s.stateCode)}</th>
                <td>{s.activities}</td>
                <td><Money amount={s.allocatedUsd} currency="USD" /></td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>{t('funding.donor.byTheme')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('funding.donor.theme')}</th>
              <th scope="col">{t('funding.donor.activityCount')}</th>
              <th scope="col">{t('funding.donor.allocatedUsd')}</th>
            </tr>
          </thead>
          <tbody>
            {d.byTheme.map((s) => (
              <tr key={s.theme}>
                <th scope="row">{v.theme(s.theme)}</th>
                <td>{s.activities}</td>
                <td><Money amount={s.allocatedUsd} currency="USD" /></td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">{t('funding.donor.severalNote')}</p>
      </section>
    </article>
  );
}
