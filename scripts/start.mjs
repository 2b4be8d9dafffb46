// npm start: builds the extension and opens Chromium with it on a bundled demo conversation, served at a real DM URL
// (nothing leaves the machine, no account needed). A scripted customer writes in. With no display, or with
// `npm start -- --headless`, it writes a screenshot instead and prints where. `--lang=es` (or pt-BR) runs the browser in
// that language: the interface, the starter pack and the demo customer speak it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { resolve } from 'node:path';
import { launchWithExtension, NoChromiumError } from './chromium.mjs';
import { routeFixtures } from '../tests/fixtures/routes.mjs';

const args = process.argv.slice(2);
const headless =
  args.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const outIndex = args.indexOf('--out');
const screenshot = resolve((outIndex >= 0 && args[outIndex + 1]) || '.screenshots/demo.png');
const lang = args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length) ?? '';

console.log('Building the extension…');
execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { stdio: 'inherit' });
execFileSync(process.execPath, ['tests/fixtures/build.mjs'], { stdio: 'inherit' });

/** Where the answer to "download a browser?" is kept, so the question is asked once. */
const ASKED = resolve('node_modules/.cache/dm-sidekick/asked-to-download-chromium');

/**
 * Asks once (in a terminal only) whether to download Playwright's Chromium, and does it with its own progress.
 * @returns {Promise<boolean>} true when a browser was downloaded
 */
async function offerDownload() {
  if (!process.stdin.isTTY || existsSync(ASKED)) return false;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question("\nDownload Playwright's Chromium now (about 150 MB, asked once)? [y/N] ");
  prompt.close();
  mkdirSync(resolve(ASKED, '..'), { recursive: true });
  writeFileSync(ASKED, answer);
  if (!/^y(es)?$/i.test(answer.trim())) return false;
  try {
    execFileSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], { stdio: 'inherit' });
    return true;
  } catch {
    console.error('The download did not finish (no internet access?). Use the command above for this system instead.');
    return false;
  }
}

/**
 * The demo in each language: the conversation, the scripted customer's questions, and the reply the headless run
 * inserts (the starter pack's, in the browser's language) with the words that show it landed.
 */
const DEMOS = {
  en: {
    history: ['Hi! I love the linen tote in your last post 😍', 'Thank you so much! It is handmade in our studio.'],
    others: ['Do you ship to Lisbon?', 'My order arrived damaged 😞'],
    firstQuestion: 'How long does shipping take? I need it before Friday 🙏',
    followUp: 'And is it available in black?',
    reply: 'Shipping time',
    landed: 'Orders ship',
  },
  es: {
    history: [
      '¡Hola! Me encanta el bolso de lino de tu última publicación 😍',
      '¡Muchas gracias! Lo hacemos a mano en nuestro taller.',
    ],
    others: ['¿Hacen envíos a Lisboa?', 'Mi pedido llegó dañado 😞'],
    firstQuestion: '¿Cuánto tarda el envío? Lo necesito antes del viernes 🙏',
    followUp: '¿Y lo tienen en negro?',
    reply: 'Plazo de envío',
    landed: 'Los pedidos salen',
  },
  'pt-BR': {
    history: ['Oi! Amei a bolsa de linho do seu último post 😍', 'Muito obrigada! Ela é feita à mão no nosso ateliê.'],
    others: ['Vocês enviam para Lisboa?', 'Meu pedido chegou danificado 😞'],
    firstQuestion: 'Quanto tempo demora o frete? Preciso antes de sexta 🙏',
    followUp: 'E tem na cor preta?',
    reply: 'Prazo de envio',
    landed: 'Os pedidos são enviados',
  },
};
/** @type {typeof DEMOS.en} */
const words =
  /** @type {Record<string, typeof DEMOS.en>} */ (DEMOS)[
    lang === 'pt' || lang === 'pt_BR' ? 'pt-BR' : lang.split('-')[0] === 'es' ? 'es' : lang
  ] ?? DEMOS.en;

/** @type {import('../tests/fixtures/src/site').FixtureConfig} */
const demo = {
  threads: {
    4401: {
      name: 'Jane Doe 🌸',
      handle: 'jane.doe_shop',
      messages: [
        { dir: 'in', text: words.history[0] ?? '' },
        { dir: 'out', text: words.history[1] ?? '' },
      ],
    },
    4402: { name: 'Omar Haddad', handle: 'omar.h', messages: [{ dir: 'in', text: words.others[0] ?? '' }] },
    4403: { name: 'Ana Lima', handle: 'ana.lima', messages: [{ dir: 'in', text: words.others[1] ?? '' }] },
  },
};

let launched;
try {
  launched = await launchWithExtension({ headless, lang });
} catch (e) {
  console.error(`\n${/** @type {Error} */ (e).message}`);
  // No Chromium: in a terminal, offer Playwright's own build once (its download shows its progress), then go on.
  if (!(e instanceof NoChromiumError) || !(await offerDownload())) process.exit(1);
  launched = await launchWithExtension({ headless, lang });
}
const { context, executablePath } = launched;
await routeFixtures(context, {
  configFor: () => structuredClone(demo),
  onBlocked: (url) => console.warn(`blocked a request that would have left the machine: ${url}`),
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto('https://www.instagram.com/direct/t/4401/');
await page.locator('dm-sidekick [data-testid="sidekick"]').waitFor();

// The scripted customer writes in.
const { firstQuestion, followUp } = words;
/** @param {string} text */
const write = (text) => page.evaluate((t) => window.__fixture.receive(t), text).catch(() => undefined);

if (headless) {
  await write(firstQuestion);
  await page.locator(`dm-sidekick [data-row][data-title="${words.reply}"]`).click();
  await page.waitForFunction((landed) => (window.__fixture.editorText() ?? '').includes(landed), words.landed);
  mkdirSync(resolve(screenshot, '..'), { recursive: true });
  await page.screenshot({ path: screenshot });
  await context.close();
  console.log(`\nNo display (or --headless): the demo ran headless with ${executablePath}.`);
  console.log(`Screenshot of the sidebar inserting a personalised reply into the Instagram demo DM: ${screenshot}`);
} else {
  console.log(`\nChromium (${executablePath}) is open on the demo Instagram DM with DM Sidekick loaded.`);
  console.log('Click a saved reply in the sidebar: it lands in the message box, personalised. Press Enter to "send".');
  console.log('Try the other threads on the left, and https://www.messenger.com/t/4402/ in a new tab. Close the window to stop.');
  setTimeout(() => void write(firstQuestion), 3000);
  setTimeout(() => void write(followUp), 12000);
  await new Promise((resolveClosed) => context.on('close', resolveClosed));
}
