// The sign-in steps (password, second factor, enrolment) and the guard of the pages that need a signed-in person.
// Every step carries `returnTo` (a path without its language) so the reader ends where they were going.
import { useEffect, type ReactNode } from 'react';
import type { SessionView } from '#web/api-types.ts';
import { ErrorMessage, Loading } from '#web/components/common.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, navigate, parsePath, useLocation, useSearch } from '#web/router.tsx';
import { languageAfterSignIn, safeReturnTo, useSession } from '#web/session.tsx';

/** Where a session at `stage` must go next, keeping `returnTo`; null when signed in. */
function stepPath(stage: SessionView['stage'] | undefined): string | null {
  if (stage === 'second-factor') return '/sign-in/second-factor';
  if (stage === 'enrol-second-factor') return '/sign-in/enrol';
  if (stage === 'complete') return null;
  return '/sign-in';
}

export function useReturnTo(fallback = '/'): string {
  const [params] = useSearch();
  return safeReturnTo(params.get('returnTo'), fallback);
}

/**
 * After a sign-in step: the next step, or the page the reader was going to (in their language); `fallback` when the
 * address does not say.
 */
export function useContinueSignIn(fallback = '/'): (view: SessionView) => void {
  const { lang } = useI18n();
  const returnTo = useReturnTo(fallback);
  return (view) => {
    const next = stepPath(view.stage);
    if (next) navigate(href(lang, next, { returnTo: returnTo === '/' ? null : returnTo }));
    else navigate(`/${languageAfterSignIn(lang, view)}${returnTo}`);
  };
}

/** Keeps a sign-in step's page only for a session at one of `stages`; sends any other along. */
export function useStepGuard(stages: SessionView['stage'][]): boolean {
  const session = useSession();
  const { lang } = useI18n();
  const returnTo = useReturnTo();
  const stage = session.view?.stage;
  const here = session.status === 'ready' && stage !== undefined && stages.includes(stage);
  useEffect(() => {
    if (session.status !== 'ready' || here) return;
    const next = stepPath(stage);
    navigate(next ? href(lang, next, { returnTo: returnTo === '/' ? null : returnTo }) : `/${lang}${returnTo}`, {
      replace: true,
    });
  }, [session.status, here, stage, lang, returnTo]);
  return here;
}

/** Shows `children` to a signed-in person; sends anyone else to the sign-in step they are at, to come back here. */
export function SignedIn({ children }: { children: ReactNode }) {
  const session = useSession();
  const { lang } = useI18n();
  const location = useLocation();
  const stage = session.view?.stage;
  useEffect(() => {
    if (session.status !== 'ready' || stage === 'complete') return;
    const returnTo = parsePath(location.pathname).rest + location.search;
    navigate(href(lang, stepPath(stage) ?? '/sign-in', { returnTo }), { replace: true });
  }, [session.status, stage, lang, location]);
  if (session.status === 'error') return <ErrorMessage error={session.error} />;
  if (stage !== 'complete') return <Loading />;
  return <>{children}</>;
}
