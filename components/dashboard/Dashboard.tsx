import { useMemo, useState } from 'preact/hooks';
import { downloadText } from '../../lib/page/download';
import { SITES, type PlatformId } from '../../lib/platforms/sites';
import { DAY_MS, MINUTE_MS } from '../../lib/vocab/time';
import { RequestFailure } from '../shared/RequestFailure';
import { Charts } from './Charts';
import { FeedbackSection } from './FeedbackSection';
import { useExports, useMetrics, useTemplates } from './hooks';
import { KeyFigures } from './KeyFigures';
import { MemberFirstResponse, ScopeSwitch, useTeamMembers } from './TeamScope';
import { TemplateSends } from './TemplateSends';
import { WaitingAndMissed } from './WaitingAndMissed';
import { t } from '../../lib/i18n/t';

const dateInput = (t: number) => new Date(t - new Date(t).getTimezoneOffset() * MINUTE_MS).toISOString().slice(0, 10);
const startOfDay = (s: string) => new Date(`${s}T00:00:00`).getTime();

/** Reply timing over a date range: KPI cards, trends, the distribution, who is waiting or missed, templates, CSV. */
export function Dashboard() {
  const [from, setFrom] = useState(dateInput(Date.now() - 29 * DAY_MS));
  const [to, setTo] = useState(dateInput(Date.now()));
  const [platform, setPlatform] = useState<'' | PlatformId>('');
  const team = useTeamMembers();
  const [scope, setScope] = useState('me');
  const query = useMemo(
    () => ({
      from: startOfDay(from),
      to: startOfDay(to) + DAY_MS,
      platform: platform || undefined,
      ...(scope !== 'me' ? { scope } : {}),
    }),
    [from, to, platform, scope],
  );
  // The per-member table compares members over the same range and site, whatever the scope shown above it.
  const memberQuery = useMemo(() => ({ ...query, scope: undefined }), [query]);
  const { metrics: m, failure, names, namesFailure } = useMetrics(query);
  const templates = useTemplates();
  const exports = useExports(query, m, from, to);

  return (
    <main>
      <header class="top">
        <h1>{t('dashboard.heading')}</h1>
        <label>
          {t('dashboard.from')}{' '}
          <input type="date" data-testid="range-from" value={from} max={to} onChange={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          {t('dashboard.to')}{' '}
          <input type="date" data-testid="range-to" value={to} min={from} onChange={(e) => setTo(e.currentTarget.value)} />
        </label>
        <label>
          {t('dashboard.site')}{' '}
          <select
            data-testid="platform-filter"
            value={platform}
            onChange={(e) => setPlatform(e.currentTarget.value as typeof platform)}
          >
            <option value="">{t('dashboard.allSites')}</option>
            {SITES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        {team.me && <ScopeSwitch me={team.me} members={team.members} scope={scope} onChange={setScope} />}
        <button type="button" data-testid="export-events" onClick={() => void exports.exportEvents()}>
          {t('dashboard.eventsCsv')}
        </button>
        <button type="button" data-testid="export-daily" onClick={exports.exportDaily}>
          {t('dashboard.dailyCsv')}
        </button>
      </header>
      <p class="lede">{t('dashboard.lede')}</p>
      <RequestFailure failure={failure} testId="dashboard-failure" />
      <RequestFailure failure={exports.failure} testId="export-failure" />
      <RequestFailure failure={templates.failure} testId="templates-failure" />
      <RequestFailure failure={namesFailure} testId="names-failure" />
      {!m ? (
        !failure && <p>{t('dashboard.loading')}</p>
      ) : (
        <>
          <KeyFigures metrics={m} />
          {team.me && scope === 'team' && <MemberFirstResponse query={memberQuery} />}
          <Charts metrics={m} />
          <WaitingAndMissed waiting={m.waiting} missedBursts={m.missedBursts} names={names} />
          <TemplateSends sends={m.templates} templates={templates.templates} />
          <FeedbackSection query={query} names={names} download={downloadText} />
        </>
      )}
    </main>
  );
}
