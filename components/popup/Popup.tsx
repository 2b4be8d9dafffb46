import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { log } from '../../lib/log';
import { messenger, type PageCheckReport } from '../../lib/messaging/protocol';
import { formatDuration } from '../../lib/metrics/format';
import { siteList } from '../../lib/platforms/sites';
import { pageCheckLines } from '../shared/PageCheck';
import { RequestFailure } from '../shared/RequestFailure';
import { useTabCheck, useToday } from './hooks';
import { locale, t, tn } from '../../lib/i18n/t';

/** The toolbar popup: today's numbers at a glance, the sidebar toggle, the way to the dashboard. */
export function Popup() {
  const { today, failure } = useToday();
  const tabCheck = useTabCheck();
  const [note, setNote] = useState<string | null>(null);
  const toggle = async () => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    try {
      if (tab?.id === undefined) throw new Error('no tab');
      await messenger.sendMessage('toggleSidebar', undefined, tab.id);
      window.close();
    } catch (e) {
      log.debug('popup', 'no sidebar on this tab to toggle', e);
      setNote(t('popup.notHere', { sites: siteList(locale()) }));
    }
  };
  return (
    <main>
      <h1>{t('extName')}</h1>
      <dl class="today">
        <div>
          <dt>{t('popup.firstReplyToday')}</dt>
          <dd data-testid="popup-frt" data-value={today?.firstResponse.median ?? ''}>
            {today ? formatDuration(today.firstResponse.median, locale()) : '…'}
            {today && <small> · {tn('popup.conversations', today.firstResponse.count)}</small>}
          </dd>
        </div>
        <div>
          <dt>{t('popup.waitingNow')}</dt>
          <dd data-testid="popup-waiting" data-value={today?.waiting.length ?? ''}>
            {today?.waiting.length ?? '…'}
          </dd>
        </div>
        <div>
          <dt>{t('popup.missedToday')}</dt>
          <dd data-testid="popup-missed" data-value={today?.missed ?? ''}>
            {today?.missed ?? '…'}
          </dd>
        </div>
      </dl>
      <RequestFailure failure={failure} testId="popup-failure" />
      <button type="button" data-testid="popup-toggle" onClick={() => void toggle()}>
        {t('popup.toggle')}
      </button>
      <button
        type="button"
        data-testid="popup-dashboard"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).then(() => window.close())}
      >
        {t('popup.dashboard')}
      </button>
      {tabCheck && tabCheck.inDmArea && <TabCheck report={tabCheck} />}
      {note && <p class="note">{note}</p>}
    </main>
  );
}

/** The page check of the current tab, in the same words as the sidebar. */
function TabCheck({ report }: { report: PageCheckReport }) {
  if (report.notice)
    return (
      <p class="note" data-testid="popup-notice">
        {report.site}: {report.notice}
      </p>
    );
  if (!report.threadId) return <p class="note">{t('popup.openConversation', { site: report.site })}</p>;
  const lines = pageCheckLines(report.check, /Mac/.test(navigator.platform) ? '⌘V' : 'Ctrl+V');
  return (
    <section
      class="page-check"
      data-testid="popup-page-check"
      data-contact={report.check.contact}
      data-messages={report.check.messages}
      data-composer={report.check.composer}
    >
      <h2>{t('popup.thisTab', { site: report.site })}</h2>
      {lines.length === 0 ? <p>{t('popup.allFound')}</p> : lines.map((l) => <p key={l}>{l}</p>)}
    </section>
  );
}
