import type { Metrics } from '../../lib/metrics/compute';
import { formatDuration, formatRate } from '../../lib/metrics/format';
import { Kpi } from './Kpi';
import { locale } from '../../lib/i18n/t';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const based = (n: number) => `${n} conversation${n === 1 ? '' : 's'}`;

/** The range's key figures, each with what it rests on: response times and rates, waiting, missed, volumes, conversions. */
export function KeyFigures({ metrics: m }: { metrics: Metrics }) {
  return (
    <section class="kpis" aria-label="Key figures">
      <Kpi
        name="first-response-median"
        label="First response, median"
        value={m.firstResponse.median}
        shown={formatDuration(m.firstResponse.median, locale())}
        note={`${based(m.firstResponse.count)} · business hours ${formatDuration(m.firstResponseBusiness.median, locale())}`}
      />
      <Kpi
        name="first-response-p90"
        label="First response, 90th percentile"
        value={m.firstResponse.p90}
        shown={formatDuration(m.firstResponse.p90, locale())}
        note={`mean ${formatDuration(m.firstResponse.mean, locale())} · business hours ${formatDuration(m.firstResponseBusiness.p90, locale())}`}
      />
      <Kpi
        name="response-time-fb"
        label="Response time (Facebook: mean of fastest 90 %)"
        value={m.responseTimeFb}
        shown={formatDuration(m.responseTimeFb, locale())}
        note={`${m.responseTime.count} replies · median every reply ${formatDuration(m.responseTime.median, locale())}`}
      />
      <Kpi
        name="response-rate"
        label="Response rate"
        value={m.responseRate}
        shown={formatRate(m.responseRate, locale())}
        note={`${m.repliedConversations} of ${based(m.conversations)} got a reply · Facebook's 30-day rate ${formatRate(m.responseRateFb.rate, locale())} of ${m.responseRateFb.conversations}`}
      />
      <Kpi
        name="waiting"
        label="Waiting now"
        value={m.waiting.length}
        shown={String(m.waiting.length)}
        note={
          m.veryResponsive.ok
            ? '“Very responsive” over the last 7 days'
            : `Not “very responsive” (7 days: ${formatRate(m.veryResponsive.rate, locale())}, ${formatDuration(m.veryResponsive.time, locale())})`
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
        shown={formatRate(m.conversionRate, locale())}
        note={`${m.converted} marked converted of ${based(m.conversations)}`}
      />
      <Kpi
        name="customer-wait-median"
        label="Customer wait, median"
        value={m.customerWait.medianMs === null ? null : m.customerWait.medianMs / 1000}
        shown={formatDuration(m.customerWait.medianMs === null ? null : m.customerWait.medianMs / 1000, locale())}
        note={`total ${formatDuration(m.customerWait.totalMs / 1000, locale())} over ${m.customerWait.count} bursts`}
      />
    </section>
  );
}
