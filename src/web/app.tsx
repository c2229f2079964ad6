import { lazy, Suspense, useEffect, useRef } from 'react';
import { api } from './api.ts';
import { AsOfControl } from './components/as-of-control.tsx';
import { Loading } from './components/common.tsx';
import { LanguageSwitcher } from './components/language-switcher.tsx';
import { UserMenu } from './components/user-menu.tsx';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { Link, navigate, parsePath, preferredLanguage, useLocation, type Route } from './router.tsx';
import { DashboardPage } from './routes/dashboard.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { SessionProvider } from './session.tsx';

// Screens other than the dashboard load on demand; the initial bundle holds the shell and the first screen.
const MatrixPage = lazy(() => import('./routes/matrix.tsx').then((m) => ({ default: m.MatrixPage })));
const StatePage = lazy(() => import('./routes/state-profile.tsx').then((m) => ({ default: m.StateProfilePage })));
const InstrumentPage = lazy(() => import('./routes/instrument.tsx').then((m) => ({ default: m.InstrumentPage })));
const InstrumentsPage = lazy(() => import('./routes/instruments.tsx').then((m) => ({ default: m.InstrumentsPage })));
// Accounts, administration and documents: one chunk per area, fetched when a reader first opens one of its pages.
const signIn = () => import('./routes/sign-in.tsx');
const SignInPage = lazy(() => signIn().then((m) => ({ default: m.SignInPage })));
const SecondFactorPage = lazy(() => signIn().then((m) => ({ default: m.SecondFactorPage })));
const EnrolPage = lazy(() => signIn().then((m) => ({ default: m.EnrolPage })));
const passwordReset = () => import('./routes/password-reset.tsx');
const PasswordResetPage = lazy(() => passwordReset().then((m) => ({ default: m.PasswordResetPage })));
const PasswordResetConfirmPage = lazy(() => passwordReset().then((m) => ({ default: m.PasswordResetConfirmPage })));
const InvitationPage = lazy(() => import('./routes/invitation.tsx').then((m) => ({ default: m.InvitationPage })));
const AccountPage = lazy(() => import('./routes/account.tsx').then((m) => ({ default: m.AccountPage })));
const admin = () => import('./routes/admin/index.tsx');
const AdminPage = lazy(() => admin().then((m) => ({ default: m.AdminPage })));
const documents = () => import('./routes/documents/index.tsx');
const DocumentsPage = lazy(() => documents().then((m) => ({ default: m.DocumentsPage })));
const DocumentNewPage = lazy(() => documents().then((m) => ({ default: m.DocumentNewPage })));
const DocumentPage = lazy(() => documents().then((m) => ({ default: m.DocumentPage })));

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
    default:
      return <NotFoundPage />;
  }
}

function Shell({ route }: { route: Route }) {
  const { t, lang } = useI18n();
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

  const navItems: { to: string; label: string; active: boolean }[] = [
    { to: `/${lang}/`, label: t('nav.dashboard'), active: route.name === 'dashboard' },
    { to: `/${lang}/matrix`, label: t('nav.matrix'), active: route.name === 'matrix' },
    {
      to: `/${lang}/instruments`,
      label: t('nav.instruments'),
      active: route.name === 'instruments' || route.name === 'instrument',
    },
  ];
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
            <LanguageSwitcher />
            <UserMenu />
          </div>
        </div>
        <nav className="main-nav" aria-label={t('nav.label')}>
          <ul>
            {navItems.map((item) => (
              <li key={item.to}>
                <Link to={withAsOf(item.to)} aria-current={item.active ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
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
        </ul>
      </footer>
    </>
  );
}
