// Another entity's activities meeting this one (same State and theme, dates that meet): when the reader may read that
// activity, its entity, title, the shared dates, States and themes; otherwise only that one of another entity overlaps.
import type { OverlapView } from '#web/api-types.ts';
import { useStateName } from '#web/features/accounts/reference.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { DateRange, useVocabulary, Words } from './vocabulary.tsx';

export function OverlapList({ overlaps }: { overlaps: OverlapView[] }) {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const stateName = useStateName();
  return (
    <ul className="overlaps">
      {overlaps.map((o, i) =>
        o.disclosed && o.otherActivityId ? (
          <li key={o.otherActivityId}>
            <p>
              <strong dir="auto">{o.organisationName}</strong>
              {t('common.separator')}
              <DateRange from={o.from ?? ''} to={o.to ?? ''} />
            </p>
            {o.title ? (
              <p>
                <Link to={href(lang, `/activities/${encodeURIComponent(o.otherActivityId)}`)}>
                  <span dir="auto">{o.title}</span>
                </Link>
              </p>
            ) : null}
            <dl className="facts compact">
              <div>
                <dt>{t('delivery.overlap.sharedStates')}</dt>
                <dd>
                  <Words ids={o.stateCodes} label={stateName} />
                </dd>
              </div>
              <div>
                <dt>{t('delivery.overlap.sharedThemes')}</dt>
                <dd>
                  <Words ids={o.themes} label={v.theme} />
                </dd>
              </div>
            </dl>
          </li>
        ) : (
          <li key={`undisclosed-${i}`}>
            <p className="muted">{t('delivery.overlap.undisclosed')}</p>
          </li>
        ),
      )}
    </ul>
  );
}

/** The warning before saving (`phase: 'check'`) or the overlaps found on saving (`'saved'`). */
export function OverlapWarning({ overlaps, phase }: { overlaps: OverlapView[]; phase: 'check' | 'saved' }) {
  const { t } = useI18n();
  if (overlaps.length === 0) return null;
  return (
    <section className="panel warning" aria-labelledby={`overlap-${phase}`} role={phase === 'saved' ? 'alert' : undefined}>
      <h2 id={`overlap-${phase}`}>
        <span aria-hidden="true">⚠ </span>
        {phase === 'check'
          ? t('delivery.overlap.warning', { count: overlaps.length })
          : t('delivery.overlap.saved', { count: overlaps.length })}
      </h2>
      <p>{phase === 'check' ? t('delivery.overlap.warningHint') : t('delivery.overlap.savedHint')}</p>
      <OverlapList overlaps={overlaps} />
    </section>
  );
}
