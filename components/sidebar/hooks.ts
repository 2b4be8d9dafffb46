import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/t';
import type { SearchResult } from '../../lib/search/template-library';
import type { PageSession, SessionState } from '../../lib/session/page-session';

/** The page session's state, re-rendered whenever the session publishes a change. */
export function useSessionState(session: PageSession): SessionState {
  const [state, setState] = useState(session.state());
  useEffect(() => session.subscribe(setState), [session]);
  return state;
}

/** The clock, once a second: only the parts that show a running time use it. */
export function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export type Search = { query: string; results: SearchResult[] } | { query: string; error: string } | null;

/**
 * Results for the search box. Search runs in the background, where the index is kept warm for every tab; an answer
 * for an older query is dropped. `version` changes when the library does, so results are asked again.
 */
export function useSearch(query: string, version: unknown, search: (query: string) => Promise<SearchResult[]>): Search {
  const [found, setFound] = useState<Search>(null);
  useEffect(() => {
    if (!query.trim()) return setFound(null);
    let stale = false;
    search(query.slice(0, 500)).then(
      (results) => {
        if (!stale) setFound({ query, results });
      },
      (e: unknown) => {
        if (!stale) setFound({ query, error: t('sidebar.searchFailed', { reason: e instanceof Error ? e.message : String(e) }) });
      },
    );
    return () => {
      stale = true;
    };
  }, [query, version, search]);
  return found;
}
