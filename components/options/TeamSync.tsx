import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { log } from '../../lib/log';
import { messenger } from '../../lib/messaging/protocol';
import { permissionPattern, serverOrigin } from '../../lib/team/config';
import type { TeamStatus } from '../../lib/team/status';
import { formatNumber, t } from '../../lib/i18n/t';

const EMPTY = { url: '', db: '', user: '', password: '' };

/**
 * The status in the interface's language: the background (lib/background/services/team.ts) words it in English, so
 * the states with fixed words are said here; an error's own explanation is shown as the background gives it.
 */
function statusText(status: TeamStatus | null): string {
  switch (status?.state ?? 'off') {
    case 'off':
      return t('team.off');
    case 'syncing':
      return status?.progress
        ? t('team.receiving', { done: formatNumber(status.progress.done), total: formatNumber(status.progress.total) })
        : t('team.syncing');
    case 'offline':
      return t('team.offline');
    case 'connected':
      return status?.server ? t('team.connected', { user: status.server.user }) : (status?.message ?? '');
    default:
      return status?.message ?? '';
  }
}

/** Where team sync stands, asked again every few seconds while the page is open (sync runs in the background). */
export function useTeamStatus(): [TeamStatus | null, (s: TeamStatus) => void] {
  const [status, setStatus] = useState<TeamStatus | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = () =>
      messenger.sendMessage('teamStatus', undefined).then(
        (s) => {
          if (!stopped) setStatus(s);
        },
        (e: unknown) => {
          log.warn('options', 'could not read the team sync status', e);
          if (!stopped) setStatus({ state: 'error', message: t('team.noAnswer') });
        },
      );
    void poll();
    const timer = setInterval(() => void poll(), 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  return [status, setStatus];
}

/**
 * Team sync: a shared reply library through the team's own CouchDB. Off until the user connects; the password stays
 * on this device; the browser asks for permission to reach that one server.
 */
export function TeamSync({ team }: { team: [TeamStatus | null, (s: TeamStatus) => void] }) {
  const [background, setStatus] = team;
  // A problem found on this page before anything was sent (an address that is not allowed, a permission refused):
  // shown until the next attempt, whatever the background says meanwhile.
  const [pageProblem, setPageProblem] = useState<string | null>(null);
  const status: TeamStatus | null = pageProblem ? { state: 'error', message: pageProblem } : background;
  const [form, setForm] = useState(EMPTY);
  const [contacts, setContacts] = useState(false);
  // The saved choice fills the box once; after that it is the user's (the status is asked for again and again).
  const contactsShown = useRef(false);
  const [busy, setBusy] = useState(false);
  const on = status !== null && status.state !== 'off';
  useEffect(() => {
    // The saved settings (never the password) fill the form once known.
    const server = status?.server;
    if (!server) return;
    setForm((f) => (f.url || f.db || f.user ? f : { ...f, url: server.url, db: server.db, user: server.user }));
    if (!contactsShown.current) setContacts(server.contacts);
    contactsShown.current = true;
  }, [status?.server]);

  const connect = async () => {
    setBusy(true);
    setPageProblem(null);
    try {
      const origin = serverOrigin(form.url.trim().replace(/\/+$/, ''));
      if ('problem' in origin) {
        setPageProblem(origin.problem);
        return;
      }
      // A server elsewhere: the browser asks the user for that one server, now that they asked to connect (a server
      // on this computer needs no permission).
      const pattern = permissionPattern(origin.origin);
      if (pattern && !(await browser.permissions.request({ origins: [pattern] }))) {
        setPageProblem(t('team.permission', { origin: origin.origin }));
        return;
      }
      setStatus(await messenger.sendMessage('teamConnect', { ...form, contacts }));
    } catch (e) {
      log.warn('options', 'team sync could not connect', e);
      setPageProblem(t('team.couldNotConnect', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  const disconnect = async () => {
    setBusy(true);
    setPageProblem(null);
    try {
      setStatus(await messenger.sendMessage('teamDisconnect', undefined));
      setForm((f) => ({ ...f, password: '' }));
    } catch (e) {
      log.warn('options', 'team sync could not disconnect', e);
      setPageProblem(t('team.couldNotDisconnect', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  const input = (key: keyof typeof EMPTY, label: string, props: Record<string, string> = {}) => (
    <label>
      {label}
      <input
        data-testid={`team-${key}`}
        value={form[key]}
        disabled={busy}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setForm((f) => ({ ...f, [key]: value }));
        }}
        {...props}
      />
    </label>
  );

  return (
    <section aria-labelledby="team">
      <h2 id="team">{t('team.heading')}</h2>
      <p>{t('team.explain')}</p>
      <div class="grid">
        {input('url', t('team.url'), { placeholder: 'https://couch.example.com', type: 'url' })}
        {input('db', t('team.db'), { placeholder: 'shop-team' })}
        {input('user', t('team.user'))}
        {input('password', t('team.password'), { type: 'password' })}
      </div>
      <label class="check">
        <input
          type="checkbox"
          data-testid="team-contacts"
          checked={contacts}
          disabled={busy}
          onChange={(e) => setContacts(e.currentTarget.checked)}
        />
        {t('team.shareContacts')}
      </label>
      <div class="actions">
        <button type="button" data-testid="team-connect" disabled={busy} onClick={() => void connect()}>
          {on ? t('team.connectAgain') : t('team.connect')}
        </button>
        {on && (
          <button type="button" data-testid="team-disconnect" disabled={busy} onClick={() => void disconnect()}>
            {t('team.disconnect')}
          </button>
        )}
      </div>
      <p data-testid="team-status" data-state={status?.state ?? 'off'} role="status">
        {statusText(status)}
      </p>
    </section>
  );
}
