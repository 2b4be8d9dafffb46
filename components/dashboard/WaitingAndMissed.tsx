import type { Metrics } from '../../lib/metrics/compute';
import { formatDuration } from '../../lib/metrics/format';
import { threadUrl } from '../../lib/platforms/thread-links';
import type { MetaWindow } from '../../lib/metrics/meta-window';
import { siteLabel } from '../../lib/platforms/sites';
import { threadIdOf } from '../../lib/vocab/contact-key';
import { formatDate, locale, t, type MessageKey } from '../../lib/i18n/t';

const WINDOW_STATE: Record<MetaWindow, MessageKey> = {
  standard: 'waiting.open',
  'human-agent': 'waiting.human',
  closed: 'waiting.closed',
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
      <h2>{t('waiting.heading')}</h2>
      {waiting.length === 0 && missedBursts.length === 0 ? (
        <p class="muted">{t('waiting.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('waiting.contact')}</th>
              <th>{t('waiting.site')}</th>
              <th>{t('waiting.since')}</th>
              <th>{t('waiting.state')}</th>
            </tr>
          </thead>
          <tbody>
            {waiting.map((w) => (
              <tr key={`w${w.contactKey}`} data-testid="waiting-row">
                <td>{contact(w.contactKey)}</td>
                <td>{siteLabel(w.platform)}</td>
                <td>{formatDate(w.since, { dateStyle: 'short', timeStyle: 'short' })}</td>
                <td>
                  {t('waiting.waiting', {
                    duration: formatDuration(w.waitMs / 1000, locale()),
                    window: t(WINDOW_STATE[w.window]),
                  })}
                </td>
              </tr>
            ))}
            {missedBursts.slice(0, 200).map((b) => (
              <tr key={`m${b.contactKey}${b.startAt}`} data-testid="missed-row">
                <td>{contact(b.contactKey)}</td>
                <td>{siteLabel(b.platform)}</td>
                <td>{formatDate(b.startAt, { dateStyle: 'short', timeStyle: 'short' })}</td>
                <td>{t('waiting.missed')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
