// Who is signed in: one context loading GET /auth/session, holding the CSRF token for api.ts, and the abilities the
// server grants (screens show buttons from them, never from rules of their own).
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { LANGUAGES, type Language } from '#domain/treaties/types.ts';
import { authApi, onUnauthenticated, setCsrfToken } from './api.ts';
import type { SessionAbilities, SessionView } from './api-types.ts';

const NO_ABILITIES: SessionAbilities = {
  administer: false,
  invite: false,
  importStatus: false,
  readAuditLog: false,
  createDocument: false,
  readRequests: false,
  coordinate: false,
  readNeeds: false,
  readFunding: false,
  readReports: false,
  draftCooperationRequests: false,
};

export interface Session {
  status: 'loading' | 'ready' | 'error';
  view: SessionView | null;
  /** The signed-in person once every sign-in step is done; null before (anonymous or a step pending). */
  user: SessionView['user'];
  abilities: SessionAbilities;
  error: unknown;
  /** Reloads the session (after a change that alters it, or a 401). */
  refresh: () => Promise<SessionView | null>;
  /**
   * Takes the session a sign-in step answered with at once (navigate in the same tick: the next page renders with
   * it), then reloads it for its abilities.
   */
  accept: (view: SessionView) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{
    status: Session['status'];
    view: SessionView | null;
    abilities: SessionAbilities;
    error: unknown;
  }>({ status: 'loading', view: null, abilities: NO_ABILITIES, error: undefined });
  // Answers can arrive out of order (a refresh racing a sign-in): only the latest request counts.
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const { data, abilities } = await authApi.session();
      if (mine !== generation.current) return data;
      setCsrfToken(data.csrfToken);
      setState({ status: 'ready', view: data, abilities: { ...NO_ABILITIES, ...abilities }, error: undefined });
      return data;
    } catch (error) {
      if (mine === generation.current) setState((s) => ({ ...s, status: 'error', error }));
      return null;
    }
  }, []);

  const accept = useCallback(
    (view: SessionView) => {
      ++generation.current;
      setCsrfToken(view.csrfToken);
      setState((s) => ({ ...s, status: 'ready', view }));
      return refresh().then(() => undefined);
    },
    [refresh],
  );

  const signOut = useCallback(async () => {
    // Anonymous at once: nothing on the page asks for the person's data while the session ends (the bell would
    // get a 401 for a session the server has already closed).
    ++generation.current;
    setState((s) => (s.view ? { ...s, view: { ...s.view, user: null, stage: 'anonymous' } } : s));
    try {
      await authApi.signOut();
    } finally {
      await refresh();
    }
  }, [refresh]);

  useEffect(() => {
    void refresh();
    return onUnauthenticated(() => void refresh());
  }, [refresh]);

  const value = useMemo<Session>(
    () => ({
      ...state,
      user: state.view?.stage === 'complete' ? state.view.user : null,
      refresh,
      accept,
      signOut,
    }),
    [state, refresh, accept, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

// ---------------------------------------------------------------------------------------------------------------
// The interface language: a reader who picked one with the language switcher keeps it; otherwise the first language
// of their profile applies when they sign in.

const CHOSEN_LANGUAGE = 'accord.language';

export function rememberLanguageChoice(lang: Language): void {
  try {
    localStorage.setItem(CHOSEN_LANGUAGE, lang);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only, which is fine.
  }
}

function chosenLanguage(): string | null {
  try {
    return localStorage.getItem(CHOSEN_LANGUAGE);
  } catch {
    return null;
  }
}

/** The language to continue in after signing in. */
export function languageAfterSignIn(current: Language, view: SessionView): Language {
  if (chosenLanguage()) return current;
  const preferred = view.user?.languages.find((l): l is Language => (LANGUAGES as readonly string[]).includes(l));
  return preferred ?? current;
}

/**
 * A `returnTo` from the address bar, kept only when it is a path inside the app ("/account", not "//evil.example"
 * nor "https://…"), without its language prefix.
 */
export function safeReturnTo(raw: string | null, fallback = '/'): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || /[\\\s]/.test(raw)) return fallback;
  return raw;
}
