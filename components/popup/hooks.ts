import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { log } from '../../lib/log';
import { messenger, type PageCheckReport } from '../../lib/messaging/protocol';
import type { Metrics } from '../../lib/metrics/compute';
import { failed, type Failure } from '../shared/RequestFailure';
import { t } from '../../lib/i18n/t';

/** Today's figures, from midnight until now. */
export function useToday() {
  const [today, setToday] = useState<Metrics | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  useEffect(() => {
    const load = () => {
      const midnight = new Date();
      midnight.setHours(0, 0, 0, 0);
      setFailure(null);
      messenger
        .sendMessage('getMetrics', { from: midnight.getTime(), to: Date.now() + 1 })
        .then(setToday, (e: unknown) => setFailure(failed('popup', t('failure.loadToday'), e, load)));
    };
    load();
  }, []);
  return { today, failure };
}

/** The current tab's page check: undefined while asking, null when the tab is not a DM page. */
export function useTabCheck(): PageCheckReport | null | undefined {
  const [tabCheck, setTabCheck] = useState<PageCheckReport | null | undefined>(undefined);
  useEffect(() => {
    void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(
      async ([tab]) => {
        if (tab?.id === undefined) return setTabCheck(null);
        // A tab with no content script (any page that is not a DM site) answers with an error: nothing to check there,
        // and the popup says nothing about it.
        setTabCheck(
          await messenger.sendMessage('pageCheck', undefined, tab.id).catch((e: unknown) => {
            log.debug('popup', 'this tab is not a DM page', e);
            return null;
          }),
        );
      },
      (e: unknown) => {
        log.warn('popup', 'could not find the current tab; no page check shown', e);
        setTabCheck(null);
      },
    );
  }, []);
  return tabCheck;
}
