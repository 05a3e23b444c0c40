import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { jest } from '@jest/globals';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildTestApp, listen } from '../helpers/app.js';

// Real browser: Debian's chromium, headless. CI installs it (.ci/run); it is never skipped.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
jest.setTimeout(60_000);

let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install it with "apt-get install chromium" (CI does)`);
  if (!existsSync('dist/widget/widget.js'))
    throw new Error('the widget is not built: run "npm run build:widget"');
  ({ server, url } = await listen(buildTestApp().app));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  mkdirSync('tests/artifacts', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((r) => server?.close(r));
});

async function open(width = 1024): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(url);
  await page.waitForSelector('.rcw-root');
  return page;
}

const botMessages = (page: Page) => page.locator('.rcw-bot');

describe('web widget in a real browser', () => {
  it('answers a question, follows a suggestion, and shows the numbers for a crisis', async () => {
    const page = await open();
    await expect(page.locator('.rcw-helplines').innerText()).resolves.toContain('1-800-662-4357');
    await page.fill('#rcw-input', 'how long am i gonna be dope sick');
    await page.click('.rcw-send');
    await page.waitForFunction(() => document.querySelectorAll('.rcw-bot').length >= 2);
    await expect(botMessages(page).last().innerText()).resolves.toMatch(/6 to 24 hours/);
    const before = await botMessages(page).count();
    await page.locator('.rcw-suggestion').last().click();
    await page.waitForFunction((n) => document.querySelectorAll('.rcw-bot').length > n, before);
    await page.fill('#rcw-input', 'i want to kill myself');
    await page.press('#rcw-input', 'Enter');
    await page.waitForFunction(() =>
      /988/.test([...document.querySelectorAll('.rcw-bot')].pop()?.textContent ?? ''),
    );
    const last = await botMessages(page).last().innerText();
    expect(last).toContain('988');
    expect(last).toContain('1-800-662-4357');
    await page.screenshot({ path: 'tests/artifacts/widget.png', fullPage: true });
    await page.close();
  });

  it('works with the keyboard alone and at 320 px', async () => {
    const page = await open(320);
    await page.keyboard.press('Tab');
    for (let i = 0; i < 12 && !(await page.evaluate(() => document.activeElement?.id === 'rcw-input')); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rcw-input');
    await page.keyboard.type('where can i get narcan');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.rcw-bot').length >= 2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rcw-input');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await page.screenshot({ path: 'tests/artifacts/widget-320.png', fullPage: true });
    await page.close();
  });

  it('shows the helplines when the server cannot be reached', async () => {
    const page = await open();
    await page.route('**/api/chat', (route) => route.abort());
    await page.fill('#rcw-input', 'hello');
    await page.press('#rcw-input', 'Enter');
    await page.waitForSelector('.rcw-bot');
    await expect(botMessages(page).last().innerText()).resolves.toMatch(/1-800-662-4357[\s\S]*988/);
    await page.close();
  });

  it('renders HTML in a reply as text', async () => {
    const page = await open();
    await page.route('**/api/chat', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          conversationId: 'x'.repeat(22),
          route: 'test',
          messages: [{ text: '<img src=x onerror="window.hacked=1">', suggestions: [] }],
        }),
      }),
    );
    await page.fill('#rcw-input', 'hi');
    await page.press('#rcw-input', 'Enter');
    await page.waitForSelector('.rcw-bot');
    expect(await page.locator('.rcw-bot img').count()).toBe(0);
    await expect(botMessages(page).last().innerText()).resolves.toContain('<img');
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await page.close();
  });

  it('quick exit clears the chat and leaves for a neutral page', async () => {
    const page = await open();
    await page.route('https://www.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>weather</p>' }),
    );
    await page.fill('#rcw-input', 'what is methadone');
    await page.press('#rcw-input', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('.rcw-bot').length >= 2);
    await page.click('.rcw-exit');
    await page.waitForURL(/google\.com/);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.close();
  });
});
