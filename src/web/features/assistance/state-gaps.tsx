// "Gaps and assistance" on a State's profile: instruments not joined, legislation not yet incorporated (where known),
// needs without an open request. Shown only to readers the API lets see it; anyone else sees nothing of it.
import { ApiError } from '#web/api.ts';
import { DateText, Loading, Name, StatusBadge } from '#web/components/common.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';
import type { StateGapsView } from '#web/api-types.ts';
import { coordinationApi } from './delivery-api.ts';
import { useVocabulary, Words } from './vocabulary.tsx';
import { StaleAuthorityGaps } from '#web/features/cooperation/authority-list.tsx';

export function StateGapsSection({ code }: { code: string }) {
  const { t, tx, lang } = useI18n();
  const v = useVocabulary();
  const { user } = useSession();
  // Not asked for anonymous readers: a 401 would look like a session that ended.
  const gaps = useApi(user ? `state-gaps:${code}:${user.id}` : null, (signal) => coordinationApi.stateGaps(code, signal));
  if (!user) return null;
  if (gaps.error) {
    const quiet = gaps.error instanceof ApiError && [401, 403, 404].includes(gaps.error.status);
    return quiet ? null : (
      <section aria-labelledby="assistance-gaps-heading" id="assistance-gaps" tabIndex={-1}>
        <h2 id="assistance-gaps-heading">{t('coordination.stateGaps.heading')}</h2>
        <p className="error">{t('coordination.stateGaps.failed')}</p>
      </section>
    );
  }
  const g = gaps.data?.data;
  return (
    <section aria-labelledby="assistance-gaps-heading" id="assistance-gaps" tabIndex={-1}>
      <h2 id="assistance-gaps-heading">{t('coordination.stateGaps.heading')}</h2>
      {!g ? (
        <Loading />
      ) : (
        <>
          <p className="muted">{tx('coordination.stateGaps.asOf', { date: <DateText iso={g.asOf} /> })}</p>
          <p>
            {g.withoutAssistance
              ? tx('coordination.stateGaps.withoutAssistance', { date: <DateText iso={g.assistanceSince} /> })
              : tx('coordination.stateGaps.assistance', { requests: g.openRequests, activities: g.recentActivities, planned: g.plannedActivities, date: <DateText iso={g.assistanceSince} /> })}
          </p>
          <h3>{t('coordination.stateGaps.notJoined', { count: g.instrumentsNotJoined.length })}</h3>
          {g.instrumentsNotJoined.length ? (
            <ul>
              {g.instrumentsNotJoined.map((i) => (
                <li key={i.id}>
                  <Link to={href(lang, `/instruments/${encodeURIComponent(i.id)}`)}>
                    <Name text={i.shortNames} fallback={i.id} />
                  </Link>{' '}
                  <StatusBadge status={i.status} />
                </li>
              ))}
            </ul>
          ) : null}
          {g.instrumentsUnknown.length ? <p className="muted">{t('coordination.stateGaps.unknown', { count: g.instrumentsUnknown.length })}</p> : null}
          <h3>{t('coordination.stateGaps.notIncorporated')}</h3>
          {g.legislation.known ? (
            <LegislationGaps legislation={g.legislation} code={code} />
          ) : (
            <p className="muted">{t('coordination.stateGaps.notKnown')}</p>
          )}
          <h3>{t('coordination.stateGaps.needsWithoutRequest', { count: g.needsWithoutOpenRequest.total })}</h3>
          {g.needsWithoutOpenRequest.items.length ? (
            <ul>
              {g.needsWithoutOpenRequest.items.map((n) => (
                <li key={n.id}>
                  <Link to={href(lang, `/coordination/needs/${encodeURIComponent(n.id)}`)}>
                    <span dir="auto">{n.description}</span>
                  </Link>{' '}
                  <span className="muted">
                    (<Words ids={n.themes} label={v.theme} />
                    {t('common.separator')}
                    <DateText iso={n.assessedOn} />)
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          {g.needsWithoutOpenRequest.total > g.needsWithoutOpenRequest.items.length ? (
            <p className="muted">
              {t('coordination.stateGaps.needsHidden', { count: g.needsWithoutOpenRequest.total - g.needsWithoutOpenRequest.items.length })}
            </p>
          ) : null}
          <p>
            <Link to={href(lang, '/activities', { stateCode: code })}>{t('coordination.stateGaps.activities')}</Link>
            {' · '}
            <Link to={href(lang, '/coordination/gaps')}>{t('coordination.stateGaps.ranking')}</Link>
          </p>
          <StaleAuthorityGaps stateCode={code} />
        </>
      )}
    </section>
  );
}

type KnownLegislation = Extract<StateGapsView['legislation'], { known: true }>;

/** Ratified but not incorporated (the gap), incorporated but not ratified, and parties whose incorporation is not known. */
function LegislationGaps({ legislation, code }: { legislation: KnownLegislation; code: string }) {
  const { t, lang } = useI18n();
  const lists = [
    ['ratifiedNotIncorporated', legislation.ratifiedNotIncorporated],
    ['incorporatedNotRatified', legislation.incorporatedNotRatified],
    ['ratifiedNotKnown', legislation.ratifiedNotKnown],
  ] as const;
  const link = (id: string) => href(lang, `/states/${encodeURIComponent(code)}/legislation`) + `#${encodeURIComponent(id)}`;
  return (
    <>
      <p className="muted">{t('coordination.stateGaps.notIncorporatedCount', { count: legislation.notIncorporated })}</p>
      <dl className="legislation-gaps">
        {lists.map(([key, ids]) =>
          ids.length ? (
            <div key={key}>
              <dt>{t(`legislation.flags.${key}`)}</dt>
              <dd>
                {ids.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? t('common.separator') : null}
                    <Link to={link(id)}>{id}</Link>
                  </span>
                ))}
              </dd>
            </div>
          ) : null,
        )}
      </dl>
    </>
  );
}
