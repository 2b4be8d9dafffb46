import { useEffect, useState } from 'preact/hooks';
import { log } from '../../lib/log';
import { messenger, type MetricsQuery } from '../../lib/messaging/protocol';
import type { MemberFirstResponse as MemberFirstResponseRow } from '../../lib/team/status';
import { formatDuration } from '../../lib/metrics/format';
import { locale, t } from '../../lib/i18n/t';

/** With team sync on: who this member is and whose events this device holds; null members with it off. */
export function useTeamMembers(): { me: string | null; members: string[] } {
  const [team, setTeam] = useState<{ me: string | null; members: string[] }>({ me: null, members: [] });
  useEffect(() => {
    messenger.sendMessage('teamMembers', undefined).then(setTeam, (e: unknown) => {
      // The switch is only an extra: without it the page shows this device's own figures, as with team sync off.
      log.warn('dashboard', 'could not read the team members; showing this device’s figures only', e);
    });
  }, []);
  return team;
}

/** The scope switch: this member's own figures, the team's, or one member's. */
export function ScopeSwitch({
  me,
  members,
  scope,
  onChange,
}: {
  me: string;
  members: string[];
  scope: string;
  onChange: (scope: string) => void;
}) {
  return (
    <label>
      {t('scope.whose')}{' '}
      <select data-testid="scope" value={scope} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="me">{t('scope.mine', { me })}</option>
        <option value="team">{t('scope.team')}</option>
        {members
          .filter((m) => m !== me)
          .map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
      </select>
    </label>
  );
}

/** Each member's median first response over the same range: the team's conversations, credited to the first replier. */
export function MemberFirstResponse({ query }: { query: MetricsQuery }) {
  const [rows, setRows] = useState<MemberFirstResponseRow[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setProblem(null);
    messenger.sendMessage('teamFirstResponses', query).then(setRows, (e: unknown) => {
      log.warn('dashboard', 'could not load each member’s first response', e);
      setProblem(t('members.problem', { reason: e instanceof Error ? e.message : String(e) }));
    });
  }, [query]);
  return (
    <section aria-labelledby="members">
      <h2 id="members">{t('members.heading')}</h2>
      <p class="muted">{t('members.explain')}</p>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {rows && (
        <table data-testid="member-frt">
          <thead>
            <tr>
              <th>{t('members.member')}</th>
              <th>{t('members.median')}</th>
              <th>{t('members.count')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.member} data-member={r.member}>
                <td>{r.member}</td>
                <td data-testid="member-frt-median" data-value={r.median ?? ''}>
                  {formatDuration(r.median, locale())}
                </td>
                <td data-testid="member-frt-count">{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
