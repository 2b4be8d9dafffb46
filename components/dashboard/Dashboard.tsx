import { useEffect, useMemo, useState } from 'preact/hooks';
import { BUCKETS, type Metrics } from '../../lib/metrics/compute';
import { formatDuration, formatRate, threadUrl } from '../../lib/metrics/format';
import { downloadText } from '../../lib/page/download';
import { messenger } from '../../lib/messaging/protocol';
import type { Template } from '../../lib/templates/types';
import { FeedbackSection } from './FeedbackSection';
import { Kpi } from './Kpi';
import { TrendChart, type Series } from './TrendChart';
import { SITES, siteLabel, type PlatformId } from '../../lib/platforms/sites';
import { toCsv } from '../../lib/csv';
import { exportKeys } from '../../lib/events/export-keys';
import { threadIdOf } from '../../lib/vocab/contact-key';
import { DAY_MS, MINUTE_MS } from '../../lib/vocab/time';
import { failed, RequestFailure, type Failure } from '../shared/RequestFailure';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const dateInput = (t: number) => new Date(t - new Date(t).getTimezoneOffset() * MINUTE_MS).toISOString().slice(0, 10);
const startOfDay = (s: string) => new Date(`${s}T00:00:00`).getTime();

/** Reply timing over a date range: KPI cards, trends, the distribution, who is waiting or missed, templates, CSV. */
export function Dashboard() {
  const [from, setFrom] = useState(dateInput(Date.now() - 29 * DAY_MS));
  const [to, setTo] = useState(dateInput(Date.now()));
  const [platform, setPlatform] = useState<'' | PlatformId>('');
  const [metrics, setMetrics] = useState<Metrics | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [templatesFailure, setTemplatesFailure] = useState<Failure | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [namesFailure, setNamesFailure] = useState<Failure | null>(null);
  const [exportFailure, setExportFailure] = useState<Failure | null>(null);
  // Bumped by "Try again".
  const [attempt, setAttempt] = useState(0);
  const query = useMemo(
    () => ({ from: startOfDay(from), to: startOfDay(to) + DAY_MS, platform: platform || undefined }),
    [from, to, platform],
  );

  const loadTemplates = () => {
    setTemplatesFailure(null);
    messenger
      .sendMessage('listTemplates', undefined)
      .then(setTemplates, (e: unknown) => setTemplatesFailure(failed('dashboard', 'load the template names', e, loadTemplates)));
  };
  useEffect(loadTemplates, []);
  useEffect(() => {
    setFailure(null);
    setNamesFailure(null);
    const retry = () => setAttempt((n) => n + 1);
    messenger.sendMessage('getMetrics', query).then(
      (m) => {
        setMetrics(m);
        messenger
          .sendMessage('listFeedback', query)
          .then(({ entries }) => {
            const all = [
              ...m.waiting.map((w) => w.contactKey),
              ...m.missedBursts.map((b) => b.contactKey),
              ...entries.map((e) => e.contactKey),
            ];
            const keys = [...new Set(all)].slice(0, 10_000);
            return keys.length ? messenger.sendMessage('contactNames', { keys }).then(setNames) : undefined;
          })
          .catch((e: unknown) => setNamesFailure(failed('dashboard', 'load the contacts’ names', e, retry)));
      },
      (e: unknown) => {
        // Figures of another range would pass for this one's.
        setMetrics(null);
        setFailure(failed('dashboard', 'load the dashboard', e, retry));
      },
    );
  }, [query, attempt]);

  const chart = useMemo(() => {
    if (!metrics) return null;
    const labels = metrics.daily.map((d) => d.day);
    const trend: Series[] = [
      {
        label: 'First response, median (min)',
        data: metrics.daily.map((d) => (d.firstResponseMedian === null ? null : d.firstResponseMedian / 60)),
        type: 'line',
        axis: 'left',
        color: '#2563eb',
      },
      { label: 'Messages in', data: metrics.daily.map((d) => d.messagesIn), type: 'bar', axis: 'right', color: '#f59e0b' },
      { label: 'Messages out', data: metrics.daily.map((d) => d.messagesOut), type: 'bar', axis: 'right', color: '#10b981' },
    ];
    const distribution: Series[] = [
      { label: 'Conversations', data: metrics.distribution, type: 'bar', axis: 'left', color: '#6366f1' },
    ];
    return { labels, trend, distribution };
  }, [metrics]);

  const exportEvents = async () => {
    setExportFailure(null);
    const events = await messenger.sendMessage('exportEvents', query).catch((e: unknown) => {
      setExportFailure(failed('dashboard', 'export the events', e, () => void exportEvents()));
      return null;
    });
    if (!events) return;
    // Keys are re-hashed for this file only: an exported key cannot be tested against a guessed message.
    const keys = await exportKeys(events.map((e) => e.key));
    const csv = toCsv(
      events.map((e, i) => ({
        time: new Date(e.at).toISOString(),
        platform: e.platform,
        thread: e.threadId,
        direction: e.direction,
        time_source: e.source,
        precision_seconds: e.source === 'estimated' ? '' : e.precisionMs / 1000,
        history: e.history,
        template_id: e.templateId ?? '',
        key: keys[i]!,
      })),
    );
    downloadText(`dm-sidekick-events-${from}-${to}.csv`, csv, 'text/csv');
  };
  const exportDaily = () => {
    if (!metrics) return;
    const csv = toCsv(
      metrics.daily.map((d) => ({
        day: d.day,
        conversations: d.conversations,
        first_response_median_seconds: d.firstResponseMedian ?? '',
        messages_in: d.messagesIn,
        messages_out: d.messagesOut,
      })),
    );
    downloadText(`dm-sidekick-daily-${from}-${to}.csv`, csv, 'text/csv');
  };

  const title = (id: number) => templates.find((t) => t.id === id)?.title ?? `Template ${id} (deleted)`;
  const m = metrics;
  const based = (n: number) => `${n} conversation${n === 1 ? '' : 's'}`;
  return (
    <main>
      <header class="top">
        <h1>Reply timing</h1>
        <label>
          From{' '}
          <input type="date" data-testid="range-from" value={from} max={to} onChange={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          To <input type="date" data-testid="range-to" value={to} min={from} onChange={(e) => setTo(e.currentTarget.value)} />
        </label>
        <label>
          Site{' '}
          <select
            data-testid="platform-filter"
            value={platform}
            onChange={(e) => setPlatform(e.currentTarget.value as typeof platform)}
          >
            <option value="">All</option>
            {SITES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="export-events" onClick={() => void exportEvents()}>
          Events CSV
        </button>
        <button type="button" data-testid="export-daily" onClick={exportDaily}>
          Daily CSV
        </button>
      </header>
      <p class="lede">
        Measured on this device from the DMs you had open: a message counts when the extension saw it arrive (or, for older
        messages, from the time the page shows). Conversations follow Facebook's rule — a new one starts when the customer writes
        after 24 h of silence. Figures count conversations started in the range; “waiting” is right now.
      </p>
      <RequestFailure failure={failure} testId="dashboard-failure" />
      <RequestFailure failure={exportFailure} testId="export-failure" />
      <RequestFailure failure={templatesFailure} testId="templates-failure" />
      <RequestFailure failure={namesFailure} testId="names-failure" />
      {!m ? (
        !failure && <p>Loading…</p>
      ) : (
        <>
          <section class="kpis" aria-label="Key figures">
            <Kpi
              name="first-response-median"
              label="First response, median"
              value={m.firstResponse.median}
              shown={formatDuration(m.firstResponse.median)}
              note={`${based(m.firstResponse.count)} · business hours ${formatDuration(m.firstResponseBusiness.median)}`}
            />
            <Kpi
              name="first-response-p90"
              label="First response, 90th percentile"
              value={m.firstResponse.p90}
              shown={formatDuration(m.firstResponse.p90)}
              note={`mean ${formatDuration(m.firstResponse.mean)} · business hours ${formatDuration(m.firstResponseBusiness.p90)}`}
            />
            <Kpi
              name="response-time-fb"
              label="Response time (Facebook: mean of fastest 90 %)"
              value={m.responseTimeFb}
              shown={formatDuration(m.responseTimeFb)}
              note={`${m.responseTime.count} replies · median every reply ${formatDuration(m.responseTime.median)}`}
            />
            <Kpi
              name="response-rate"
              label="Response rate"
              value={m.responseRate}
              shown={formatRate(m.responseRate)}
              note={`${m.repliedConversations} of ${based(m.conversations)} got a reply · Facebook's 30-day rate ${formatRate(m.responseRateFb.rate)} of ${m.responseRateFb.conversations}`}
            />
            <Kpi
              name="waiting"
              label="Waiting now"
              value={m.waiting.length}
              shown={String(m.waiting.length)}
              note={
                m.veryResponsive.ok
                  ? '“Very responsive” over the last 7 days'
                  : `Not “very responsive” (7 days: ${formatRate(m.veryResponsive.rate)}, ${formatDuration(m.veryResponsive.time)})`
              }
            />
            <Kpi
              name="missed"
              label="Missed chats"
              value={m.missed}
              shown={String(m.missed)}
              note="inbound bursts not answered within the threshold"
            />
            <Kpi
              name="completed"
              label="Completed chats"
              value={m.completed}
              shown={String(m.completed)}
              note="marked done (counts as handled), or answered and quiet 24 h"
            />
            <Kpi
              name="conversations"
              label="Conversations started"
              value={m.conversations}
              shown={String(m.conversations)}
              note={`${m.contacts} contacts`}
            />
            <Kpi
              name="messages-in"
              label="Messages in"
              value={m.messagesIn}
              shown={String(m.messagesIn)}
              note={m.busiestWeekday === null ? '' : `busiest: ${WEEKDAYS[m.busiestWeekday]}, ${m.busiestHour}:00`}
            />
            <Kpi name="messages-out" label="Messages out" value={m.messagesOut} shown={String(m.messagesOut)} />
            <Kpi
              name="conversion-rate"
              label="Conversion rate"
              value={m.conversionRate}
              shown={formatRate(m.conversionRate)}
              note={`${m.converted} marked converted of ${based(m.conversations)}`}
            />
            <Kpi
              name="customer-wait-median"
              label="Customer wait, median"
              value={m.customerWait.medianMs === null ? null : m.customerWait.medianMs / 1000}
              shown={formatDuration(m.customerWait.medianMs === null ? null : m.customerWait.medianMs / 1000)}
              note={`total ${formatDuration(m.customerWait.totalMs / 1000)} over ${m.customerWait.count} bursts`}
            />
          </section>
          {chart && (
            <section class="charts">
              <div>
                <h2>Per day</h2>
                <TrendChart
                  testId="trend-chart"
                  labels={chart.labels}
                  series={chart.trend}
                  leftTitle="minutes"
                  rightTitle="messages"
                />
              </div>
              <div>
                <h2>First response times</h2>
                <TrendChart
                  testId="distribution-chart"
                  labels={BUCKETS.map((b) => b.label)}
                  series={chart.distribution}
                  leftTitle="conversations"
                />
              </div>
            </section>
          )}
          <section>
            <h2>Waiting and missed</h2>
            {m.waiting.length === 0 && m.missedBursts.length === 0 ? (
              <p class="muted">Nobody is waiting, and nothing was missed in this range.</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>Contact</th>
                    <th>Site</th>
                    <th>Since</th>
                    <th>State</th>
                  </tr>
                </thead>
                <tbody>
                  {m.waiting.map((w) => (
                    <tr key={`w${w.contactKey}`} data-testid="waiting-row">
                      <td>
                        <a href={threadUrl(w.contactKey)} target="_blank" rel="noreferrer">
                          {names[w.contactKey] ?? threadIdOf(w.contactKey)}
                        </a>
                      </td>
                      <td>{siteLabel(w.platform)}</td>
                      <td>{new Date(w.since).toLocaleString()}</td>
                      <td>
                        waiting {formatDuration(w.waitMs / 1000)} ·{' '}
                        {w.window === 'standard'
                          ? 'reply window open'
                          : w.window === 'human-agent'
                            ? 'human agent window'
                            : 'window closed'}
                      </td>
                    </tr>
                  ))}
                  {m.missedBursts.slice(0, 200).map((b) => (
                    <tr key={`m${b.contactKey}${b.startAt}`} data-testid="missed-row">
                      <td>
                        <a href={threadUrl(b.contactKey)} target="_blank" rel="noreferrer">
                          {names[b.contactKey] ?? threadIdOf(b.contactKey)}
                        </a>
                      </td>
                      <td>{siteLabel(b.platform)}</td>
                      <td>{new Date(b.startAt).toLocaleString()}</td>
                      <td>missed</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section>
            <h2>Templates</h2>
            {m.templates.length === 0 ? (
              <p class="muted">No template was sent in this range.</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>Template</th>
                    <th>Sent</th>
                    <th>Conversions within 14 days</th>
                    <th>Rate</th>
                  </tr>
                </thead>
                <tbody>
                  {m.templates.map((t) => (
                    <tr key={t.id} data-testid="template-row">
                      <td>{title(t.id)}</td>
                      <td>{t.sent}</td>
                      <td>{t.conversions}</td>
                      <td>{formatRate(t.sent ? t.conversions / t.sent : null)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <FeedbackSection query={query} names={names} download={downloadText} />
        </>
      )}
    </main>
  );
}
