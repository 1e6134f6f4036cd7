// A first visit as Lighthouse sees it on its mobile profile (simulated slow 4G, 4x slower
// CPU): performance, largest contentful paint, total blocking time, time to interactive and
// accessibility, the median of `runs` cold runs of the built dist/ served compressed.
// Usage: node tests/perf/lighthouse.mjs [dist] [runs]   (after `make build`)
// LH_THROTTLING=devtools throttles the real network and CPU instead of simulating them
// from an unthrottled trace (slower, and closer to what a phone on 4G sees).
// Lighthouse 12.2.3 (pinned: newer versions want Node 22) drives Debian's Chromium.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { spawn } from 'node:child_process';

const dist = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 3);
const port = 8096;
const url = `http://127.0.0.1:${port}/`;

const server = spawn('node', ['tests/e2e/serve.mjs', dist, String(port)]);
await new Promise((r) => server.stdout.on('data', r));

const results = [];
const failing = new Map();
try {
  for (let i = 0; i < runs; i++) {
    // A fresh browser each run: nothing cached, no service worker yet.
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    try {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        throttlingMethod: process.env.LH_THROTTLING ?? 'simulate',
      });
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      results.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        tti: audit('interactive'),
        bytes: audit('total-byte-weight'),
      });
      for (const ref of lhr.categories.accessibility.auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) failing.set(a.id, a.title);
      }
    } finally {
      await chrome.kill();
    }
  }
} finally {
  server.kill();
}

const median = (key) => {
  const v = results.map((r) => r[key]).sort((a, b) => a - b);
  return v[Math.floor((v.length - 1) / 2)];
};
const all = (key, f) => results.map((r) => f(r[key])).join(', ');
const ms = (v) => `${Math.round(v)} ms`;
console.log(`Lighthouse 12.2.3, mobile profile (${process.env.LH_THROTTLING ?? 'simulate'} throttling), ${runs} cold first visits of ${dist}/ (median; every run)`);
console.log(`performance            ${median('performance')}  (${all('performance', String)}; good >= 90)`);
console.log(`largest contentful     ${ms(median('lcp'))}  (${all('lcp', ms)}; good <= 2500 ms)`);
console.log(`total blocking time    ${ms(median('tbt'))}  (${all('tbt', ms)}; good <= 200 ms)`);
console.log(`first contentful       ${ms(median('fcp'))}  (${all('fcp', ms)})`);
console.log(`time to interactive    ${ms(median('tti'))}  (${all('tti', ms)})`);
console.log(`bytes transferred      ${(median('bytes') / 1024).toFixed(0)} KB  (all requests, service worker's precache included)`);
console.log(`accessibility          ${median('accessibility')}  (${all('accessibility', String)}; goal 100)`);
for (const [id, title] of failing) console.log(`  failing: ${id}: ${title}`);
