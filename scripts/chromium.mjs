// Finds a Chromium that accepts --load-extension (branded Chrome ignores it) and launches it with the built
// extension. Shared by the e2e harness, `npm start` and `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { noChromiumAdvice } from './browser-advice.mjs';

/** No Chromium on this machine (its message is the advice). */
export class NoChromiumError extends Error {}

export const EXTENSION_DIR = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));

/** What to do without a Chromium, for this very system (scripts/browser-advice.mjs). */
export function howToGetOne() {
  let osRelease = '';
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    // Not Linux, or a system without the file: the advice says so.
  }
  return noChromiumAdvice(process.platform, osRelease);
}

/** The Chromium to use: $CHROMIUM_PATH, then the system's chromium, then Playwright's own build. */
export async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  throw new NoChromiumError(howToGetOne());
}

/**
 * Launches a profile with the built extension loaded: a fresh one, or `userDataDir` to open the same profile again
 * (what a browser restart is).
 * `extensionDir` picks another build (the bench build, `.output/chrome-mv3-bench`). `lang` ("es", "pt-BR") is the
 * browser's own language (what extensions read with browser.i18n): Chromium's --lang, and on Linux LANGUAGE too.
 * @param {{ headless?: boolean, extraArgs?: string[], userDataDir?: string, extensionDir?: string, lang?: string }} [options]
 */
export async function launchWithExtension({
  headless = true,
  extraArgs = [],
  userDataDir = '',
  extensionDir = EXTENSION_DIR,
  lang = '',
} = {}) {
  const { chromium } = await import('@playwright/test');
  if (!existsSync(`${extensionDir}/manifest.json`)) throw new Error('The extension is not built: run `npm run build` first.');
  const executablePath = await findChromium();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    viewport: { width: 1280, height: 800 },
    ...(lang
      ? { locale: lang, env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` } }
      : {}),
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, executablePath };
}
