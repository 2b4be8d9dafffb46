import { SITES, siteList } from '../../lib/platforms/sites';
import { DiagnosticsSection } from './DiagnosticsSection';
import { useKnownFields, usePreferences, useTemplateLibrary } from './hooks';
import { ImportExport } from './ImportExport';
import { SettingsForm } from './SettingsForm';
import { useEffect } from 'preact/hooks';
import { TeamSync, useTeamStatus } from './TeamSync';
import { TemplateLibrary } from './TemplateLibrary';
import { locale, t } from '../../lib/i18n/t';

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
      <h1>{t('extName')}</h1>
      <p class="lede">{t('options.lede', { sites: siteList(locale()) })}</p>

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
        <h2 id="sites">{t('options.sitesHeading')}</h2>
        <ul>
          {SITES.map((s) => (
            <li key={s.id} data-testid="site-item">
              {s.label} — {s.urlHint}
            </li>
          ))}
        </ul>
        <p>{t('options.sitesToggle')}</p>
      </section>

      <TeamSync team={team} />

      <DiagnosticsSection />
    </main>
  );
}
