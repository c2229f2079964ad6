import { useEffect, useState } from 'react';

export interface ApiState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

/**
 * Loads `load()` whenever `key` changes, aborting the previous request. The previous data stays visible while the
 * next loads (a filter change does not blank the page); `key: null` skips loading.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ApiState<T> {
  const [state, setState] = useState<ApiState<T> & { key: string | null }>({
    key: null,
    data: undefined,
    error: undefined,
    loading: key !== null,
  });
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, key, loading: true, error: undefined }));
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ key, data, error: undefined, loading: false }),
      (error: unknown) => !controller.signal.aborted && setState({ key, data: undefined, error, loading: false }),
    );
    return () => controller.abort();
    // `load` is identified by `key` by contract: a new closure with the same key is the same request.
  }, [key]);
  return state;
}
