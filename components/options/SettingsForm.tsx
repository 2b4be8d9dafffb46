import type { Preferences } from '../../lib/settings/preferences';
import { RequestFailure } from '../shared/RequestFailure';
import type { SettingsFailure } from './hooks';
import { DraftInput } from './DraftInput';
import { ScheduleEditor } from './ScheduleEditor';

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
        <h2 id="settings">Settings</h2>
        <RequestFailure failure={failure?.near === 'settings' ? failure : null} testId="settings-failure" />
        <div class="grid">
          <label>
            Your name <code>{'{{my_name}}'}</code>
            <DraftInput
              data-testid="setting-my-name"
              value={prefs.myName}
              maxLength={100}
              onCommit={(text) => onSave({ myName: text })}
            />
          </label>
          <label>
            Business name <code>{'{{business}}'}</code>
            <DraftInput
              data-testid="setting-business"
              value={prefs.business}
              maxLength={100}
              onCommit={(text) => onSave({ business: text })}
            />
          </label>
          <label>
            Expand /shortcuts with
            <select
              data-testid="setting-trigger"
              value={prefs.shortcutTrigger}
              onChange={(e) => onSave({ shortcutTrigger: e.currentTarget.value as Preferences['shortcutTrigger'] })}
            >
              <option value="tab">Tab</option>
              <option value="space">Space</option>
              <option value="both">Tab or Space</option>
            </select>
          </label>
          <label>
            Warn before another promo within (days)
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
        <h2 id="timing">Reply timing</h2>
        <RequestFailure failure={failure?.near === 'timing' ? failure : null} testId="settings-failure" />
        <div class="grid">
          <label>
            A chat is missed after (hours)
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
            A quiet answered chat is completed after (hours)
            <DraftInput
              type="number"
              min={1}
              data-testid="setting-completion-hours"
              value={prefs.completionHours}
              onCommit={(text) => onSave({ completionHours: Math.max(1, Number(text) || 24) })}
            />
          </label>
          <label>
            Credit a conversion to a template sent within (days)
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
