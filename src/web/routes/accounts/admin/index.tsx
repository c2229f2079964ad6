// Administration: organisations, people and their roles, invitations, the audit trail. One lazily loaded chunk.
import { useEffect } from 'react';
import { Loading } from '#web/components/common.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, type Route } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { NotFoundPage } from '#web/routes/not-found.tsx';
import { AuditLogSection } from './audit-log.tsx';
import { InvitationsSection } from './invitations.tsx';
import { OrganisationsSection } from './organisations.tsx';
import { PeopleSection } from './people.tsx';
import { PersonSection } from './person.tsx';

type AdminRoute = Extract<
  Route,
  { name: 'admin' | 'adminOrganisations' | 'adminPeople' | 'adminPerson' | 'adminInvitations' | 'adminAuditLog' }
>;

export function AdminPage({ route }: { route: AdminRoute }) {
  return (
    <SignedIn>
      <Admin route={route} />
    </SignedIn>
  );
}

interface Section {
  path: string;
  label: MessageKey;
  routes: AdminRoute['name'][];
  allowed: boolean;
}

function Admin({ route }: { route: AdminRoute }) {
  const { t, lang } = useI18n();
  const { abilities } = useSession();
  const sections: Section[] = [
    {
      path: '/admin/organisations',
      label: 'admin.nav.organisations',
      routes: ['adminOrganisations'],
      allowed: abilities.administer,
    },
    { path: '/admin/people', label: 'admin.nav.people', routes: ['adminPeople', 'adminPerson'], allowed: abilities.administer },
    { path: '/admin/invitations', label: 'admin.nav.invitations', routes: ['adminInvitations'], allowed: abilities.invite },
    { path: '/admin/audit-log', label: 'admin.nav.auditLog', routes: ['adminAuditLog'], allowed: abilities.readAuditLog },
  ].filter((s) => s.allowed) as Section[];
  const first = sections[0];
  useEffect(() => {
    if (route.name === 'admin' && first) navigate(href(lang, first.path), { replace: true });
  }, [route.name, first, lang]);

  if (route.name === 'admin') return first ? <Loading /> : <NotFoundPage />;
  // A page the person may not use is not offered; the API would refuse it anyway.
  const current = sections.find((s) => s.routes.includes(route.name));
  if (!current) return <NotFoundPage />;
  return (
    <div className="admin">
      <nav className="sub-nav" aria-label={t('admin.nav.label')}>
        <ul>
          {sections.map((s) => (
            <li key={s.path}>
              <Link to={href(lang, s.path)} aria-current={s !== current ? undefined : route.name === 'adminPerson' ? 'true' : 'page'}>
                {t(s.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {route.name === 'adminOrganisations' ? <OrganisationsSection /> : null}
      {route.name === 'adminPeople' ? <PeopleSection /> : null}
      {route.name === 'adminPerson' ? <PersonSection id={route.id} /> : null}
      {route.name === 'adminInvitations' ? <InvitationsSection /> : null}
      {route.name === 'adminAuditLog' ? <AuditLogSection /> : null}
    </div>
  );
}
