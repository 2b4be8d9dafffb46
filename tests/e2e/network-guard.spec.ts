// The harness's network guard checks every test, including those that open no DM page: this one must fail.
import { test } from './harness';

test('a test whose extension page loads an image from the web fails', async ({ context, extensionId }) => {
  test.fail(true, 'the guard reports https://example.com/pixel.png after the test');
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(
    () =>
      new Promise((done) => {
        const img = new Image();
        img.onload = img.onerror = done;
        img.src = 'https://example.com/pixel.png';
      }),
  );
});
