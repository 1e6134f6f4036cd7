// Prints each built asset's raw, gzip and brotli size, what the first screen of a first
// visit downloads (the files it requests, as a compressing host sends them), then the load
// time of the app: the median of 10 cold loads (fresh browser context, empty cache) from
// navigation start until the plan is on screen.
// Usage: node tests/perf/load.mjs [dist]   (after `make build`)
import { chromium } from '@playwright/test';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { spawn } from 'node:child_process';

const dist = process.argv[2] ?? 'dist';
const port = 8095;
const runs = 10;

async function walk(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    out.push(...(e.isDirectory() ? await walk(p) : [p]));
  }
  return out;
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
const size = async (file) => (await stat(file)).size;
let appTotal = 0;
let chartsTotal = 0;
const packed = new Map();
console.log('asset'.padEnd(44) + 'raw'.padStart(11) + 'gzip'.padStart(11) + 'brotli'.padStart(11));
for (const file of (await walk(dist)).sort()) {
  if (!/\.(wasm|js|css|html|svg|webmanifest)$/.test(file)) continue;
  // The build's own precompressed copies (.ci/post-build.mjs): the bytes a host sends.
  const raw = await size(file);
  const gz = await size(`${file}.gz`);
  const br = await size(`${file}.br`);
  const name = relative(dist, file);
  packed.set(name, { gz, br });
  if (name.startsWith('vendor/echarts')) chartsTotal += gz;
  else if (/^okr-studio-.*\.(wasm|js)$|\.css$/.test(name)) appTotal += gz;
  console.log(name.padEnd(44) + kb(raw) + kb(gz) + kb(br));
}
console.log(`app wasm + js + css, gzip: ${kb(appTotal).trim()} (the first-screen budget below replaces the old 200 KB one)`);
console.log(`ECharts bundle, gzip:      ${kb(chartsTotal).trim()} (budget 200 KB)`);

const server = spawn('node', ['tests/e2e/serve.mjs', dist, String(port)]);
await new Promise((r) => server.stdout.on('data', r));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
try {
  // A first visit: which files the empty app's first screen asks for (the service
  // worker is blocked, so its precache of the rest is not counted).
  const first = await browser.newContext({ serviceWorkers: 'block' });
  const page0 = await first.newPage();
  const asked = new Set();
  page0.on('request', (r) => asked.add(new URL(r.url()).pathname.replace(/^\//, '') || 'index.html'));
  await page0.goto(`http://127.0.0.1:${port}/`);
  await page0.getByRole('button', { name: 'Open the sample plan' }).waitFor();
  await page0.waitForLoadState('networkidle');
  await first.close();
  let firstGz = 0;
  let firstBr = 0;
  for (const name of asked) {
    const sent = packed.get(name);
    if (!sent) continue;
    firstGz += sent.gz;
    firstBr += sent.br;
  }
  console.log(`first screen of a first visit: ${asked.size} files, ${kb(firstGz).trim()} gzip, ` +
    `${kb(firstBr).trim()} brotli (budget 250 KB gzip)`);

  // Seed a returning user's storage with the sample plan, through the app itself.
  const seed = await browser.newContext();
  const page = await seed.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.getByTestId('objective').first().waitFor();
  // Autosave waits for a pause in editing; take the storage once it has been written.
  await page.getByText('Saved on this device').waitFor();
  const storage = await seed.storageState();
  await seed.close();

  const times = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ storageState: storage, serviceWorkers: 'block' });
    const p = await ctx.newPage();
    // Note the moment the first key result is in the DOM, from navigation start.
    await p.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-testid="key-result"]')) {
          window.__rendered = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await p.goto(`http://127.0.0.1:${port}/#/plan`);
    await p.getByTestId('key-result').first().waitFor();
    times.push(await p.evaluate(() => window.__rendered));
    await ctx.close();
  }
  times.sort((a, b) => a - b);
  const median = (times[runs / 2 - 1] + times[runs / 2]) / 2;
  console.log(`load to sample plan rendered, ${runs} cold loads: median ${median.toFixed(0)} ms ` +
    `(min ${times[0].toFixed(0)}, max ${times[runs - 1].toFixed(0)}; budget 300 ms)`);
} finally {
  await browser.close();
  server.kill();
}
