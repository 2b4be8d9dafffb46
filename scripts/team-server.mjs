// `npm run team-server`: a CouchDB-compatible server (PouchDB Server, from npm) on this computer only, to try team
// sync without a real CouchDB. In memory unless `--dir <folder>` is given; admins and the database are created from
// the options below. The e2e tests start the same server (startTeamServer).
//
//   npm run team-server -- [--port 5984] [--dir ./team-data] [--db shop-team] [--user ana:secret --user ben:secret]
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Starts PouchDB Server on 127.0.0.1 and waits until it answers; creates each `user` as a server admin (so sign-in is
 * checked) and the database `db`. Resolves to its address and a stop function.
 * With `restart`, a server on a data folder that was set up before: nothing is created again.
 * @param {{ port?: number, dir?: string, db?: string, users?: [string, string][], quiet?: boolean, restart?: boolean }} options
 */
export async function startTeamServer({ port = 5984, dir, db = 'shop-team', users = [], quiet = true, restart = false } = {}) {
  // PouchDB Server writes its config and log in its working folder: a temporary one unless a data folder is given.
  const cwd = dir ? resolve(dir) : mkdtempSync(join(tmpdir(), 'team-server-'));
  const args = ['--host', '127.0.0.1', '--port', String(port), ...(dir ? ['--dir', cwd] : ['--in-memory'])];
  const child = spawn(join(root, 'node_modules/.bin/pouchdb-server'), args, { cwd, stdio: quiet ? 'ignore' : 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done(undefined);
      child.once('exit', () => done(undefined));
      child.kill();
    });
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the team server stopped at start (exit ${child.exitCode})`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      if (i > 150) {
        await stop();
        throw new Error(`the team server did not answer on ${url}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (restart) return { url, db, stop, child };
  for (const [i, [user, password]] of users.entries()) {
    // The first admin ends the open "admin party"; the next ones are created by the first.
    const r = await fetch(`${url}/_config/admins/${encodeURIComponent(user)}`, {
      method: 'PUT',
      body: JSON.stringify(password),
      headers: i > 0 ? { Authorization: basic(users[0]) } : {},
    });
    if (!r.ok) throw new Error(`could not create the user ${user} (${r.status})`);
  }
  if (db) {
    const r = await fetch(`${url}/${db}`, { method: 'PUT', headers: users[0] ? { Authorization: basic(users[0]) } : {} });
    if (!r.ok && r.status !== 412) throw new Error(`could not create the database ${db} (${r.status})`);
  }
  return { url, db, stop, child };
}

/** @param {[string, string] | undefined} user */
function basic(user) {
  return user ? `Basic ${Buffer.from(`${user[0]}:${user[1]}`).toString('base64')}` : '';
}

/** @type {[string, string][]} */
const DEFAULT_USERS = [['ana', 'ana-secret']];

/**
 * A port nobody listens on now (the system picks it).
 * @returns {Promise<number>}
 */
export async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  /** @param {string} name */
  const value = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  /** @type {[string, string][]} */
  const users = argv.flatMap((a, i) => {
    const [user = '', password = ''] = a === '--user' ? (argv[i + 1] ?? '').split(':') : [];
    return user && password ? [/** @type {[string, string]} */ ([user, password])] : [];
  });
  const server = await startTeamServer({
    port: Number(value('--port') ?? 5984),
    dir: value('--dir'),
    db: value('--db') ?? 'shop-team',
    users: users.length ? users : DEFAULT_USERS,
    quiet: false,
  });
  console.log(`Team server on ${server.url}, database "${server.db}". In DM Sidekick's options → Team sync, connect with:`);
  console.log(
    `  Server address ${server.url} · Database ${server.db} · User and password: ${(users.length ? users : DEFAULT_USERS).map((u) => u.join(' / ')).join(', ')}`,
  );
  console.log(server.child.exitCode === null ? 'Stop it with Ctrl+C.' : '');
  process.on('SIGINT', () => void server.stop().then(() => process.exit(0)));
}
