import type { Metrics } from '../../lib/metrics/compute';
import { formatDuration, formatRate } from '../../lib/metrics/format';
import { Kpi } from './Kpi';
import { formatDate, locale, t, tn, weekdayName } from '../../lib/i18n/t';

const hour = (h: number) => formatDate(Date.UTC(2023, 0, 1, h), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
const based = (n: number) => tn('kpi.conversations', n);

/** The range's key figures, each with what it rests on: response times and rates, waiting, missed, volumes, conversions. */
export function KeyFigures({ metrics: m }: { metrics: Metrics }) {
  return (
    <section class="kpis" aria-label={t('kpi.label')}>
      <Kpi
        name="first-response-median"
        label={t('kpi.frtMedian')}
        value={m.firstResponse.median}
        shown={formatDuration(m.firstResponse.median, locale())}
        note={t('kpi.frtMedianNote', {
          based: based(m.firstResponse.count),
          business: formatDuration(m.firstResponseBusiness.median, locale()),
        })}
      />
      <Kpi
        name="first-response-p90"
        label={t('kpi.frtP90')}
        value={m.firstResponse.p90}
        shown={formatDuration(m.firstResponse.p90, locale())}
        note={t('kpi.frtP90Note', {
          mean: formatDuration(m.firstResponse.mean, locale()),
          business: formatDuration(m.firstResponseBusiness.p90, locale()),
        })}
      />
      <Kpi
        name="response-time-fb"
        label={t('kpi.fb')}
        value={m.responseTimeFb}
        shown={formatDuration(m.responseTimeFb, locale())}
        note={tn('kpi.fbNote', m.responseTime.count, { median: formatDuration(m.responseTime.median, locale()) })}
      />
      <Kpi
        name="response-rate"
        label={t('kpi.rate')}
        value={m.responseRate}
        shown={formatRate(m.responseRate, locale())}
        note={t('kpi.rateNote', {
          replied: m.repliedConversations,
          based: based(m.conversations),
          rate: formatRate(m.responseRateFb.rate, locale()),
          fbCount: m.responseRateFb.conversations,
        })}
      />
      <Kpi
        name="waiting"
        label={t('kpi.waiting')}
        value={m.waiting.length}
        shown={String(m.waiting.length)}
        note={
          m.veryResponsive.ok
            ? t('kpi.veryResponsive')
            : t('kpi.notVeryResponsive', {
                rate: formatRate(m.veryResponsive.rate, locale()),
                time: formatDuration(m.veryResponsive.time, locale()),
              })
        }
      />
      <Kpi name="missed" label={t('kpi.missed')} value={m.missed} shown={String(m.missed)} note={t('kpi.missedNote')} />
      <Kpi
        name="completed"
        label={t('kpi.completed')}
        value={m.completed}
        shown={String(m.completed)}
        note={t('kpi.completedNote')}
      />
      <Kpi
        name="conversations"
        label={t('kpi.started')}
        value={m.conversations}
        shown={String(m.conversations)}
        note={tn('kpi.contacts', m.contacts)}
      />
      <Kpi
        name="messages-in"
        label={t('kpi.messagesIn')}
        value={m.messagesIn}
        shown={String(m.messagesIn)}
        note={
          m.busiestWeekday === null
            ? ''
            : t('kpi.busiest', { day: weekdayName(m.busiestWeekday), hour: hour(m.busiestHour ?? 0) })
        }
      />
      <Kpi name="messages-out" label={t('kpi.messagesOut')} value={m.messagesOut} shown={String(m.messagesOut)} />
      <Kpi
        name="conversion-rate"
        label={t('kpi.conversion')}
        value={m.conversionRate}
        shown={formatRate(m.conversionRate, locale())}
        note={t('kpi.conversionNote', { converted: m.converted, based: based(m.conversations) })}
      />
      <Kpi
        name="customer-wait-median"
        label={t('kpi.wait')}
        value={m.customerWait.medianMs === null ? null : m.customerWait.medianMs / 1000}
        shown={formatDuration(m.customerWait.medianMs === null ? null : m.customerWait.medianMs / 1000, locale())}
        note={tn('kpi.waitNote', m.customerWait.count, { total: formatDuration(m.customerWait.totalMs / 1000, locale()) })}
      />
    </section>
  );
}
