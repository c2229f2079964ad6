// The activities calendar: one month (?month=YYYY-MM) as a grid of weeks, each day listing its activities. The grid
// is a table (weekday column headers) with one tab stop: arrow keys move between days (mirrored in right-to-left),
// Home/End to the week's ends, Ctrl+Home/End to the grid's corners; Tab then enters the day's activities. A list view
// (?view=list) gives the same month as a plain list of days.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ActivityView } from '#web/api-types.ts';
import { DateText, FilterSelect, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { FormAlert } from '#web/components/forms.tsx';
import { useStateChoices } from '#web/features/accounts/reference.tsx';
import {
  FIRST_DAY_OF_WEEK,
  itemsByDay,
  monthParam,
  monthRange,
  monthWeeks,
  moveInGrid,
  shiftMonth,
  weekdayOrder,
  type CalendarDay,
} from '#web/features/assistance/calendar.ts';
import { deliveryApi } from '#web/features/assistance/delivery-api.ts';
import { choices, useVocabulary, VOCAB } from '#web/features/assistance/vocabulary.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, useLocation, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

/** The most activities fetched for one month; beyond, the page says so and points to the filtered list. */
const MONTH_LIMIT = 200;

const todayIso = () => new Date().toISOString().slice(0, 10);

export function ActivityCalendarPage() {
  const { t, lang, date } = useI18n();
  const v = useVocabulary();
  const session = useSession();
  const [params, setParams] = useSearch();
  const location = useLocation();
  const month = monthParam(params.get('month'), todayIso());
  const view = params.get('view') === 'list' ? 'list' : 'grid';
  const stateCode = params.get('stateCode');
  const theme = params.get('theme');
  const { from, to } = monthRange(month);
  const monthName = date(month);
  useDocumentTitle(`${t('delivery.calendar.title')} — ${monthName}`);
  const who = session.user?.id ?? 'anonymous';
  const list = useApi(`calendar:${who}:${month}:${stateCode}:${theme}`, (signal) =>
    deliveryApi.activities({ from, to, stateCode, theme, pageSize: MONTH_LIMIT }, signal),
  );
  const states = useStateChoices();
  const activities = list.data?.data ?? [];
  const byDay = useMemo(() => itemsByDay(activities, from, to), [activities, from, to]);
  const monthLink = (m: string) => {
    const q = new URLSearchParams(location.search);
    q.set('month', m);
    return `${location.pathname}?${q.toString()}`;
  };
  const viewLink = (next: 'grid' | 'list') => {
    const q = new URLSearchParams(location.search);
    if (next === 'list') q.set('view', 'list');
    else q.delete('view');
    const s = q.toString();
    return location.pathname + (s ? `?${s}` : '');
  };

  return (
    <div className="calendar-page">
      <p className="breadcrumb">
        <Link to={href(lang, '/activities')}>{t('delivery.activities.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('delivery.calendar.title')}</h1>
      <div className="controls">
        <form className="filters" aria-label={t('delivery.filters')} onSubmit={(e) => e.preventDefault()}>
          <FilterSelect
            id="calendar-state"
            label={t('assistance.field.state')}
            value={stateCode}
            options={states}
            onChange={(s) => setParams({ stateCode: s })}
          />
          <FilterSelect
            id="calendar-theme"
            label={t('assistance.field.theme')}
            value={theme}
            options={choices(VOCAB.themes, v.theme)}
            onChange={(s) => setParams({ theme: s })}
          />
        </form>
        <nav className="section-links tabs" aria-label={t('delivery.calendar.views')}>
          <ul>
            <li>
              <Link to={viewLink('grid')} aria-current={view === 'grid' ? 'page' : undefined}>
                {t('delivery.calendar.gridView')}
              </Link>
            </li>
            <li>
              <Link to={viewLink('list')} aria-current={view === 'list' ? 'page' : undefined}>
                {t('delivery.calendar.listView')}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <nav className="month-nav" aria-label={t('delivery.calendar.monthNav')}>
        <Link to={monthLink(shiftMonth(month, -1))} rel="prev">
          <span aria-hidden="true" className="flip">
            ←{' '}
          </span>
          {t('delivery.calendar.previous', { month: date(shiftMonth(month, -1)) })}
        </Link>
        <h2 id="calendar-month" aria-live="polite">
          {monthName}
        </h2>
        <Link to={monthLink(shiftMonth(month, 1))} rel="next">
          {t('delivery.calendar.next', { month: date(shiftMonth(month, 1)) })}
          <span aria-hidden="true" className="flip">
            {' '}→
          </span>
        </Link>
      </nav>
      <p>
        <Link to={monthLink(todayIso().slice(0, 7))}>{t('delivery.calendar.thisMonth')}</Link>
      </p>
      <FormAlert error={list.error} focus={false} />
      {!list.data && list.loading ? <Loading /> : null}
      {list.data ? (
        <>
          <p role="status">
            {t('delivery.calendar.summary', { count: list.data.total })}
            {list.data.total > activities.length ? (
              <>
                {' '}
                <Link to={href(lang, '/activities', { from, to, stateCode, theme })}>{t('delivery.calendar.tooMany')}</Link>
              </>
            ) : null}
          </p>
          {view === 'grid' ? (
            <MonthGrid month={month} byDay={byDay} />
          ) : (
            <MonthList month={month} byDay={byDay} />
          )}
        </>
      ) : null}
    </div>
  );
}

function ActivityLink({ a, tabIndex }: { a: ActivityView; tabIndex?: number }) {
  const { lang } = useI18n();
  const v = useVocabulary();
  return (
    <Link to={href(lang, `/activities/${encodeURIComponent(a.id)}`)} tabIndex={tabIndex} title={v.activityKind(a.kind)}>
      {/* The entity on its own line: a Latin title and name wrapping inside an Arabic cell would interleave. */}
      <bdi className="activity-title">{a.title}</bdi>{' '}
      <span className="muted activity-entity">
        <bdi>{a.organisationName}</bdi>
      </span>
    </Link>
  );
}

function MonthGrid({ month, byDay }: { month: string; byDay: Map<string, ActivityView[]> }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const firstDay = FIRST_DAY_OF_WEEK[lang];
  const weeks = useMemo(() => monthWeeks(month, firstDay), [month, firstDay]);
  const days = weeks.flat();
  const table = useRef<HTMLTableElement>(null);
  const today = todayIso();
  const initial = Math.max(
    0,
    days.findIndex((d) => d.date === (today.startsWith(month) ? today : `${month}-01`)),
  );
  const [active, setActive] = useState<{ month: string; index: number }>({ month, index: initial });
  const activeIndex = active.month === month ? active.index : initial;
  const weekdayLong = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  const weekdayShort = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
  const dayNumber = new Intl.DateTimeFormat(lang, { day: 'numeric', timeZone: 'UTC' });
  // 2014-09-07 was a Sunday: weekday w is that date plus w days.
  const weekdayDate = (w: number) => new Date(Date.UTC(2014, 8, 7 + w));

  const focusDay = (index: number) => {
    setActive({ month, index });
    table.current?.querySelector<HTMLElement>(`[data-day="${index}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-day]');
    // Keys move between days only from a day itself, not from a link inside it.
    if (!cell || cell !== e.target) return;
    const next = moveInGrid(e.key, Number(cell.dataset.day), days.length, i18n.dir, e.ctrlKey);
    if (next === null) return;
    e.preventDefault();
    focusDay(next);
  };

  return (
    <>
      <p id="calendar-help" className="hint">
        {t('delivery.calendar.keyboardHelp')}
      </p>
      <div className="table-scroll">
        <table
          ref={table}
          className="calendar"
          role="grid"
          aria-readonly="true"
          aria-labelledby="calendar-month"
          aria-describedby="calendar-help"
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr>
              {weekdayOrder(firstDay).map((w) => (
                <th key={w} scope="col" abbr={weekdayLong.format(weekdayDate(w))}>
                  <span aria-hidden="true">{weekdayShort.format(weekdayDate(w))}</span>
                  <span className="visually-hidden">{weekdayLong.format(weekdayDate(w))}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={week[0]!.date}>
                {week.map((day, d) => {
                  const index = w * 7 + d;
                  return (
                    <DayCell
                      key={day.date}
                      day={day}
                      index={index}
                      active={index === activeIndex}
                      today={day.date === today}
                      label={i18n.date(day.date, 'long')}
                      number={dayNumber.format(new Date(`${day.date}T00:00:00Z`))}
                      activities={byDay.get(day.date) ?? []}
                      onFocus={() => activeIndex !== index && setActive({ month, index })}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function DayCell({
  day,
  index,
  active,
  today,
  label,
  number,
  activities,
  onFocus,
}: {
  day: CalendarDay;
  index: number;
  active: boolean;
  today: boolean;
  label: string;
  number: string;
  activities: ActivityView[];
  onFocus: () => void;
}) {
  const { t } = useI18n();
  const classes = ['day', day.inMonth ? null : 'other-month', today ? 'today' : null, activities.length ? 'busy' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <td
      data-day={index}
      tabIndex={active ? 0 : -1}
      className={classes}
      onFocus={onFocus}
      aria-current={today ? 'date' : undefined}
      aria-label={`${label}${t('common.separator')}${t('delivery.calendar.dayCount', { count: activities.length })}`}
    >
      <span className="day-number" aria-hidden="true">
        {number}
      </span>
      {activities.length ? (
        <ul className="day-activities">
          {activities.map((a) => (
            <li key={a.id}>
              <ActivityLink a={a} tabIndex={active ? 0 : -1} />
            </li>
          ))}
        </ul>
      ) : null}
    </td>
  );
}

function MonthList({ month, byDay }: { month: string; byDay: Map<string, ActivityView[]> }) {
  const { t } = useI18n();
  const days = [...byDay.keys()].filter((d) => d.startsWith(month)).sort();
  if (days.length === 0) return <p>{t('delivery.calendar.empty')}</p>;
  return (
    <ol className="calendar-list">
      {days.map((d) => (
        <li key={d}>
          <h3>
            <DateText iso={d} style="long" />
          </h3>
          <ul>
            {byDay.get(d)!.map((a) => (
              <li key={a.id}>
                <ActivityLink a={a} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
