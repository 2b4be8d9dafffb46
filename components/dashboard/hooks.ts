import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FeedbackEntry, SurveyAsk } from '../../lib/feedback/scores';
import { messenger, type MetricsQuery } from '../../lib/messaging/protocol';
import type { Metrics } from '../../lib/metrics/compute';
import type { Template } from '../../lib/templates/types';
import { toCsv } from '../../lib/csv';
import { exportKeys } from '../../lib/events/export-keys';
import { downloadText } from '../../lib/page/download';
import { failed, type Failure } from '../shared/RequestFailure';
import { t } from '../../lib/i18n/t';

/** The templates, for naming the ones the figures count. */
export function useTemplates() {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [failure, setFailure] = useState<Failure | null>(null);
  useEffect(() => {
    const load = () => {
      setFailure(null);
      messenger
        .sendMessage('listTemplates', undefined)
        .then(setTemplates, (e: unknown) => setFailure(failed('dashboard', t('failure.loadTemplateNames'), e, load)));
    };
    load();
  }, []);
  return { templates, failure };
}

/**
 * The figures for a range, then the names of the contacts they and the range's feedback list. A failure clears the
 * figures: another range's would pass for this one's.
 */
export function useMetrics(query: MetricsQuery) {
  const [metrics, setMetrics] = useState<Metrics | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [namesFailure, setNamesFailure] = useState<Failure | null>(null);
  // Bumped by "Try again".
  const [attempt, setAttempt] = useState(0);
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
          .catch((e: unknown) => setNamesFailure(failed('dashboard', t('failure.loadContactNames'), e, retry)));
      },
      (e: unknown) => {
        setMetrics(null);
        setFailure(failed('dashboard', t('failure.loadDashboard'), e, retry));
      },
    );
  }, [query, attempt]);
  return { metrics, failure, names, namesFailure };
}

/** The range's feedback and survey asks; `reload` after an entry is edited or deleted. */
export function useFeedback(query: MetricsQuery) {
  const [data, setData] = useState<{ entries: FeedbackEntry[]; asks: SurveyAsk[] } | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    setFailure(null);
    messenger
      .sendMessage('listFeedback', query)
      .then(setData, (e: unknown) => setFailure(failed('dashboard:feedback', t('failure.loadFeedback'), e, reload)));
  }, [query, version, reload]);
  return { data, failure, reload };
}

/** The Events and Daily CSV downloads for a range (`from`/`to` as the date fields show them, for the file names). */
export function useExports(query: MetricsQuery, metrics: Metrics | null, from: string, to: string) {
  const [failure, setFailure] = useState<Failure | null>(null);
  const exportEvents = async () => {
    setFailure(null);
    const events = await messenger.sendMessage('exportEvents', query).catch((e: unknown) => {
      setFailure(failed('dashboard', t('failure.exportEvents'), e, () => void exportEvents()));
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
  return { exportEvents, exportDaily, failure };
}
