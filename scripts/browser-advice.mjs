// What to tell someone whose machine has no Chromium: the one command that installs it on *their* system, read from
// the platform and /etc/os-release. Pure, so it is unit-tested (scripts/browser-advice.test.ts).

/**
 * The install command for this system's Chromium package, or null when there is no packaged one we know of.
 * @param {NodeJS.Platform} platform
 * @param {string} osRelease the contents of /etc/os-release ('' when there is none)
 * @returns {{ system: string, command: string } | null}
 */
export function systemChromium(platform, osRelease) {
  if (platform === 'darwin') return { system: 'macOS', command: 'brew install --cask chromium' };
  if (platform === 'win32') return { system: 'Windows', command: 'winget install Hibbiki.Chromium' };
  if (platform !== 'linux') return null;
  /** @param {string} name */
  const raw = (name) => new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm').exec(osRelease)?.[1] ?? '';
  const ids = [raw('ID'), ...raw('ID_LIKE').split(/\s+/)].map((id) => id.toLowerCase()).filter(Boolean);
  const pretty = raw('PRETTY_NAME') || raw('NAME') || 'Linux';
  if (ids.includes('ubuntu')) return { system: pretty, command: 'sudo snap install chromium' };
  if (ids.includes('debian')) return { system: pretty, command: 'sudo apt-get install -y chromium' };
  if (ids.some((id) => ['fedora', 'rhel', 'centos'].includes(id)))
    return { system: pretty, command: 'sudo dnf install -y chromium' };
  if (ids.some((id) => ['arch', 'manjaro'].includes(id))) return { system: pretty, command: 'sudo pacman -S chromium' };
  if (ids.includes('alpine')) return { system: pretty, command: 'sudo apk add chromium' };
  if (ids.some((id) => ['opensuse', 'suse', 'opensuse-leap', 'opensuse-tumbleweed'].includes(id)))
    return { system: pretty, command: 'sudo zypper install chromium' };
  return null;
}

/**
 * The whole advice, in words: this system's command first, then Playwright's download, then any Chromium by path.
 * @param {NodeJS.Platform} platform
 * @param {string} osRelease
 */
export function noChromiumAdvice(platform, osRelease) {
  const own = systemChromium(platform, osRelease);
  return [
    "No Chromium found. DM Sidekick's demo and tests need Chromium (branded Google Chrome ignores --load-extension).",
    own ? `On this ${own.system}:  ${own.command}` : 'Install Chromium with your system’s package manager, or:',
    "Or Playwright's own build (needs internet access):  npx playwright install chromium",
    'Or any Chromium you have:  CHROMIUM_PATH=/path/to/chromium npm start',
  ].join('\n');
}
