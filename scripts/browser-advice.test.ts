import { describe, expect, it } from 'vitest';
import { noChromiumAdvice, systemChromium } from './browser-advice.mjs';

const release = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k}="${v}"`)
    .join('\n');

describe('the Chromium to install on this system', () => {
  it.each([
    [release({ ID: 'debian', PRETTY_NAME: 'Debian GNU/Linux 13 (trixie)' }), 'sudo apt-get install -y chromium'],
    [release({ ID: 'ubuntu', ID_LIKE: 'debian' }), 'sudo snap install chromium'],
    [release({ ID: 'linuxmint', ID_LIKE: 'ubuntu debian' }), 'sudo snap install chromium'],
    [release({ ID: 'fedora' }), 'sudo dnf install -y chromium'],
    [release({ ID: 'rocky', ID_LIKE: 'rhel centos fedora' }), 'sudo dnf install -y chromium'],
    [release({ ID: 'arch' }), 'sudo pacman -S chromium'],
    [release({ ID: 'alpine' }), 'sudo apk add chromium'],
    [release({ ID: 'opensuse-tumbleweed', ID_LIKE: 'opensuse suse' }), 'sudo zypper install chromium'],
    ['ID=debian\nPRETTY_NAME=Debian', 'sudo apt-get install -y chromium'],
  ])('linux %#', (osRelease, command) => expect(systemChromium('linux', osRelease)?.command).toBe(command));

  it('macOS and Windows have their own; an unknown Linux gets no guess', () => {
    expect(systemChromium('darwin', '')?.command).toBe('brew install --cask chromium');
    expect(systemChromium('win32', '')?.command).toMatch(/^winget install/);
    expect(systemChromium('linux', release({ ID: 'nixos' }))).toBeNull();
    expect(systemChromium('linux', '')).toBeNull();
  });

  it('the advice names this system’s command first, then the download and the path', () => {
    const advice = noChromiumAdvice('linux', release({ ID: 'debian', PRETTY_NAME: 'Debian GNU/Linux 13 (trixie)' }));
    expect(advice.split('\n')[1]).toBe('On this Debian GNU/Linux 13 (trixie):  sudo apt-get install -y chromium');
    expect(advice).toMatch(/npx playwright install chromium/);
    expect(noChromiumAdvice('linux', '')).toMatch(/package manager/);
  });
});
