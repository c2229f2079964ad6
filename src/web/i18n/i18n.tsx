// Message catalogues (i18n/*.json, shared with the CLI and reports) and locale-aware formatting for the web app.
// English is bundled (it is also the fallback); the other five load on demand, so each visitor downloads one.
import { createContext, Fragment, useContext, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language, LocalizedText } from '#domain/treaties/types.ts';
import en from '#i18n/en.json' with { type: 'json' };
import { createDateFormatter, type DateStyle } from './dates.ts';
import { formatMessage, type Formatters, type MessageValues } from './icu.ts';

export type Messages = typeof en;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;

const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: unknown }>> = {
  ar: () => import('#i18n/ar.json', { with: { type: 'json' } }),
  zh: () => import('#i18n/zh.json', { with: { type: 'json' } }),
  fr: () => import('#i18n/fr.json', { with: { type: 'json' } }),
  ru: () => import('#i18n/ru.json', { with: { type: 'json' } }),
  es: () => import('#i18n/es.json', { with: { type: 'json' } }),
};

const catalogues = new Map<Language, unknown>([['en', en]]);

async function loadCatalogue(lang: Language): Promise<unknown> {
  const have = catalogues.get(lang);
  if (have) return have;
  const mod = await loaders[lang as Exclude<Language, 'en'>]();
  catalogues.set(lang, mod.default);
  return mod.default;
}

function lookup(catalogue: unknown, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export const LANGUAGE_NAMES: Record<Language, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

/** A localized value and, when it fell back to another language, that language (for a `lang` attribute). */
export interface Localized {
  text: string;
  lang?: Language;
}

// The API gives regional groups as their English UN names; the catalogues translate them.
const REGIONAL_GROUP_KEYS: Record<string, MessageKey> = {
  'african states': 'regionalGroup.african',
  'asia-pacific states': 'regionalGroup.asiaPacific',
  'eastern european states': 'regionalGroup.easternEuropean',
  'latin american and caribbean states': 'regionalGroup.latinAmericanCaribbean',
  'western european and other states': 'regionalGroup.westernEuropeanOther',
};

/** The five UN regional groups, spelt as the API (reference data) spells them: filter values. */
export const REGIONAL_GROUPS = [
  'African States',
  'Asia-Pacific States',
  'Eastern European States',
  'Latin American and Caribbean States',
  'Western European and other States',
];

export interface I18n {
  lang: Language;
  dir: 'ltr' | 'rtl';
  t: (key: MessageKey, values?: MessageValues) => string;
  /**
   * A message whose arguments may be elements (a `<DateText>` in a sentence keeps its `<time>`, unbroken and
   * bidi-isolated); plain values as for `t`.
   */
  tx: (key: MessageKey, values: Record<string, ReactNode>) => ReactNode;
  /** `2013-12-18` → "18 Dec 2013" (medium) or "18 December 2013" (long), as the UN writes it; null → "unknown". */
  date: (iso: string | null | undefined, style?: DateStyle) => string;
  /** A moment with its time and the reader's time zone: "18 Dec 2013, 14:05 CET"; null → "never". */
  dateTime: (iso: string | null | undefined) => string;
  number: (n: number) => string;
  localize: (text: LocalizedText | null | undefined, fallback?: string) => Localized;
  regionalGroup: (name: string | null) => Localized;
  collator: Intl.Collator;
}

function createI18n(lang: Language, catalogue: unknown): I18n {
  const formatters: Formatters = { plural: new Intl.PluralRules(lang), number: new Intl.NumberFormat(lang) };
  const dates = createDateFormatter(lang);
  const t = (key: MessageKey, values?: MessageValues) =>
    formatMessage(lookup(catalogue, key) ?? lookup(en, key) ?? key, values, formatters);
  return {
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    t,
    tx: (key, values) => richMessage(t, key, values),
    date: (iso, style = 'medium') => (iso ? dates.date(iso, style) : t('common.unknown')),
    dateTime: (iso) => (iso ? dates.dateTime(iso) : t('common.never')),
    number: (n) => formatters.number.format(n),
    localize: (text, fallback = '') => {
      const own = text?.[lang];
      if (own) return { text: own };
      if (text?.en) return { text: text.en, lang: 'en' };
      const [other, value] = (Object.entries(text ?? {}).find(([, v]) => v) ?? []) as [Language?, string?];
      if (other && value) return { text: value, lang: other };
      return { text: fallback, lang: 'en' };
    },
    regionalGroup: (name) => {
      if (!name) return { text: t('regionalGroup.none') };
      const key = REGIONAL_GROUP_KEYS[name.toLowerCase()];
      return key ? { text: t(key) } : { text: name, lang: 'en' };
    },
    collator: new Intl.Collator(lang),
  };
}

// Private-use characters around an element's index: they survive message formatting and occur in no catalogue.
const SLOT = /\uE000(\d+)\uE001/;

/** Formats with each element argument replaced by a marker, then puts the elements back where the markers landed. */
export function richMessage(t: I18n['t'], key: MessageKey, values: Record<string, ReactNode>): ReactNode {
  const plain: MessageValues = {};
  const elements: ReactNode[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') plain[name] = value;
    else plain[name] = `\uE000${elements.push(value) - 1}\uE001`;
  }
  const pieces = t(key, plain).split(SLOT);
  // split() with a capture group alternates text and captured indices: text, index, text, …
  return pieces.map((piece, i) => (i % 2 === 0 ? piece : <Fragment key={i}>{elements[Number(piece)]}</Fragment>));
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const [catalogue, setCatalogue] = useState<{ lang: Language; messages: unknown } | null>(() =>
    catalogues.has(lang) ? { lang, messages: catalogues.get(lang) } : null,
  );
  useEffect(() => {
    let live = true;
    void loadCatalogue(lang).then((messages) => live && setCatalogue({ lang, messages }));
    return () => {
      live = false;
    };
  }, [lang]);
  // Until the new catalogue arrives, keep showing the previous one (no blank flash on switching).
  const value = useMemo(() => (catalogue ? createI18n(catalogue.lang, catalogue.messages) : null), [catalogue]);
  // Before the first paint in the language: `lang` and `dir` change the layout (Arabic's line height, the mirrored
  // page), and set after paint they moved the whole page (a layout shift of 0.36 on a phone).
  useLayoutEffect(() => {
    if (!value) return;
    document.documentElement.lang = value.lang;
    document.documentElement.dir = value.dir;
  }, [value]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
