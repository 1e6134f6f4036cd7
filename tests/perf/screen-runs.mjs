// The harness the screen benchmarks share (Trends, the alignment map): serves `dist`, and
// `runs` times, in a fresh browser context with an empty cache, seeds the page with
// `watch(arg)` (which stores the plans and sets `window.__done`, true once the screen is
// drawn), opens `#/<slug>` cold, then goes to the Data screen and clicks the screen's link,
// timing both. Returns the cold and click times in ms.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

// Runs in the page after `watch`: notes in `window.__rendered` when `window.__done()`
// first holds, armed now for a cold open and again by `window.__arm()` before a click.
function arm() {
  window.__arm = () => {
    window.__rendered = undefined;
    const observer = new MutationObserver(() => {
      if (window.__done()) {
        window.__rendered = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  };
  window.__arm();
}

export async function screenRuns({ dist, port, slug, watch, arg, runs }) {
  const server = spawn('node', ['tests/e2e/serve.mjs', dist, String(port)]);
  await new Promise((r) => server.stdout.on('data', r));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  const total = [];
  const screen = [];
  try {
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
      await ctx.addInitScript(watch, arg);
      await ctx.addInitScript(arm);
      const page = await ctx.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`http://127.0.0.1:${port}/#/${slug}`);
      await page.waitForFunction(() => window.__rendered !== undefined, null, { timeout: 30_000 });
      total.push(await page.evaluate(() => window.__rendered));

      // The same screen opened from the Data screen of the running app.
      await page.getByRole('navigation').getByRole('link', { name: 'Data' }).click();
      await page.getByRole('heading', { name: 'Data', exact: true }).waitFor();
      await page.waitForTimeout(200);
      const clicked = await page.evaluate((slug) => {
        window.__arm();
        const t = performance.now();
        document.querySelector(`nav a[href$="#/${slug}"]`).click();
        return t;
      }, slug);
      await page.waitForFunction(() => window.__rendered !== undefined, null, { timeout: 30_000 });
      screen.push((await page.evaluate(() => window.__rendered)) - clicked);
      if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
      await ctx.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return { total, screen };
}

/** Median, min and max of a list of times. */
export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const median = (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
}
