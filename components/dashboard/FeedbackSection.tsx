import { useMemo, useState } from 'preact/hooks';
import { csatScore, npsScore, surveyResponseRate, weeklyScores } from '../../lib/feedback/scores';
import { ratingLabel } from '../../lib/feedback/rating-scales';
import { threadIdOf } from '../../lib/vocab/contact-key';
import { normaliseTag } from '../../lib/vocab/tags';
import { formatRate } from '../../lib/metrics/format';
import type { MetricsQuery } from '../../lib/messaging/protocol';
import { Kpi } from './Kpi';
import { TrendChart, type Series } from './TrendChart';
import { toCsv } from '../../lib/csv';
import { FeedbackRow, type RowMode } from './FeedbackRow';
import { RequestFailure } from '../shared/RequestFailure';
import { useFeedback } from './hooks';
import { locale, t as tr, tn } from '../../lib/i18n/t';

interface Props {
  query: MetricsQuery;
  names: Record<string, string>;
  download: (name: string, content: string, type: string) => void;
}

/** The feedback log: filters, CSAT and NPS with their counts, survey response rate, weekly trend, edit, CSV. */
export function FeedbackSection({ query, names, download }: Props) {
  const { data, failure, reload } = useFeedback(query);
  const [scale, setScale] = useState('');
  const [rating, setRating] = useState('');
  const [tag, setTag] = useState('');
  const [text, setText] = useState('');
  // The one row being edited or asking before a delete.
  const [open, setOpen] = useState<{ id: number; mode: RowMode } | null>(null);

  const shown = useMemo(() => {
    const t = text.trim().toLowerCase();
    return (data?.entries ?? [])
      .filter((e) => (!scale || e.scale === scale) && (!rating || String(e.rating) === rating))
      .filter((e) => !tag.trim() || e.tags.includes(normaliseTag(tag)))
      .filter((e) => !t || (e.comment ?? '').toLowerCase().includes(t) || (names[e.contactKey] ?? '').toLowerCase().includes(t))
      .sort((a, b) => b.at - a.at);
  }, [data, scale, rating, tag, text, names]);
  const csat = csatScore(shown);
  const nps = npsScore(shown);
  const response = surveyResponseRate(data?.asks ?? []);
  const weekly = useMemo(() => weeklyScores(shown), [shown]);
  const series: Series[] = [
    {
      label: 'CSAT (%)',
      data: weekly.map((w) => (w.csat === null ? null : Math.round(w.csat * 100))),
      type: 'line',
      axis: 'left',
      color: '#16a34a',
    },
    { label: 'NPS', data: weekly.map((w) => w.nps), type: 'line', axis: 'left', color: '#7c3aed' },
  ];

  const exportCsv = () =>
    download(
      'dm-sidekick-feedback.csv',
      toCsv(
        shown.map((e) => ({
          time: new Date(e.at).toISOString(),
          platform: e.platform,
          contact: names[e.contactKey] ?? e.contactKey,
          scale: e.scale,
          rating: e.rating ?? '',
          comment: e.comment ?? '',
          tags: e.tags.join(', '),
          source: e.source,
        })),
      ),
      'text/csv',
    );

  if (!data) {
    return (
      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">{tr('fbSection.heading')}</h2>
        {failure ? <RequestFailure failure={failure} testId="feedback-failure" /> : <p>{tr('dashboard.loading')}</p>}
      </section>
    );
  }
  return (
    <section aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{tr('fbSection.heading')}</h2>
      <div class="filters">
        <select
          data-testid="feedback-filter-scale"
          value={scale}
          onChange={(e) => setScale(e.currentTarget.value)}
          aria-label={tr('fbSection.scale')}
        >
          <option value="">{tr('fbSection.allScales')}</option>
          <option value="csat">CSAT</option>
          <option value="nps">NPS</option>
          <option value="yesno">{tr('fbSection.yesNo')}</option>
          <option value="text">{tr('fbSection.comments')}</option>
        </select>
        <input
          data-testid="feedback-filter-rating"
          placeholder={tr('fbSection.ratingPlaceholder')}
          size={6}
          value={rating}
          onInput={(e) => setRating(e.currentTarget.value)}
          aria-label={tr('fbSection.rating')}
        />
        <input
          data-testid="feedback-filter-tag"
          placeholder={tr('fbSection.tagPlaceholder')}
          size={10}
          value={tag}
          onInput={(e) => setTag(e.currentTarget.value)}
          aria-label={tr('fbSection.tag')}
        />
        <input
          data-testid="feedback-filter-text"
          placeholder={tr('fbSection.textPlaceholder')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          aria-label={tr('fbSection.text')}
        />
        <button type="button" data-testid="export-feedback" onClick={exportCsv}>
          {tr('fbSection.csv')}
        </button>
      </div>
      <div class="kpis">
        <Kpi
          name="csat"
          label={tr('fbSection.csat')}
          value={csat.score}
          shown={formatRate(csat.score, locale())}
          note={tn('fbSection.ratings', csat.rated)}
        />
        <Kpi
          name="nps"
          label={tr('fbSection.nps')}
          value={nps.score}
          shown={nps.score === null ? '—' : String(nps.score)}
          note={tn('fbSection.ratings', nps.rated)}
        />
        <Kpi name="feedback-count" label={tr('fbSection.logged')} value={shown.length} shown={String(shown.length)} />
        <Kpi
          name="survey-response-rate"
          label={tr('fbSection.responseRate')}
          value={response.rate}
          shown={formatRate(response.rate, locale())}
          note={tr('fbSection.answered', { answered: response.answered, sent: response.sent })}
        />
      </div>
      {weekly.length > 0 && (
        <TrendChart
          title={tr('fbSection.chartTitle')}
          labelHeading={tr('fbSection.week')}
          testId="feedback-chart"
          labels={weekly.map((w) => tr('fbSection.weekOf', { week: w.week }))}
          series={series}
          leftTitle="CSAT % / NPS"
        />
      )}
      <RequestFailure failure={failure} testId="feedback-failure" />
      <table>
        <thead>
          <tr>
            <th>{tr('fbSection.when')}</th>
            <th>{tr('fbSection.contact')}</th>
            <th>{tr('fbSection.rating')}</th>
            <th>{tr('fbSection.comment')}</th>
            <th>{tr('fbSection.tags')}</th>
            <th>
              <span class="visually-hidden">{tr('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e, i) => (
            <FeedbackRow
              key={e.id ?? `${e.member ?? ''}|${e.at}|${i}`}
              entry={e}
              contact={names[e.contactKey] ?? threadIdOf(e.contactKey)}
              shownRating={ratingLabel(e.scale, e.rating)}
              mode={open && open.id === e.id ? open.mode : 'view'}
              onMode={(mode) => setOpen(mode === 'view' ? null : { id: e.id!, mode })}
              onChanged={reload}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
