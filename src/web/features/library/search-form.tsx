// The search box, on the search page (holding the current query) and in the site header: it leads to
// /{lang}/search?q=…. Small, so the header carries it without loading the search page.
import { useState } from 'react';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, navigate } from '#web/router.tsx';

export function SearchForm({ id, initial = '', compact = false }: { id: string; initial?: string; compact?: boolean }) {
  const { t, lang } = useI18n();
  const [value, setValue] = useState(initial);
  return (
    <form
      role="search"
      className={compact ? 'header-search' : 'search-form'}
      onSubmit={(e) => {
        e.preventDefault();
        const q = value.trim();
        if (q) navigate(href(lang, '/search', { q }));
      }}
    >
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {t('search.label')}
      </label>
      <input id={id} type="search" dir="auto" maxLength={200} value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" className={compact ? undefined : 'primary'}>
        {t('search.submit')}
      </button>
    </form>
  );
}

