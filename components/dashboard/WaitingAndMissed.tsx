import type { Metrics } from '../../lib/metrics/compute';
import { formatDuration } from '../../lib/metrics/format';
import { threadUrl } from '../../lib/platforms/thread-links';
import type { MetaWindow } from '../../lib/metrics/meta-window';
import { siteLabel } from '../../lib/platforms/sites';
import { threadIdOf } from '../../lib/vocab/contact-key';
import { locale } from '../../lib/i18n/t';

const WINDOW_STATE: Record<MetaWindow, string> = {
  standard: 'reply window open',
  'human-agent': 'human agent window',
  closed: 'window closed',
};

interface Props {
  waiting: Metrics['waiting'];
  missedBursts: Metrics['missedBursts'];
  /** Contact names by contact key; a contact without one shows its thread id. */
  names: Record<string, string>;
}

/** Who is waiting now and the bursts missed in the range, each linking back to its thread. */
export function WaitingAndMissed({ waiting, missedBursts, names }: Props) {
  const contact = (key: string) => (
    <a href={threadUrl(key)} target="_blank" rel="noreferrer">
      {names[key] ?? threadIdOf(key)}
    </a>
  );
  return (
    <section>
      <h2>Waiting and missed</h2>
      {waiting.length === 0 && missedBursts.length === 0 ? (
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
            {waiting.map((w) => (
              <tr key={`w${w.contactKey}`} data-testid="waiting-row">
                <td>{contact(w.contactKey)}</td>
                <td>{siteLabel(w.platform)}</td>
                <td>{new Date(w.since).toLocaleString()}</td>
                <td>
                  waiting {formatDuration(w.waitMs / 1000, locale())} · {WINDOW_STATE[w.window]}
                </td>
              </tr>
            ))}
            {missedBursts.slice(0, 200).map((b) => (
              <tr key={`m${b.contactKey}${b.startAt}`} data-testid="missed-row">
                <td>{contact(b.contactKey)}</td>
                <td>{siteLabel(b.platform)}</td>
                <td>{new Date(b.startAt).toLocaleString()}</td>
                <td>missed</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
