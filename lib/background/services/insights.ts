import type { SidekickDatabase } from '../../db/database';
import { eventsBetween, metricsFor } from '../../db/events-store';
import { feedbackBetween, teamFeedbackBetween } from '../../db/feedback-store';
import { getPreferences } from '../../db/settings-store';
import { teamFirstResponses, teamMembers, teamMetrics } from '../../db/team-metrics';
import type { MetricsQuery } from '../../messaging/protocol';
import { metricOptions } from '../../settings/preferences';

/** The dashboard's and popup's figures, with the seller's thresholds and business hours. */
export function insightService(db: SidekickDatabase, fold: () => Promise<void>, member: () => string | null = () => null) {
  const options = async (q: MetricsQuery) => ({ ...q, ...metricOptions(await getPreferences(db), q, Date.now()) });
  return {
    async metrics(q: MetricsQuery) {
      await fold();
      const me = member();
      // A team scope while team sync is on; otherwise (or "me") the personal figures.
      if (me && q.scope && q.scope !== 'me')
        return teamMetrics(db, q.scope === 'team' ? 'team' : { member: q.scope }, me, await options(q));
      return metricsFor(db, await options(q));
    },
    async firstResponses(q: MetricsQuery) {
      // The team's figures are folded from this device's folded events: fold what was just recorded first.
      await fold();
      const me = member();
      return me ? teamFirstResponses(db, me, await options(q)) : [];
    },
    async members() {
      const me = member();
      return { me, members: me ? await teamMembers(db, me) : [] };
    },
    async events({ from, to, platform }: MetricsQuery) {
      const all = await eventsBetween(db, from, to);
      return platform ? all.filter((e) => e.platform === platform) : all;
    },
    async feedback({ from, to, platform, scope }: MetricsQuery) {
      const me = member();
      // A team scope while team sync is on: the teammates' feedback too (or one member's); otherwise this device's.
      const all =
        me && scope && scope !== 'me'
          ? await teamFeedbackBetween(db, from, to, scope === 'team' ? 'team' : { member: scope }, me)
          : await feedbackBetween(db, from, to);
      return platform
        ? { entries: all.entries.filter((e) => e.platform === platform), asks: all.asks.filter((a) => a.platform === platform) }
        : all;
    },
  };
}
