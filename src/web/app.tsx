import { lazy, Suspense, useEffect, useRef } from 'react';
import { api } from './api.ts';
import { AsOfControl } from './components/as-of-control.tsx';
import { Loading } from './components/common.tsx';
import { LanguageSwitcher } from './components/language-switcher.tsx';
import { SearchForm } from './features/library/search-form.tsx';
import { UserMenu } from './components/user-menu.tsx';
import { coordinationLanding } from './features/assistance/coordination-views.ts';
import { NotificationBell } from './features/assistance/notification-bell.tsx';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { Link, navigate, parsePath, preferredLanguage, useLocation, type Route } from './router.tsx';
import { DashboardPage } from './routes/treaties/dashboard.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { SessionProvider, useSession } from './session.tsx';

// Screens other than the dashboard load on demand; the initial bundle holds the shell and the first screen.
const MatrixPage = lazy(() => import('./routes/treaties/matrix.tsx').then((m) => ({ default: m.MatrixPage })));
const StatePage = lazy(() => import('./routes/treaties/state-profile.tsx').then((m) => ({ default: m.StateProfilePage })));
const InstrumentPage = lazy(() => import('./routes/treaties/instrument.tsx').then((m) => ({ default: m.InstrumentPage })));
const InstrumentsPage = lazy(() => import('./routes/treaties/instruments.tsx').then((m) => ({ default: m.InstrumentsPage })));
// Accounts, administration and documents: one chunk per area, fetched when a reader first opens one of its pages.
const signIn = () => import('./routes/accounts/sign-in.tsx');
const SignInPage = lazy(() => signIn().then((m) => ({ default: m.SignInPage })));
const SecondFactorPage = lazy(() => signIn().then((m) => ({ default: m.SecondFactorPage })));
const EnrolPage = lazy(() => signIn().then((m) => ({ default: m.EnrolPage })));
const passwordReset = () => import('./routes/accounts/password-reset.tsx');
const PasswordResetPage = lazy(() => passwordReset().then((m) => ({ default: m.PasswordResetPage })));
const PasswordResetConfirmPage = lazy(() => passwordReset().then((m) => ({ default: m.PasswordResetConfirmPage })));
const SetupPage = lazy(() => import('./routes/accounts/setup.tsx').then((m) => ({ default: m.SetupPage })));
const InvitationPage = lazy(() => import('./routes/accounts/invitation.tsx').then((m) => ({ default: m.InvitationPage })));
const AccountPage = lazy(() => import('./routes/accounts/account.tsx').then((m) => ({ default: m.AccountPage })));
const admin = () => import('./routes/accounts/admin/index.tsx');
const AdminPage = lazy(() => admin().then((m) => ({ default: m.AdminPage })));
const documents = () => import('./routes/library/index.tsx');
const SearchPage = lazy(() => import('./routes/library/search.tsx').then((m) => ({ default: m.SearchPage })));
const legislation = () => import('./routes/library/legislation.tsx');
const LegislationPage = lazy(() => legislation().then((m) => ({ default: m.LegislationPage })));
const StateLegislationPage = lazy(() => legislation().then((m) => ({ default: m.StateLegislationPage })));
const mandates = () => import('./routes/reporting/resolutions.tsx');
const ResolutionsPage = lazy(() => mandates().then((m) => ({ default: m.ResolutionsPage })));
const ResolutionPage = lazy(() => mandates().then((m) => ({ default: m.ResolutionPage })));
const DocumentsPage = lazy(() => documents().then((m) => ({ default: m.DocumentsPage })));
const DocumentNewPage = lazy(() => documents().then((m) => ({ default: m.DocumentNewPage })));
const DocumentPage = lazy(() => documents().then((m) => ({ default: m.DocumentPage })));
// Assistance requests: the list and queue with a request's page (one chunk), and the wizard (another).
const cooperationRequests = () => import('./routes/cooperation/requests/index.tsx');
const CooperationRequestsPage = lazy(() => cooperationRequests().then((m) => ({ default: m.CooperationRequestsPage })));
const CooperationRequestWizardPage = lazy(() => cooperationRequests().then((m) => ({ default: m.CooperationRequestWizardPage })));
const CooperationRequestPage = lazy(() => cooperationRequests().then((m) => ({ default: m.CooperationRequestPage })));
const requests = () => import('./routes/assistance/requests/index.tsx');
const RequestsPage = lazy(() => requests().then((m) => ({ default: m.RequestsPage })));
const RequestPage = lazy(() => requests().then((m) => ({ default: m.RequestPage })));
const requestWizard = () => import('./routes/assistance/requests/wizard.tsx');
const RequestNewPage = lazy(() => requestWizard().then((m) => ({ default: m.RequestNewPage })));
const RequestEditPage = lazy(() => requestWizard().then((m) => ({ default: m.RequestEditPage })));
// Delivery, coordination and notifications: one small chunk per screen (shared pieces split out by the bundler).
const ActivitiesPage = lazy(() => import('./routes/assistance/activities-list.tsx').then((m) => ({ default: m.ActivitiesPage })));
const ActivityCalendarPage = lazy(() => import('./routes/assistance/calendar.tsx').then((m) => ({ default: m.ActivityCalendarPage })));
const ActivityPage = lazy(() => import('./routes/assistance/activities-page.tsx').then((m) => ({ default: m.ActivityPage })));
const activityForm = () => import('./routes/assistance/activities-form.tsx');
const ActivityNewPage = lazy(() => activityForm().then((m) => ({ default: m.ActivityNewPage })));
const ActivityEditPage = lazy(() => activityForm().then((m) => ({ default: m.ActivityEditPage })));
const programmes = () => import('./routes/assistance/programmes.tsx');
const ProgrammesPage = lazy(() => programmes().then((m) => ({ default: m.ProgrammesPage })));
const ProgrammePage = lazy(() => programmes().then((m) => ({ default: m.ProgrammePage })));
const ProgrammeFormPage = lazy(() => programmes().then((m) => ({ default: m.ProgrammeFormPage })));
const strategies = () => import('./routes/assistance/strategies.tsx');
const StrategiesPage = lazy(() => strategies().then((m) => ({ default: m.StrategiesPage })));
const StrategyPage = lazy(() => strategies().then((m) => ({ default: m.StrategyPage })));
const StrategyFormPage = lazy(() => strategies().then((m) => ({ default: m.StrategyFormPage })));
const CoordinationPage = lazy(() => import('./routes/assistance/coordination.tsx').then((m) => ({ default: m.CoordinationPage })));
const OverlapsPage = lazy(() => import('./routes/assistance/coordination-overlaps.tsx').then((m) => ({ default: m.OverlapsPage })));
const GapsPage = lazy(() => import('./routes/assistance/gaps.tsx').then((m) => ({ default: m.GapsPage })));
const needs = () => import('./routes/assistance/needs.tsx');
const NeedsPage = lazy(() => needs().then((m) => ({ default: m.NeedsPage })));
const NeedPage = lazy(() => needs().then((m) => ({ default: m.NeedPage })));
const NeedNewPage = lazy(() => needs().then((m) => ({ default: m.NeedNewPage })));
const notifications = () => import('./routes/assistance/notifications.tsx');
const cooperation = () => import('./routes/cooperation/legal-basis.tsx');
const LegalBasisPage = lazy(() => cooperation().then((m) => ({ default: m.LegalBasisPage })));
const PairsPage = lazy(() => import('./routes/cooperation/pairs.tsx').then((m) => ({ default: m.PairsPage })));
const authorities = () => import('./routes/cooperation/authorities.tsx');
const AuthoritiesPage = lazy(() => authorities().then((m) => ({ default: m.AuthoritiesPage })));
const AuthorityPage = lazy(() => authorities().then((m) => ({ default: m.AuthorityPage })));
const AuthorityFormPage = lazy(() => authorities().then((m) => ({ default: m.AuthorityFormPage })));
const register = () => import('./routes/cooperation/bilateral-treaties.tsx');
const BilateralTreatiesPage = lazy(() => register().then((m) => ({ default: m.BilateralTreatiesPage })));
const BilateralTreatyPage = lazy(() => register().then((m) => ({ default: m.BilateralTreatyPage })));
const BilateralTreatyFormPage = lazy(() => register().then((m) => ({ default: m.BilateralTreatyFormPage })));
const DeclarationsPage = lazy(() => import('./routes/cooperation/declarations.tsx').then((m) => ({ default: m.DeclarationsPage })));
const ArticlePage = lazy(() => import('./routes/treaties/article.tsx').then((m) => ({ default: m.ArticlePage })));
// Funding: one chunk for its screens, fetched when a reader first opens one.
const funding = () => import('./routes/funding/index.tsx');
const FundingPage = lazy(() => funding().then((m) => ({ default: m.FundingPage })));
const ContributionPage = lazy(() => funding().then((m) => ({ default: m.ContributionPage })));
const ContributionNewPage = lazy(() => funding().then((m) => ({ default: m.ContributionNewPage })));
const DonorPage = lazy(() => funding().then((m) => ({ default: m.DonorPage })));
const RatesPage = lazy(() => funding().then((m) => ({ default: m.RatesPage })));
// The Secretary-General's report: one chunk per screen (the figure pieces they share split out by the bundler).
const reports = () => import('./routes/reporting/reports.tsx');
const ReportsPage = lazy(() => reports().then((m) => ({ default: m.ReportsPage })));
const ReportPage = lazy(() => import('./routes/reporting/report.tsx').then((m) => ({ default: m.ReportPage })));
const ReportFigurePage = lazy(() => import('./routes/reporting/report-figure.tsx').then((m) => ({ default: m.ReportFigurePage })));
const NotificationsPage = lazy(() => notifications().then((m) => ({ default: m.NotificationsPage })));
const SubscriptionsPage = lazy(() => notifications().then((m) => ({ default: m.SubscriptionsPage })));

/** Screens of the treaty record, which the "as of" date applies to. */
const TREATY_ROUTES = new Set<Route['name']>(['dashboard', 'matrix', 'instruments', 'instrument', 'state']);

export function App() {
  const location = useLocation();
  const { lang, route } = parsePath(location.pathname);
  useEffect(() => {
    if (!lang) {
      const path = location.pathname === '/' ? '/' : location.pathname;
      navigate(`/${preferredLanguage()}${path}${location.search}`, { replace: true });
    }
  }, [lang, location]);
  if (!lang) return null;
  return (
    <I18nProvider lang={lang}>
      <SessionProvider>
        <Shell route={route} />
      </SessionProvider>
    </I18nProvider>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'dashboard':
      return <DashboardPage />;
    case 'matrix':
      return <MatrixPage />;
    case 'instruments':
      return <InstrumentsPage />;
    case 'instrument':
      return <InstrumentPage id={route.id} />;
    case 'state':
      return <StatePage code={route.code} />;
    case 'signIn':
      return <SignInPage />;
    case 'secondFactor':
      return <SecondFactorPage />;
    case 'enrol':
      return <EnrolPage />;
    case 'passwordReset':
      return <PasswordResetPage />;
    case 'passwordResetConfirm':
      return <PasswordResetConfirmPage token={route.token} />;
    case 'invitation':
      return <InvitationPage token={route.token} />;
    case 'setup':
      return <SetupPage />;
    case 'account':
      return <AccountPage />;
    case 'admin':
    case 'adminOrganisations':
    case 'adminPeople':
    case 'adminPerson':
    case 'adminInvitations':
    case 'adminAuditLog':
      return <AdminPage route={route} />;
    case 'documents':
      return <DocumentsPage />;
    case 'documentNew':
      return <DocumentNewPage />;
    case 'document':
      return <DocumentPage id={route.id} />;
    case 'search':
      return <SearchPage />;
    case 'legislation':
      return <LegislationPage />;
    case 'stateLegislation':
      return <StateLegislationPage code={route.code} />;
    case 'mandates':
      return <ResolutionsPage />;
    case 'mandate':
      return <ResolutionPage id={route.id} />;
    case 'requests':
      return <RequestsPage />;
    case 'requestNew':
      return <RequestNewPage />;
    case 'requestEdit':
      return <RequestEditPage id={route.id} />;
    case 'request':
      return <RequestPage id={route.id} />;
    case 'activities':
      return <ActivitiesPage />;
    case 'activityCalendar':
      return <ActivityCalendarPage />;
    case 'activityNew':
      return <ActivityNewPage />;
    case 'activity':
      return <ActivityPage id={route.id} />;
    case 'activityEdit':
      return <ActivityEditPage id={route.id} />;
    case 'programmes':
      return <ProgrammesPage />;
    case 'programmeNew':
      return <ProgrammeFormPage />;
    case 'programme':
      return <ProgrammePage id={route.id} />;
    case 'programmeEdit':
      return <ProgrammeFormPage id={route.id} />;
    case 'strategies':
      return <StrategiesPage />;
    case 'strategyNew':
      return <StrategyFormPage />;
    case 'strategy':
      return <StrategyPage id={route.id} />;
    case 'strategyEdit':
      return <StrategyFormPage id={route.id} />;
    case 'coordination':
      return <CoordinationPage />;
    case 'overlaps':
      return <OverlapsPage />;
    case 'gaps':
      return <GapsPage />;
    case 'needs':
      return <NeedsPage />;
    case 'needNew':
      return <NeedNewPage />;
    case 'need':
      return <NeedPage id={route.id} />;
    case 'notifications':
      return <NotificationsPage />;
    case 'subscriptions':
      return <SubscriptionsPage />;
    case 'legalBasis':
      return <LegalBasisPage />;
    case 'pairs':
      return <PairsPage />;
    case 'authorities':
      return <AuthoritiesPage />;
    case 'authorityNew':
      return <AuthorityFormPage />;
    case 'authority':
      return <AuthorityPage id={route.id} />;
    case 'authorityEdit':
      return <AuthorityFormPage id={route.id} />;
    case 'bilateralTreaties':
      return <BilateralTreatiesPage />;
    case 'bilateralTreatyNew':
      return <BilateralTreatyFormPage />;
    case 'bilateralTreaty':
      return <BilateralTreatyPage id={route.id} />;
    case 'bilateralTreatyEdit':
      return <BilateralTreatyFormPage id={route.id} />;
    case 'declarations':
      return <DeclarationsPage />;
    case 'cooperationRequests':
      return <CooperationRequestsPage />;
    case 'cooperationRequestNew':
      return <CooperationRequestWizardPage />;
    case 'cooperationRequest':
      return <CooperationRequestPage id={route.id} />;
    case 'cooperationRequestEdit':
      return <CooperationRequestWizardPage id={route.id} />;
    case 'article':
      return <ArticlePage id={route.id} article={route.article} />;
    case 'funding':
      return <FundingPage />;
    case 'contributionNew':
      return <ContributionNewPage />;
    case 'contribution':
      return <ContributionPage id={route.id} />;
    case 'donor':
      return <DonorPage id={route.id} />;
    case 'fundingRates':
      return <RatesPage />;
    case 'reports':
      return <ReportsPage />;
    case 'report':
      return <ReportPage id={route.id} />;
    case 'reportFigure':
      return <ReportFigurePage id={route.id} figureId={route.figureId} />;
    default:
      return <NotFoundPage />;
  }
}

function Shell({ route }: { route: Route }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a client-side page change, move focus to the new page's heading (as a full page load would, to the top).
  const pageKey = location.pathname;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Screens load lazily and render their heading once their data arrives: wait for it (up to 3 s).
    let tries = 0;
    const id = window.setInterval(() => {
      // While a lazy screen loads, Suspense keeps the previous screen in the DOM, hidden: skip hidden headings.
      const h1 = [...(main.current?.querySelectorAll<HTMLElement>('h1') ?? [])].find((h) => h.getClientRects().length > 0);
      if (h1 || ++tries > 60) {
        window.clearInterval(id);
        (h1 ?? main.current)?.focus({ preventScroll: true });
      }
    }, 50);
    return () => window.clearInterval(id);
  }, [pageKey]);

  const navItems: { to: string; label: string; active: boolean; wideOnly?: boolean }[] = [
    { to: `/${lang}/`, label: t('nav.dashboard'), active: route.name === 'dashboard' },
    { to: `/${lang}/matrix`, label: t('nav.matrix'), active: route.name === 'matrix' },
    {
      to: `/${lang}/instruments`,
      label: t('nav.instruments'),
      active: route.name === 'instruments' || route.name === 'instrument',
    },
  ];
  // Screens for signed-in people (assistance): after the treaty screens.
  // Only what the reader may open (the session's abilities, from the server's policy).
  if (session.user && session.abilities.readRequests) {
    navItems.push({
      to: `/${lang}/requests`,
      label: t('requests.nav'),
      active: route.name === 'requests' || route.name === 'requestNew' || route.name === 'request' || route.name === 'requestEdit',
    });
  }
  // Delivery is open to all (public activities); coordination to the signed-in people the policy lets in.
  const DELIVERY_ROUTES: Route['name'][] = ['activities', 'activityCalendar', 'activityNew', 'activity', 'activityEdit', 'programmes', 'programmeNew', 'programme', 'programmeEdit', 'strategies', 'strategyNew', 'strategy', 'strategyEdit'];
  const COORDINATION_ROUTES: Route['name'][] = ['coordination', 'overlaps', 'gaps', 'needs', 'needNew', 'need'];
  navItems.push({ to: `/${lang}/activities`, label: t('delivery.nav'), active: DELIVERY_ROUTES.includes(route.name) });
  // The mandate registry: public resolutions. Off the menu on a phone (the header keeps to two rows), where the footer
  // links it.
  navItems.push({ to: `/${lang}/mandates`, label: t('mandates.nav'), active: route.name === 'mandates' || route.name === 'mandate', wideOnly: true });
  const coordination = session.user ? coordinationLanding(session.abilities) : null;
  if (coordination) {
    navItems.push({ to: `/${lang}${coordination}`, label: t('coordination.nav'), active: COORDINATION_ROUTES.includes(route.name) });
  }
  // International cooperation is open to all (the public sees what States made public).
  const COOPERATION_ROUTES: Route['name'][] = ['legalBasis', 'pairs', 'authorities', 'authorityNew', 'authority', 'authorityEdit', 'bilateralTreaties', 'bilateralTreatyNew', 'bilateralTreaty', 'bilateralTreatyEdit', 'declarations'];
  navItems.push({ to: `/${lang}/cooperation/legal-basis`, label: t('cooperation.nav'), active: COOPERATION_ROUTES.includes(route.name) });
  // Requests for MLA and extradition: for the central authorities' practitioners, who draft and receive them.
  if (session.user && session.abilities.draftCooperationRequests) {
    const REQUEST_ROUTES: Route['name'][] = ['cooperationRequests', 'cooperationRequestNew', 'cooperationRequest', 'cooperationRequestEdit'];
    navItems.push({ to: `/${lang}/cooperation/requests`, label: t('requestWriter.nav'), active: REQUEST_ROUTES.includes(route.name) });
  }
  // Funding: for the entities' people and donors' representatives (the policy's funding:read).
  if (session.user && session.abilities.readFunding) {
    const FUNDING_ROUTES: Route['name'][] = ['funding', 'contributionNew', 'contribution', 'donor', 'fundingRates'];
    navItems.push({ to: `/${lang}/funding`, label: t('funding.nav'), active: FUNDING_ROUTES.includes(route.name) });
  }
  // The Secretary-General's report: for the coordinators who write it.
  if (session.user && session.abilities.readReports) {
    const REPORT_ROUTES: Route['name'][] = ['reports', 'report', 'reportFigure'];
    navItems.push({ to: `/${lang}/reports`, label: t('reports.nav'), active: REPORT_ROUTES.includes(route.name) });
  }
  // Keep the as-of date when moving between screens.
  const keep = new URLSearchParams(location.search).get('asOf');
  const withAsOf = (to: string) => (keep ? `${to}?asOf=${encodeURIComponent(keep)}` : to);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <p className="brand">
            <Link to={withAsOf(`/${lang}/`)}>{t('app.name')}</Link>
            <span className="tagline">{t('app.tagline')}</span>
          </p>
          <div className="header-tools">
            {route.name === 'search' ? null : <SearchForm id="header-search-q" compact />}
            <LanguageSwitcher />
            <NotificationBell />
            <UserMenu />
          </div>
        </div>
        <nav className="main-nav" aria-label={t('nav.label')}>
          <ul>
            {navItems.map((item) => (
              <li key={item.to} className={item.wideOnly ? 'nav-wide' : undefined}>
                <Link to={withAsOf(item.to)} aria-current={item.active ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
            <li className="nav-search">
              <Link to={`/${lang}/search`} aria-current={route.name === 'search' ? 'page' : undefined}>
                {t('search.title')}
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      {TREATY_ROUTES.has(route.name) ? (
        <div className="toolbar">
          <AsOfControl />
        </div>
      ) : null}
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Page route={route} />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer.about')}</p>
        <ul>
          <li>
            <a href={api.changesFeedUrl}>{t('app.footer.feed')}</a>
          </li>
          <li>
            <a href="/api/docs">{t('app.footer.apiDocs')}</a>
          </li>
          <li>
            <Link to={`/${lang}/mandates`}>{t('mandates.nav')}</Link>
          </li>
        </ul>
      </footer>
    </>
  );
}
