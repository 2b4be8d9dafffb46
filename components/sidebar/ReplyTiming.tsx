import { formatDuration } from '../../lib/metrics/format';
import { metaWindow, STANDARD_WINDOW_MS } from '../../lib/metrics/meta-window';
import type { Conversation } from '../../lib/metrics/types';
import type { Direction } from '../../lib/platforms/types';

interface Props {
  conversation: Conversation | undefined;
  lastFrom: Direction | null;
  now: number;
  onMark: (kind: 'converted' | 'done') => void;
}

const WINDOW_TEXT = {
  standard: (left: number) => `Reply window open for ${formatDuration(left / 1000)} more.`,
  'human-agent': () => 'Past 24 h: only a person may reply now (human agent window, until 7 days).',
  closed: () => 'Past 7 days: the business can no longer write first; wait for the customer.',
};

/** The open thread's reply timing: how long the customer has waited, Meta's reply windows, converted/done marks. */
export function ReplyTiming({ conversation: c, lastFrom, now, onMark }: Props) {
  const waitingSince = c?.waiting ? c.bursts.at(-1)?.startAt : undefined;
  const window = c ? metaWindow(c.lastInAt, now) : null;
  return (
    <section class="timing" aria-label="Reply timing">
      {waitingSince !== undefined ? (
        <div class="waiting" data-testid="waiting" data-seconds={Math.max(0, Math.floor((now - waitingSince) / 1000))}>
          Waiting {formatDuration((now - waitingSince) / 1000)} for your reply
        </div>
      ) : (
        lastFrom === 'in' &&
        !c?.waiting && (
          <div class="muted small" data-testid="waiting-unknown">
            The customer wrote last, before this page was open: no time to measure from.
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
          {c?.convertedAt !== undefined ? 'Converted ✓' : 'Mark converted'}
        </button>
        <button
          type="button"
          data-testid="mark-done"
          aria-pressed={c?.doneAt !== undefined && !c.waiting}
          onClick={() => onMark('done')}
        >
          {c?.doneAt !== undefined && !c.waiting ? 'Done ✓' : 'Mark done'}
        </button>
      </div>
    </section>
  );
}
