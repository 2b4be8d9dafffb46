import { DAY_MS } from '../../lib/vocab/time';

interface Props {
  firstName: string;
  promoAt: number;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asked before a second promo to the same contact within the cool-down: it can feel like spam. */
export function PromoWarning({ firstName, promoAt, onConfirm, onCancel }: Props) {
  const days = Math.max(1, Math.round((Date.now() - promoAt) / DAY_MS));
  return (
    <div class="panel spam" data-testid="spam-warning" role="alertdialog" aria-label="Promo sent recently">
      <p>
        You inserted a promo for {firstName} {days} day(s) ago. Another one this soon can feel like spam.
      </p>
      <div class="actions">
        <button type="button" data-testid="spam-confirm" onClick={onConfirm}>
          Insert anyway
        </button>
        <button type="button" class="secondary" data-testid="spam-cancel" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
