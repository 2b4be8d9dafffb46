import type { Page } from '@playwright/test';
import { dbRows, expect, fixtureCall, openDashboard, test } from './harness';
import { surveyAnswerProposesFive } from './site-flows';

const IG = 'https://www.instagram.com/direct/t/1001/';
const editor = '[contenteditable="true"][role="textbox"]';

const metric = (page: Page, name: string) => page.getByTestId(`metric-${name}`);

test('a CSAT survey round trip: sent in the DM, "5 ⭐ thanks!" suggested, accepted, counted on the dashboard', async ({
  openDm,
  context,
  worker,
}) => {
  const dm = await openDm(IG);
  await dm.template('Satisfaction survey').click();
  await expect.poll(() => dm.editorText()).toContain('how would you rate your order');
  await dm.page.locator(editor).press('Enter');
  await expect(dm.sidebar.getByTestId('awaiting-feedback')).toContainText('Waiting for feedback (1–5)');
  expect(await dbRows(worker, 'surveys')).toHaveLength(1);

  await fixtureCall(dm.page, 'receive', '5 ⭐ thanks!');
  const suggestion = dm.sidebar.getByTestId('feedback-suggestion');
  await expect(suggestion).toHaveAttribute('data-rating', '5');
  await expect(suggestion).toContainText('Log ★5 from Jane?');
  await suggestion.getByTestId('feedback-accept').click();
  await expect(dm.sidebar.getByTestId('status')).toHaveText('Feedback logged.');
  await expect(dm.sidebar.getByTestId('feedback-suggestion')).toHaveCount(0);
  await expect(dm.sidebar.getByTestId('awaiting-feedback')).toHaveCount(0);

  const [entry] = await dbRows<{ rating: number; scale: string; comment?: string; source: string; surveyId?: string }>(
    worker,
    'feedback',
  );
  expect(entry).toMatchObject({ rating: 5, scale: 'csat', source: 'survey' });
  expect(entry!.comment).toBeUndefined(); // the message is kept only when the seller ticks the box

  const dashboard = await openDashboard(context, worker, 'metric-csat');
  await expect(metric(dashboard, 'csat')).toHaveAttribute('data-value', '1');
  await expect(metric(dashboard, 'feedback-count')).toHaveAttribute('data-value', '1');
  await expect(metric(dashboard, 'survey-response-rate')).toHaveAttribute('data-value', '1');
  await expect(dashboard.getByTestId('feedback-row')).toHaveCount(1);
  await expect(dashboard.getByTestId('feedback-row')).toContainText('★5');
});

test('a reply without a rating suggests nothing; the message is saved as comment only when ticked', async ({
  openDm,
  worker,
}) => {
  const dm = await openDm('https://www.facebook.com/messages/t/1001/');
  await dm.template('Satisfaction survey').click();
  await expect.poll(() => dm.editorText()).toContain('rate your order');
  await dm.page.locator(editor).press('Enter');
  await expect(dm.sidebar.getByTestId('awaiting-feedback')).toBeVisible();
  await fixtureCall(dm.page, 'receive', 'It came 5 days late');
  await dm.page.waitForTimeout(500);
  await expect(dm.sidebar.getByTestId('feedback-suggestion')).toHaveCount(0);
  await fixtureCall(dm.page, 'receive', 'but I love it, 4/5');
  await expect(dm.sidebar.getByTestId('feedback-suggestion')).toHaveAttribute('data-rating', '4');
  await dm.sidebar.getByTestId('feedback-include-comment').check();
  await dm.sidebar.getByTestId('feedback-accept').click();
  await expect.poll(async () => (await dbRows<{ comment?: string }>(worker, 'feedback'))[0]?.comment).toBe('but I love it, 4/5');
});

test('feedback logged by hand, shown in NPS, filtered, edited in its row, and deleted after an in-page confirm', async ({
  openDm,
  context,
  worker,
}) => {
  const dm = await openDm(IG);
  await dm.sidebar.getByTestId('log-feedback').click();
  await dm.sidebar.getByTestId('feedback-scale').selectOption('nps');
  await dm.sidebar.getByTestId('feedback-rating').selectOption('9');
  await dm.sidebar.getByTestId('feedback-comment').fill('Lovely <b>packaging</b>');
  await dm.sidebar.getByTestId('feedback-tags').fill('Packaging, gift');
  await dm.sidebar.getByTestId('feedback-save').click();
  await expect(dm.sidebar.getByTestId('status')).toHaveText('Feedback logged.');
  expect(await dbRows(worker, 'feedback')).toEqual([
    expect.objectContaining({
      scale: 'nps',
      rating: 9,
      comment: 'Lovely <b>packaging</b>',
      tags: ['packaging', 'gift'],
      source: 'manual',
    }),
  ]);

  const dashboard = await openDashboard(context, worker, 'metric-csat');
  await expect(metric(dashboard, 'nps')).toHaveAttribute('data-value', '100');
  await expect(metric(dashboard, 'csat')).toHaveAttribute('data-value', '');
  await expect(dashboard.getByTestId('feedback-row')).toContainText('Lovely <b>packaging</b>');
  await dashboard.getByTestId('feedback-filter-tag').fill('delivery');
  await expect(dashboard.getByTestId('feedback-row')).toHaveCount(0);
  await dashboard.getByTestId('feedback-filter-tag').fill('gift');
  await expect(dashboard.getByTestId('feedback-row')).toHaveCount(1);

  // Edited in the row: a rating off the scale is said beside the field and nothing is saved.
  const row = dashboard.getByTestId('feedback-row');
  type Stored = { rating?: number; comment?: string };
  await row.getByTestId('feedback-edit').click();
  const rating = row.getByTestId('feedback-edit-rating');
  await expect(rating).toBeFocused();
  await expect(rating).toHaveValue('9');
  await rating.fill('11');
  const problem = row.getByTestId('feedback-edit-problem');
  await expect(problem).toHaveText('11 is not on this scale. Enter a whole number from 0 to 10.');
  await expect(rating).toHaveAttribute('aria-invalid', 'true');
  await row.getByTestId('feedback-edit-save').click();
  await expect(problem).toBeVisible();
  await expect(rating).toBeFocused();
  await rating.fill('');
  await expect(problem).toHaveText('Enter a whole number from 0 to 10.');
  await rating.press('Enter');
  await expect(problem).toBeVisible();
  expect(await dbRows<Stored>(worker, 'feedback')).toEqual([
    expect.objectContaining({ rating: 9, comment: 'Lovely <b>packaging</b>' }),
  ]);
  await rating.fill('10');
  await expect(problem).toHaveCount(0);
  await row.getByTestId('feedback-edit-comment').fill('Lovely packaging, fast too');
  await rating.press('Enter'); // Enter in the rating saves the row
  await expect(row).toHaveAttribute('data-rating', '10');
  await expect(row).toContainText('Lovely packaging, fast too');
  await expect(row.getByTestId('feedback-edit')).toBeFocused();
  expect(await dbRows<Stored>(worker, 'feedback')).toEqual([
    expect.objectContaining({ rating: 10, comment: 'Lovely packaging, fast too', tags: ['packaging', 'gift'] }),
  ]);

  // Escape leaves the editor without saving.
  await row.getByTestId('feedback-edit').click();
  await row.getByTestId('feedback-edit-rating').fill('3');
  await row.getByTestId('feedback-edit-rating').press('Escape');
  await expect(row.getByTestId('feedback-edit-rating')).toHaveCount(0);
  await expect(row).toHaveAttribute('data-rating', '10');
  expect((await dbRows<Stored>(worker, 'feedback'))[0]?.rating).toBe(10);

  // Delete asks in the page: Cancel keeps the entry, Delete removes it.
  await row.getByTestId('feedback-delete').click();
  const ask = row.getByTestId('confirm-delete');
  await expect(ask).toContainText('Delete this feedback?');
  await expect(ask.getByTestId('confirm-delete-cancel')).toBeFocused();
  await ask.getByTestId('confirm-delete-cancel').click();
  await expect(ask).toHaveCount(0);
  await expect(row.getByTestId('feedback-delete')).toBeFocused();
  expect(await dbRows(worker, 'feedback')).toHaveLength(1);
  await row.getByTestId('feedback-delete').click();
  await ask.getByTestId('confirm-delete-yes').click();
  await expect(dashboard.getByTestId('feedback-row')).toHaveCount(0);
  expect(await dbRows(worker, 'feedback')).toEqual([]);
});

test('Messenger: a survey answer under the sender’s hidden name heading proposes the rating written, not one glued to the name', async ({
  openDm,
  worker,
}) => {
  // Messenger heads every incoming row with the sender's name; it used to be read as part of the message
  // ("Olu Adébáyọ̀5 ⭐ thanks…"), and the suggestion came out wrong.
  const dm = await openDm('https://www.facebook.com/messages/t/1001/', {
    threads: { '1001': { name: 'Olu Adébáyọ̀', handle: 'olu.candles', messages: [{ dir: 'in', text: 'Got it, thank you!' }] } },
  });
  const suggestion = await surveyAnswerProposesFive(
    dm,
    { composer: dm.page.locator(editor) },
    { answer: '5 ⭐ thanks, it smells amazing!', firstName: 'Olu' },
  );
  await suggestion.getByTestId('feedback-accept').click();
  await expect.poll(async () => (await dbRows<{ rating: number }>(worker, 'feedback')).map((f) => f.rating)).toEqual([5]);
});
