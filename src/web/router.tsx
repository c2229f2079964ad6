// A tiny History-API router. Accord has a score of screens and needs only: the current URL as state, push/replace, and
// links that do not reload. A router library would add ~15–25 kB gzipped for features (loaders, nesting) we skip.
import { useMemo, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { LANGUAGES, type Language } from '#domain/treaties/types.ts';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export interface NavigateOptions {
  replace?: boolean;
  /** Keep the scroll position (filter changes); page changes scroll to the top. */
  keepScroll?: boolean;
}

export function navigate(to: string, options: NavigateOptions = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  if (!options.keepScroll) window.scrollTo(0, 0);
  for (const l of listeners) l();
}

export function useLocation(): URL {
  const href = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => new URL(href, window.location.origin), [href]);
}

export type Route =
  | { name: 'dashboard' }
  | { name: 'matrix' }
  | { name: 'instruments' }
  | { name: 'instrument'; id: string }
  | { name: 'state'; code: string }
  | { name: 'signIn' }
  | { name: 'secondFactor' }
  | { name: 'enrol' }
  | { name: 'passwordReset' }
  | { name: 'passwordResetConfirm'; token: string }
  | { name: 'invitation'; token: string }
  | { name: 'setup' }
  | { name: 'account' }
  | { name: 'admin' }
  | { name: 'adminOrganisations' }
  | { name: 'adminPeople' }
  | { name: 'adminPerson'; id: string }
  | { name: 'adminInvitations' }
  | { name: 'adminAuditLog' }
  | { name: 'documents' }
  | { name: 'documentNew' }
  | { name: 'document'; id: string }
  // Assistance requests (issue 4): the list and the officers' queue (?view=queue), the wizard, a request's page
  | { name: 'requests' }
  | { name: 'requestNew' }
  | { name: 'request'; id: string }
  | { name: 'requestEdit'; id: string }
  // Delivery and coordination (issue 4)
  | { name: 'activities' }
  | { name: 'activityCalendar' }
  | { name: 'activityNew' }
  | { name: 'activity'; id: string }
  | { name: 'activityEdit'; id: string }
  | { name: 'programmes' }
  | { name: 'programmeNew' }
  | { name: 'programme'; id: string }
  | { name: 'programmeEdit'; id: string }
  | { name: 'strategies' }
  | { name: 'strategyNew' }
  | { name: 'strategy'; id: string }
  | { name: 'strategyEdit'; id: string }
  | { name: 'coordination' }
  | { name: 'overlaps' }
  | { name: 'gaps' }
  | { name: 'needs' }
  | { name: 'needNew' }
  | { name: 'need'; id: string }
  | { name: 'notifications' }
  | { name: 'subscriptions' }
  // International cooperation (issue 11): the legal-basis finder, the pair view, the directory of competent
  // authorities, bilateral treaties and declarations, and a treaty article's text
  | { name: 'legalBasis' }
  | { name: 'pairs' }
  | { name: 'authorities' }
  | { name: 'authorityNew' }
  | { name: 'authority'; id: string }
  | { name: 'authorityEdit'; id: string }
  | { name: 'bilateralTreaties' }
  | { name: 'bilateralTreatyNew' }
  | { name: 'bilateralTreaty'; id: string }
  | { name: 'bilateralTreatyEdit'; id: string }
  | { name: 'declarations' }
  | { name: 'article'; id: string; article: string }
  // Requests for MLA and extradition (issue 12): the list, drafting (new, then the wizard's steps) and the shared record
  | { name: 'cooperationRequests' }
  | { name: 'cooperationRequestNew' }
  | { name: 'cooperationRequest'; id: string }
  | { name: 'cooperationRequestEdit'; id: string }
  // Legislation, the library and search (issue 13): checklists per instrument, a State's legislation, one search
  | { name: 'legislation' }
  | { name: 'stateLegislation'; code: string }
  | { name: 'search' }
  // Funding (issue 14): contributions with balances, a contribution, the form recording one, a donor's page, rates
  | { name: 'funding' }
  | { name: 'contributionNew' }
  | { name: 'contribution'; id: string }
  | { name: 'donor'; id: string }
  | { name: 'fundingRates' }
  // The mandate registry (issue 14 §2): the resolutions imported, and one with its paragraphs
  | { name: 'mandates' }
  | { name: 'mandate'; id: string }
  // The Secretary-General's report (issue 14 §3): the drafts, one draft, the records behind one of its figures
  | { name: 'reports' }
  | { name: 'report'; id: string }
  | { name: 'reportFigure'; id: string; figureId: string }
  | { name: 'notFound' };

/** Routes of the accounts, administration and documents screens: `/{lang}/…` paths, segment by segment. */
function accountsRoute(a: string, b: string | undefined, c: string | undefined): Route | null {
  if (a === 'sign-in') {
    if (b === undefined) return { name: 'signIn' };
    if (b === 'second-factor' && c === undefined) return { name: 'secondFactor' };
    if (b === 'enrol' && c === undefined) return { name: 'enrol' };
    return null;
  }
  if (a === 'password-reset' && c === undefined) {
    return b === undefined ? { name: 'passwordReset' } : { name: 'passwordResetConfirm', token: b };
  }
  if (a === 'invitations' && b && c === undefined) return { name: 'invitation', token: b };
  if (a === 'setup' && b === undefined) return { name: 'setup' };
  if (a === 'account' && b === undefined) return { name: 'account' };
  if (a === 'admin') {
    if (b === undefined) return { name: 'admin' };
    if (b === 'organisations' && c === undefined) return { name: 'adminOrganisations' };
    if (b === 'people') return c === undefined ? { name: 'adminPeople' } : { name: 'adminPerson', id: c };
    if (b === 'invitations' && c === undefined) return { name: 'adminInvitations' };
    if (b === 'audit-log' && c === undefined) return { name: 'adminAuditLog' };
    return null;
  }
  if (a === 'documents' && c === undefined) {
    if (b === undefined) return { name: 'documents' };
    if (b === 'new') return { name: 'documentNew' };
    return { name: 'document', id: b };
  }
  return null;
}

/** A record kind's pages: `/{area}`, `/{area}/new`, `/{area}/{id}`, `/{area}/{id}/edit`. */
function recordRoutes<L extends Route['name'], N extends Route['name'], R extends Route['name'], E extends Route['name']>(
  names: [L, N, R, E],
  b: string | undefined,
  c: string | undefined,
): Route | null {
  const [list, create, record, edit] = names;
  if (b === undefined) return { name: list } as Route;
  if (b === 'new') return c === undefined ? ({ name: create } as Route) : null;
  if (c === undefined) return { name: record, id: b } as Route;
  return c === 'edit' ? ({ name: edit, id: b } as Route) : null;
}

/** Routes of delivery (activities, programmes, strategies), coordination and notifications. */
function deliveryRoute(a: string, b: string | undefined, c: string | undefined, d: string | undefined): Route | null {
  if (a === 'requests' && d === undefined) return recordRoutes(['requests', 'requestNew', 'request', 'requestEdit'], b, c);
  if (a === 'activities') {
    if (b === 'calendar') return c === undefined ? { name: 'activityCalendar' } : null;
    return d === undefined ? recordRoutes(['activities', 'activityNew', 'activity', 'activityEdit'], b, c) : null;
  }
  if (a === 'programmes' && d === undefined) return recordRoutes(['programmes', 'programmeNew', 'programme', 'programmeEdit'], b, c);
  if (a === 'strategies' && d === undefined) return recordRoutes(['strategies', 'strategyNew', 'strategy', 'strategyEdit'], b, c);
  if (a === 'coordination') {
    if (b === undefined) return { name: 'coordination' };
    if (b === 'overlaps' && c === undefined) return { name: 'overlaps' };
    if (b === 'gaps' && c === undefined) return { name: 'gaps' };
    if (b === 'needs' && d === undefined) {
      if (c === undefined) return { name: 'needs' };
      return c === 'new' ? { name: 'needNew' } : { name: 'need', id: c };
    }
    return null;
  }
  if (a === 'notifications') {
    if (b === undefined) return { name: 'notifications' };
    return b === 'subscriptions' && c === undefined ? { name: 'subscriptions' } : null;
  }
  return null;
}

/** Routes of international cooperation: `/cooperation/…`. */
function cooperationRoute(a: string, b: string | undefined, c: string | undefined, d: string | undefined): Route | null {
  if (a !== 'cooperation' || b === undefined) return null;
  if (b === 'legal-basis' && c === undefined) return { name: 'legalBasis' };
  if (b === 'pairs' && c === undefined) return { name: 'pairs' };
  if (b === 'declarations' && c === undefined) return { name: 'declarations' };
  // `…/{id}/edit` has a fourth part: recordRoutes takes it (and refuses any other).
  if (b === 'authorities') return recordRoutes(['authorities', 'authorityNew', 'authority', 'authorityEdit'], c, d);
  if (b === 'requests') return recordRoutes(['cooperationRequests', 'cooperationRequestNew', 'cooperationRequest', 'cooperationRequestEdit'], c, d);
  if (b === 'treaties') return recordRoutes(['bilateralTreaties', 'bilateralTreatyNew', 'bilateralTreaty', 'bilateralTreatyEdit'], c, d);
  return null;
}

/** Routes of funding: `/funding`, `/funding/contributions/{new|id}`, `/funding/donors/{id}`, `/funding/rates`. */
function fundingRoute(a: string, b: string | undefined, c: string | undefined, d: string | undefined): Route | null {
  if (a !== 'funding' || d !== undefined) return null;
  if (b === undefined) return { name: 'funding' };
  if (b === 'rates') return c === undefined ? { name: 'fundingRates' } : null;
  if (b === 'contributions' && c) return c === 'new' ? { name: 'contributionNew' } : { name: 'contribution', id: c };
  if (b === 'donors' && c) return { name: 'donor', id: c };
  return null;
}

/** Routes of the report drafts: `/reports`, `/reports/{id}`, `/reports/{id}/figures/{figureId}`. */
function reportsRoute(a: string | undefined, b: string | undefined, more: string[]): Route | null {
  if (a !== 'reports') return null;
  if (b === undefined) return more.length === 0 ? { name: 'reports' } : null;
  if (more.length === 0) return { name: 'report', id: b };
  if (more.length === 2 && more[0] === 'figures') return { name: 'reportFigure', id: b, figureId: more[1]! };
  return null;
}

export function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/** `/fr/states/FRA` → { lang: 'fr', route: { name: 'state', code: 'FRA' } }; lang is null when the path has none. */
export function parsePath(pathname: string): { lang: Language | null; route: Route; rest: string } {
  const parts = pathname.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  const first = parts[0];
  if (!isLanguage(first)) return { lang: null, route: { name: 'notFound' }, rest: pathname };
  const [, a, b, ...more] = parts;
  const rest = '/' + parts.slice(1).map(encodeURIComponent).join('/');
  let route: Route = { name: 'notFound' };
  if (a !== undefined && more.length <= 1) route = accountsRoute(a, b, more[0]) ?? route;
  if (a !== undefined && more.length <= 2 && route.name === 'notFound') route = deliveryRoute(a, b, more[0], more[1]) ?? route;
  if (a !== undefined && more.length <= 2 && route.name === 'notFound') route = cooperationRoute(a, b, more[0], more[1]) ?? route;
  if (a !== undefined && more.length <= 2 && route.name === 'notFound') route = fundingRoute(a, b, more[0], more[1]) ?? route;
  if (a === 'instruments' && b && more.length === 2 && more[0] === 'articles') route = { name: 'article', id: b, article: more[1]! };
  if (a === 'states' && b && more.length === 1 && more[0] === 'legislation') route = { name: 'stateLegislation', code: b };
  if (a === 'reports') route = reportsRoute(a, b, more) ?? route;
  if (more.length === 0 && route.name === 'notFound') {
    if (a === undefined) route = { name: 'dashboard' };
    else if (a === 'search' && b === undefined) route = { name: 'search' };
    else if (a === 'legislation' && b === undefined) route = { name: 'legislation' };
    else if (a === 'mandates') route = b === undefined ? { name: 'mandates' } : { name: 'mandate', id: b };
    else if (a === 'matrix' && b === undefined) route = { name: 'matrix' };
    else if (a === 'instruments' && b === undefined) route = { name: 'instruments' };
    else if (a === 'instruments' && b) route = { name: 'instrument', id: b };
    else if (a === 'states' && b) route = { name: 'state', code: b };
  }
  return { lang: first, route, rest };
}

/** The language the browser prefers among the six, else English. */
export function preferredLanguage(): Language {
  for (const tag of navigator.languages ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** Builds `/{lang}{path}?{query}`, dropping empty query values. */
export function href(lang: Language, path: string, query: Record<string, string | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) q.set(k, v);
  const s = q.toString();
  return `/${lang}${path}${s ? `?${s}` : ''}`;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (rest.target && rest.target !== '_self') return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}

/** Reads and updates the query string of the current URL (filters, asOf), so every view is linkable. */
export function useSearch(): [URLSearchParams, (patch: Record<string, string | null>, options?: NavigateOptions) => void] {
  const location = useLocation();
  const params = useMemo(() => new URLSearchParams(location.search), [location]);
  const update = (patch: Record<string, string | null>, options: NavigateOptions = { keepScroll: true }) => {
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    const s = next.toString();
    navigate(window.location.pathname + (s ? `?${s}` : ''), options);
  };
  return [params, update];
}
