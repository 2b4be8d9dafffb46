import { DAY_MS } from '../../lib/vocab/time';
import { t, tn } from '../../lib/i18n/t';

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
    <div class="panel spam" data-testid="spam-warning" role="alertdialog" aria-label={t('promo.label')}>
      <p>{tn('promo.warning', days, { name: firstName })}</p>
      <div class="actions">
        <button type="button" data-testid="spam-confirm" onClick={onConfirm}>
          {t('promo.insertAnyway')}
        </button>
        <button type="button" class="secondary" data-testid="spam-cancel" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
