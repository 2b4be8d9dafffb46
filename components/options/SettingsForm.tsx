import type { Preferences } from '../../lib/settings/preferences';
import { RequestFailure } from '../shared/RequestFailure';
import type { SettingsFailure } from './hooks';
import { DraftInput } from './DraftInput';
import { ScheduleEditor } from './ScheduleEditor';
import { t } from '../../lib/i18n/t';
import { LANGUAGE_CHOICES, LANGUAGE_NAMES, type LanguageChoice } from '../../lib/i18n/languages';

interface Props {
  prefs: Preferences;
  /** Said in the section of the setting that failed. */
  failure: SettingsFailure | null;
  onSave: (change: Partial<Preferences>) => void;
}

const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(max, n));

/** The settings (names, shortcut key, promo cooldown) and the reply-timing settings, each saved on change. */
export function SettingsForm({ prefs, failure, onSave }: Props) {
  return (
    <>
      <section aria-labelledby="settings">
        <h2 id="settings">{t('settings.heading')}</h2>
        <RequestFailure failure={failure?.near === 'settings' ? failure : null} testId="settings-failure" />
        <div class="grid">
          <label>
            {t('settings.language')}
            <select
              data-testid="language"
              value={prefs.language}
              onChange={(e) => onSave({ language: e.currentTarget.value as LanguageChoice })}
            >
              {LANGUAGE_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {choice === 'auto' ? t('settings.languageAuto') : LANGUAGE_NAMES[choice]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('settings.myName')} <code>{'{{my_name}}'}</code>
            <DraftInput
              data-testid="setting-my-name"
              value={prefs.myName}
              maxLength={100}
              onCommit={(text) => onSave({ myName: text })}
            />
          </label>
          <label>
            {t('settings.business')} <code>{'{{business}}'}</code>
            <DraftInput
              data-testid="setting-business"
              value={prefs.business}
              maxLength={100}
              onCommit={(text) => onSave({ business: text })}
            />
          </label>
          <label>
            {t('settings.trigger')}
            <select
              data-testid="setting-trigger"
              value={prefs.shortcutTrigger}
              onChange={(e) => onSave({ shortcutTrigger: e.currentTarget.value as Preferences['shortcutTrigger'] })}
            >
              <option value="tab">{t('sidebar.keyTab')}</option>
              <option value="space">{t('sidebar.keySpace')}</option>
              <option value="both">{t('settings.triggerBoth')}</option>
            </select>
          </label>
          <label>
            {t('settings.cooldown')}
            <DraftInput
              type="number"
              min={0}
              max={365}
              data-testid="setting-cooldown"
              value={prefs.promoCooldownDays}
              onCommit={(text) => onSave({ promoCooldownDays: clamp(Math.round(Number(text) || 0), 0, 365) })}
            />
          </label>
        </div>
      </section>

      <section aria-labelledby="timing">
        <h2 id="timing">{t('settings.timingHeading')}</h2>
        <RequestFailure failure={failure?.near === 'timing' ? failure : null} testId="settings-failure" />
        <div class="grid">
          <label>
            {t('settings.missedHours')}
            <DraftInput
              type="number"
              min={0.25}
              step={0.25}
              data-testid="setting-missed-hours"
              value={prefs.missedThresholdHours}
              onCommit={(text) => onSave({ missedThresholdHours: Math.max(0.25, Number(text) || 24) })}
            />
          </label>
          <label>
            {t('settings.completionHours')}
            <DraftInput
              type="number"
              min={1}
              data-testid="setting-completion-hours"
              value={prefs.completionHours}
              onCommit={(text) => onSave({ completionHours: Math.max(1, Number(text) || 24) })}
            />
          </label>
          <label>
            {t('settings.attributionDays')}
            <DraftInput
              type="number"
              min={1}
              max={90}
              data-testid="setting-attribution-days"
              value={prefs.attributionDays}
              onCommit={(text) => onSave({ attributionDays: clamp(Math.round(Number(text) || 14), 1, 90) })}
            />
          </label>
        </div>
        <ScheduleEditor schedule={prefs.schedule} onChange={(schedule) => onSave({ schedule })} />
      </section>
    </>
  );
}
