// The header's account corner: "Sign in", or the signed-in person's menu (a disclosure: a button and a list of links,
// closed with Escape, opening on the first item is not forced — arrow-key menus are for application menus).
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { href, Link, navigate, parsePath, useLocation } from '../router.tsx';
import { useSession } from '../session.tsx';

export function UserMenu() {
  const { t, lang } = useI18n();
  const session = useSession();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);

  // A page change closes the menu.
  useEffect(() => setOpen(false), [location]);

  // Until the session is known, hold the place of "Sign in" (invisible, same text, same box): the header keeps its
  // size when the answer comes, so nothing below it moves (layout shift).
  if (session.status === 'loading') {
    return (
      <div className="user-menu">
        <span className="sign-in-link user-menu-placeholder" aria-hidden="true">
          {t('userMenu.signIn')}
        </span>
      </div>
    );
  }
  const { route, rest } = parsePath(location.pathname);
  const user = session.user;
  if (!user) {
    // On the sign-in steps themselves the link would point to where the reader already is.
    if (route.name === 'signIn' || route.name === 'secondFactor' || route.name === 'enrol') {
      return <div className="user-menu" />;
    }
    const returnTo = rest + location.search;
    return (
      <div className="user-menu">
        <Link className="sign-in-link" to={href(lang, '/sign-in', { returnTo: returnTo === '/' ? null : returnTo })}>
          {t('userMenu.signIn')}
        </Link>
      </div>
    );
  }

  const { abilities } = session;
  const adminLanding = abilities.administer
    ? '/admin/organisations'
    : abilities.invite
      ? '/admin/invitations'
      : abilities.readAuditLog
        ? '/admin/audit-log'
        : null;
  return (
    <div
      className="user-menu"
      ref={container}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
      onBlur={(e) => {
        if (open && !container.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        type="button"
        ref={button}
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="visually-hidden">{t('userMenu.label')} </span>
        <span dir="auto">{user.displayName}</span>
        <span aria-hidden="true" className="caret">
          ▾
        </span>
      </button>
      <ul id={`${id}-list`} className="user-menu-list" hidden={!open}>
        <li>
          <Link to={href(lang, '/account')}>{t('userMenu.account')}</Link>
        </li>
        <li>
          <Link to={href(lang, '/documents')}>{t('userMenu.documents')}</Link>
        </li>
        {adminLanding ? (
          <li>
            <Link to={href(lang, adminLanding)}>{t('userMenu.administration')}</Link>
          </li>
        ) : null}
        <li>
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              // Leave first: a page for signed-in people would otherwise send the reader to sign in again.
              navigate(`/${lang}/`);
              void session.signOut();
            }}
          >
            {t('userMenu.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}
