import { log } from '../../lib/log';
import { t } from '../../lib/i18n/t';

/** A request to the background that failed: what could not be done, why, and a way to try again when there is one. */
export interface Failure {
  /** Completes "Could not …": "load the dashboard", in the interface's language. */
  what: string;
  /** The error's message, for the screen. */
  reason: string;
  retry?: () => void;
}

/** Logs a failed request (its scope, what failed, the error's name and message) and describes it for the screen. */
export function failed(scope: string, what: string, e: unknown, retry?: () => void): Failure {
  log.error(scope, `could not ${what}`, e);
  const reason = e instanceof Error && e.message ? e.message : t('failure.unexpected');
  return { what, reason, retry };
}

/** "Could not load the dashboard: … [Try again]" */
export function RequestFailure({ failure, testId }: { failure: Failure | null; testId: string }) {
  if (!failure) return null;
  return (
    <p class="error request-failure" role="alert" data-testid={testId}>
      {t('failure.couldNot', { what: failure.what, reason: failure.reason })}
      {failure.retry && (
        <>
          {' '}
          <button type="button" data-testid={`${testId}-retry`} onClick={failure.retry}>
            {t('common.tryAgain')}
          </button>
        </>
      )}
    </p>
  );
}
