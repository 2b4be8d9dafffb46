import { formatDuration } from '../../lib/metrics/format';
import { metaWindow, STANDARD_WINDOW_MS } from '../../lib/metrics/meta-window';
import type { Conversation } from '../../lib/metrics/types';
import type { Direction } from '../../lib/platforms/types';
import { locale, t } from '../../lib/i18n/t';

interface Props {
  conversation: Conversation | undefined;
  lastFrom: Direction | null;
  now: number;
  onMark: (kind: 'converted' | 'done') => void;
}

const WINDOW_TEXT = {
  standard: (left: number) => t('timing.windowOpen', { left: formatDuration(left / 1000, locale()) }),
  'human-agent': () => t('timing.humanAgent'),
  closed: () => t('timing.closed'),
};

/** The open thread's reply timing: how long the customer has waited, Meta's reply windows, converted/done marks. */
export function ReplyTiming({ conversation: c, lastFrom, now, onMark }: Props) {
  const waitingSince = c?.waiting ? c.bursts.at(-1)?.startAt : undefined;
  const window = c ? metaWindow(c.lastInAt, now) : null;
  return (
    <section class="timing" aria-label={t('timing.label')}>
      {waitingSince !== undefined ? (
        <div class="waiting" data-testid="waiting" data-seconds={Math.max(0, Math.floor((now - waitingSince) / 1000))}>
          {t('timing.waiting', { duration: formatDuration((now - waitingSince) / 1000, locale()) })}
        </div>
      ) : (
        lastFrom === 'in' &&
        !c?.waiting && (
          <div class="muted small" data-testid="waiting-unknown">
            {t('timing.unknown')}
          </div>
        )
      )}
      {window && c && (
        <div class={`window ${window}`} data-testid="reply-window" data-window={window}>
          {WINDOW_TEXT[window](c.lastInAt + STANDARD_WINDOW_MS - now)}
        </div>
      )}
      <div class="marks">
        <button
          type="button"
          data-testid="mark-converted"
          aria-pressed={c?.convertedAt !== undefined}
          onClick={() => onMark('converted')}
        >
          {c?.convertedAt !== undefined ? t('timing.converted') : t('timing.markConverted')}
        </button>
        <button
          type="button"
          data-testid="mark-done"
          aria-pressed={c?.doneAt !== undefined && !c.waiting}
          onClick={() => onMark('done')}
        >
          {c?.doneAt !== undefined && !c.waiting ? t('timing.done') : t('timing.markDone')}
        </button>
      </div>
    </section>
  );
}
