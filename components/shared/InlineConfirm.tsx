import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n/t';

interface Props {
  /** "Delete this feedback?" */
  question: string;
  /** The button that goes ahead: "Delete". */
  action: string;
  busy?: boolean;
  testId: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An in-page confirmation beside the control that asked for it ("Delete this feedback? [Delete] [Cancel]"), instead
 * of the browser's confirm(), which blocks the whole page. Focus goes to Cancel; Escape cancels and gives focus back.
 */
export function InlineConfirm({ question, action, busy = false, testId, onConfirm, onCancel }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    cancel.current?.focus();
  }, []);
  const close = () => {
    onCancel();
    if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
  };
  return (
    <span
      class="inline-confirm"
      role="group"
      aria-label={question}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <span>{question}</span>{' '}
      <button type="button" class="danger" data-testid={`${testId}-yes`} disabled={busy} onClick={onConfirm}>
        {action}
      </button>{' '}
      <button type="button" ref={cancel} data-testid={`${testId}-cancel`} onClick={close}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
