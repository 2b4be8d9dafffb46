import { expect, test } from './harness';

test('sidebar mounts on Instagram and inserts a personalised template', async ({ openDm }) => {
  const dm = await openDm('https://www.instagram.com/direct/t/1001/');
  await expect(dm.sidebar).toHaveAttribute('data-platform', 'instagram');
  await expect(dm.sidebar.getByTestId('contact-name')).toHaveText('Jane Doe');
  await dm.template('Greeting').click();
  await expect(dm.sidebar.getByTestId('status')).toContainText('Inserted');
  expect(await dm.editorText()).toContain('Hi Jane!');
  expect(await dm.sendEnabled()).toBe(true);
});
