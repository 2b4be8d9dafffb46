import { SITES, siteList } from '../../lib/platforms/sites';
import { DiagnosticsSection } from './DiagnosticsSection';
import { useKnownFields, usePreferences, useTemplateLibrary } from './hooks';
import { ImportExport } from './ImportExport';
import { SettingsForm } from './SettingsForm';
import { useEffect } from 'preact/hooks';
import { TeamSync, useTeamStatus } from './TeamSync';
import { TemplateLibrary } from './TemplateLibrary';

/** The options page: the template library, import and export, the settings, where the sidebar appears, diagnostics. */
export function OptionsPage() {
  const library = useTemplateLibrary();
  const fields = useKnownFields();
  const settings = usePreferences();
  const team = useTeamStatus();
  // A teammate's change reached this device's library: the list shows it without a reload.
  const teamChanges = team[0]?.libraryChanges ?? 0;
  const reloadLibrary = library.reload;
  useEffect(() => {
    if (teamChanges > 0) void reloadLibrary();
  }, [teamChanges, reloadLibrary]);

  return (
    <main>
      <h1>DM Sidekick</h1>
      <p class="lede">
        Saved replies for your {siteList()} DMs, filled in with the customer's name. Everything stays on this device: no account,
        no server, no message text stored.
      </p>

      <TemplateLibrary
        templates={library.templates}
        libraryFailure={library.failure}
        reload={library.reload}
        knownFields={fields.fields}
        fieldsFailure={fields.failure}
        myName={settings.prefs.myName}
        business={settings.prefs.business}
      />
      <ImportExport templates={library.templates} onImported={library.reload} />
      <SettingsForm prefs={settings.prefs} failure={settings.failure} onSave={settings.save} />

      <section aria-labelledby="sites">
        <h2 id="sites">Where the sidebar appears</h2>
        <ul>
          {SITES.map((s) => (
            <li key={s.id} data-testid="site-item">
              {s.label} — {s.urlHint}
            </li>
          ))}
        </ul>
        <p>Toggle it with the toolbar button or Alt+Shift+S (change the key at chrome://extensions/shortcuts).</p>
      </section>

      <TeamSync team={team} />

      <DiagnosticsSection />
    </main>
  );
}
