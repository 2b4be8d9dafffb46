import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults, NodeResult } from 'axe-core';
import { formatChartFigure } from '../../lib/metrics/format';
import { dbRows, expect, fixtureCall, importTemplates, openDashboard, openPopup, test, type DmPage } from './harness';

const IG = 'https://www.instagram.com/direct/t/1001/';
const editor = '[contenteditable="true"][role="textbox"]';
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** Where axe found a node: a selector per shadow root on the way (`dm-sidekick` then the node inside it). */
const where = (node: NodeResult) => JSON.stringify(node.target);

/** The serious and critical violations of a run, one readable line per node. */
function serious(results: AxeResults): string[] {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${where(n)}: ${n.failureSummary ?? v.help}`));
}

/** axe on an extension page as it stands. */
async function axePage(page: Page): Promise<AxeResults> {
  return new AxeBuilder({ page }).analyze();
}

/**
 * axe on the sidebar only. The fixture page around it imitates the third-party sites' own markup, which is theirs to
 * fix, not ours: the run is limited to the shadow host, and axe walks into its open shadow root.
 */
async function axeSidebar(page: Page): Promise<AxeResults> {
  const results = await new AxeBuilder({ page }).include('dm-sidekick').analyze();
  // A run that saw nothing inside the shadow root would pass for the wrong reason.
  const inside = [...results.passes, ...results.violations, ...results.incomplete]
    .flatMap((r) => r.nodes)
    .filter((n) => Array.isArray(n.target[0]) && n.target[0][0] === 'dm-sidekick');
  expect(inside.length, 'nodes axe checked inside the sidebar’s shadow root').toBeGreaterThan(5);
  return results;
}

/** A customer's question answered with a saved reply, then a rating logged: figures for every chart. */
async function answerAndRate(dm: DmPage) {
  // An empty thread may still be loading its history: rows in its first 1.5 s are not counted as new.
  await dm.page.waitForTimeout(1600);
  await fixtureCall(dm.page, 'receive', 'Hi! Do you ship to Porto?');
  await dm.template('Shipping time').click();
  await expect.poll(() => dm.editorText()).toContain('Orders ship within');
  await dm.page.locator(editor).press('Enter');
  await expect(dm.sidebar.getByTestId('last-from')).toHaveAttribute('data-direction', 'out');
  await dm.sidebar.getByTestId('log-feedback').click();
  await dm.sidebar.getByTestId('feedback-save').click();
  await expect(dm.sidebar.getByTestId('status')).toHaveText('Feedback logged.');
}

const PAGE_BACKGROUND: Record<Theme, string> = { light: 'rgb(255, 255, 255)', dark: 'rgb(23, 25, 28)' };

/** Puts an extension page in `theme` (it follows the system's scheme). */
async function themed(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
}

/** The page really is in `theme`: a dark run that showed the light palette would check nothing new. */
async function expectTheme(page: Page, theme: Theme) {
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))
    .toBe(PAGE_BACKGROUND[theme]);
}

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test('sidebar: open, collapsed, with the fill-in form and the feedback form', async ({ openDm, context, extensionId }) => {
      await importTemplates(context, extensionId, [
        { title: 'Order status', body: 'Hi {{first_name}}, order {{order_id}} is on its way.', shortcut: 'status' },
      ]);
      const dm: DmPage = await openDm(IG);
      await fixtureCall(dm.page, 'setDark', theme === 'dark');
      await expect(dm.sidebar).toHaveAttribute('data-theme', theme);
      expect.soft(serious(await axeSidebar(dm.page)), 'open sidebar').toEqual([]);

      await dm.template('Order status').click();
      await expect(dm.sidebar.getByTestId('fill-in')).toBeVisible();
      await dm.sidebar.getByTestId('log-feedback').click();
      await expect(dm.sidebar.getByTestId('feedback-form')).toBeVisible();
      expect.soft(serious(await axeSidebar(dm.page)), 'fill-in and feedback forms').toEqual([]);

      await dm.sidebar.getByRole('button', { name: 'Hide DM Sidekick' }).click();
      await expect(dm.sidebar).toHaveAttribute('data-collapsed', 'true');
      expect.soft(serious(await axeSidebar(dm.page)), 'collapsed').toEqual([]);
    });

    test('options page', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await themed(page, theme);
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(page.getByTestId('library-row')).toHaveCount(10);
      await expectTheme(page, theme);
      expect.soft(serious(await axePage(page)), 'library').toEqual([]);
      await page.getByTestId('edit').first().click();
      await expect(page.getByTestId('template-editor')).toBeVisible();
      expect.soft(serious(await axePage(page)), 'template editor').toEqual([]);
      await page.getByTestId('delete').first().click();
      await expect(page.getByTestId('confirm-delete-yes')).toBeVisible();
      expect.soft(serious(await axePage(page)), 'delete confirmation').toEqual([]);
    });

    test('dashboard with figures and charts, and the popup', async ({ openDm, context, worker }) => {
      await answerAndRate(await openDm(IG, { threads: { '1001': { name: 'Jane Doe', handle: 'jane' } } }));
      const dashboard = await openDashboard(context, worker);
      await themed(dashboard, theme);
      await expect(dashboard.getByTestId('metric-conversations')).toHaveAttribute('data-value', '1');
      await expectTheme(dashboard, theme);
      expect.soft(serious(await axePage(dashboard)), 'dashboard').toEqual([]);

      const popup = await openPopup(context, worker);
      await themed(popup, theme);
      await expect(popup.getByTestId('popup-waiting')).toHaveAttribute('data-value', '0');
      await expectTheme(popup, theme);
      expect.soft(serious(await axePage(popup)), 'popup').toEqual([]);
    });
  });
}

test('each chart has a table of the same figures for screen readers', async ({ openDm, context, worker }) => {
  await answerAndRate(await openDm(IG, { threads: { '1001': { name: 'Jane Doe', handle: 'jane' } } }));
  const dashboard = await openDashboard(context, worker, 'feedback-chart');
  const charts = [
    { testId: 'trend-chart', title: 'Per day: first response median and messages' },
    { testId: 'distribution-chart', title: 'First response times: conversations per range' },
    { testId: 'feedback-chart', title: 'Feedback per week: CSAT and NPS' },
  ];
  const tables: Record<string, string[][]> = {};
  for (const { testId, title } of charts) {
    await expect(
      dashboard.getByTestId(testId).getByRole('img', { name: `${title}: chart. The table that follows gives its figures.` }),
    ).toBeAttached();
    const table = dashboard.getByRole('table', { name: title });
    await expect(table).toBeAttached();
    // What the chart itself holds, as Chart.js was given it.
    const chart = JSON.parse((await dashboard.getByTestId(testId).getAttribute('data-chart'))!) as {
      labels: string[];
      datasets: { label: string; data: (number | null)[] }[];
    };
    expect(chart.labels.length, `${testId} has data`).toBeGreaterThan(0);
    const header = await table.locator('thead th').allTextContents();
    expect(header.slice(1)).toEqual(chart.datasets.map((d) => d.label));
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(rows).toEqual(
      chart.labels.map((label, i) => [label, ...chart.datasets.map((d) => formatChartFigure(d.data[i], 'en'))]),
    );
    tables[testId] = rows;
  }
  // And the figures are the conversation's: one message each way today, one answered conversation, one rating of 5.
  const today = tables['trend-chart']!.at(-1)!;
  expect(today.slice(2)).toEqual(['1', '1']);
  expect(tables['distribution-chart']!.map((r) => Number(r[1])).reduce((a, b) => a + b)).toBe(1);
  const events = await dbRows<{ direction: string }>(worker, 'events');
  expect(events.map((e) => e.direction).sort()).toEqual(['in', 'out']);
  expect(tables['feedback-chart']![0]![1]).toBe('100');
});
