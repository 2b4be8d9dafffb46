// Renders the extension's icons (public/icon/<size>.png) from an inline SVG with Chromium. Run when the design changes.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect width="128" height="128" rx="28" fill="#2563eb"/>
  <path d="M28 34h72a10 10 0 0 1 10 10v36a10 10 0 0 1-10 10H58l-20 16v-16h-10a10 10 0 0 1-10-10V44a10 10 0 0 1 10-10z" fill="#fff"/>
  <path d="M68 44 50 68h14l-4 16 18-24H64z" fill="#2563eb"/>
</svg>`;

const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log('icons written to public/icon/');
