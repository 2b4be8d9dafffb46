// Languages: the setting switches every open page and sidebar; a browser in Spanish gets a Spanish interface and a
// Spanish starter pack on a fresh profile. The other specs run the browser in English and check English words.
import { launchWithExtension } from '../../scripts/chromium.mjs';
import { dbRows, expect, guardNetwork, JANE, test } from './harness';

const DM = 'https://www.instagram.com/direct/t/1001/';

test('the language setting turns the open sidebar and the options page Spanish, and back', async ({
  context,
  extensionId,
  openDm,
}) => {
  const dm = await openDm(DM);
  const search = dm.sidebar.getByTestId('search');
  await expect(search).toHaveAttribute('placeholder', 'Search replies, or tag:shipping');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('h2#settings')).toHaveText('Settings');
  await options.getByTestId('language').selectOption('es');

  // Both pages follow the setting without a reload.
  await expect(options.locator('h2#settings')).toHaveText('Configuración');
  await expect(options.locator('html')).toHaveAttribute('lang', 'es');
  await expect(options).toHaveTitle('DM Sidekick — respuestas guardadas');
  await expect(options.getByTestId('language')).toHaveValue('es');
  await expect(search).toHaveAttribute('placeholder', 'Busca respuestas, o tag:envio');
  await expect(dm.sidebar.getByTestId('status')).toContainText('Listo. Haz clic en una respuesta para insertarla para Jane');
  await expect(dm.sidebar.getByTestId('page-check')).toContainText('Página leída');

  // A page opened afterwards starts in Spanish.
  const second = await openDm('https://www.instagram.com/direct/t/1002/');
  await expect(second.sidebar.getByTestId('search')).toHaveAttribute('placeholder', 'Busca respuestas, o tag:envio');
  await expect(second.sidebar.getByTestId('suggestion').first().getByTestId('reason')).toHaveText('pregunta por el envío');

  await options.getByTestId('language').selectOption('auto');
  await expect(options.locator('h2#settings')).toHaveText('Settings');
  await expect(search).toHaveAttribute('placeholder', 'Search replies, or tag:shipping');
});

test('what the background words follows the setting too: a refused template and an import’s problems in Spanish', async ({
  context,
  extensionId,
  worker,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('library-row')).toHaveCount(10);
  await options.getByTestId('language').selectOption('es');
  await expect(options.locator('h2#settings')).toHaveText('Configuración');

  await options.getByTestId('new-template').click();
  const editor = options.getByTestId('template-editor');
  await editor.getByTestId('editor-title').fill('Recogida');
  await editor.getByTestId('editor-body').fill('¡Hola, {{first_name}}! Tu pedido está listo.');
  await editor.getByTestId('editor-shortcut').fill('/ship');
  await editor.getByTestId('editor-save').click();
  await expect(editor.getByTestId('editor-error')).toHaveText('No se guardó: el atajo "/ship" ya lo usa "Shipping time".');

  await options.getByTestId('import-file').setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ templates: [{ title: 'Express', body: 'Fast!', shortcut: 'ship' }, { body: 'y' }] })),
  });
  const status = options.getByTestId('import-status');
  await expect(status).toContainText('No se importó nada. Corrige esto primero:');
  await expect(status).toContainText('Plantilla 1 ("Express"): el atajo "/ship" ya lo usa tu plantilla "Shipping time".');
  await expect(status).toContainText('Plantilla 2: falta "title".');
  expect(await dbRows(worker, 'templates')).toHaveLength(10);
});

const spanishBrowser = test.extend({
  context: async ({ blocked }, use) => {
    const launched = await launchWithExtension({ lang: 'es' });
    await guardNetwork(launched.context, blocked);
    await use(launched.context);
    await launched.context.close();
  },
});

spanishBrowser(
  'a browser in Spanish: a Spanish interface and a Spanish starter pack on a fresh profile',
  async ({ context, extensionId, worker, openDm }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('library-row')).toHaveCount(10);
    await expect(options.locator('h2#settings')).toHaveText('Configuración');
    await expect(options.getByTestId('language')).toHaveValue('auto');
    await expect(options.getByTestId('library-row').first()).toBeVisible();
    const titles = (await dbRows<{ title: string; language?: string }>(worker, 'templates')).map((t) => t.title).sort();
    expect(titles).toContain('Saludo');
    expect(titles).toContain('Plazo de envío');
    expect(titles).not.toContain('Shipping time');

    const dm = await openDm(DM, {
      threads: { '1001': { ...JANE, messages: [{ dir: 'in', text: '¡Hola! ¿Cuánto tarda el envío?' }] } },
    });
    await expect(dm.sidebar.getByTestId('search')).toHaveAttribute('placeholder', 'Busca respuestas, o tag:envio');
    const first = dm.sidebar.getByTestId('suggestion').first();
    await expect(first).toHaveAttribute('data-title', 'Plazo de envío');
    await expect(first.getByTestId('reason')).toHaveText('pregunta por el envío');
    await first.click();
    await expect.poll(() => dm.editorText()).toContain('¡Hola, Jane! Los pedidos salen en 1–2 días hábiles');
    await expect(dm.sidebar.getByTestId('status')).toContainText('Se insertó «Plazo de envío». Revísalo y luego pulsa Enviar.');
  },
);
