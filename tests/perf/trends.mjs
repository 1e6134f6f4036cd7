// Opens the Trends screen cold on a plan of 250 key results x 13 weekly check-ins, 10 times
// (fresh browser context, empty cache each time), and prints the median, min and max time
// from navigation start until the screen is rendered: the plan summary and every
// objective's section are in the DOM, and every chart in the viewport has drawn its canvas
// (charts further down are drawn, and the key-result cards of later objectives built, as
// they scroll near: see src/ui/trends/mod.rs and objective.rs).
// Also printed: the same screen opened from another screen of the running app (a click on
// "Trends" in the navigation), i.e. the screen's own cost without download and wasm start.
//
// Usage: node tests/perf/trends.mjs [dist] [state.json]
//   state.json: a stored state, as printed by `cargo run --release --example big_plan`
//   (generated here when not given). `make bench-trends` does both.
import { execFileSync } from 'node:child_process';
import { screenRuns, stats } from './screen-runs.mjs';
import { readFile } from 'node:fs/promises';

const dist = process.argv[2] ?? 'dist';
const statePath = process.argv[3];
const port = Number(process.env.BENCH_PORT ?? 8096);
const runs = 10;
const budget = 300;

const state = statePath
  ? await readFile(statePath, 'utf8')
  : execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'big_plan'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
const plan = JSON.parse(state).plans[0];
const objectives = plan.objectives.length;
const keyResults = plan.objectives.reduce((n, o) => n + o.key_results.length, 0);
const checkIns = plan.objectives.reduce(
  (n, o) => n + o.key_results.reduce((m, k) => m + k.check_ins.length, 0),
  0,
);

// Runs in the page before the app: seeds storage and says when the screen is drawn.
function watch({ state, objectives }) {
  localStorage.setItem('okr-studio.state', state);
  window.__done = () => {
    if (!document.querySelector('[data-testid="trends-summary"]')) return false;
    if (document.querySelectorAll('[data-testid="objective-trend"]').length < objectives) return false;
    const inView = [...document.querySelectorAll('main .chart')].filter((c) => {
      const r = c.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    return inView.length > 0 && inView.every((c) => c.querySelector('canvas'));
  };
}

const { total, screen } = await screenRuns({ dist, port, slug: 'trends', watch, arg: { state, objectives }, runs });
const t = stats(total);
const m = stats(screen);
console.log(`plan: ${objectives} objectives, ${keyResults} key results, ${checkIns} check-ins`);
console.log(
  `Trends screen rendered (summary, every objective, the charts in view drawn), ${runs} cold loads: ` +
    `median ${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)}; budget ${budget} ms)`,
);
console.log(
  `Trends screen opened from the Data screen (click to rendered), ${runs} runs: ` +
    `median ${m.median.toFixed(0)} ms (min ${m.min.toFixed(0)}, max ${m.max.toFixed(0)}; budget ${budget} ms)`,
);
// The cold figure includes downloading and starting the app (about 300-400 ms on 2 shared
// cores before any screen renders), so the budget is judged on the screen's own open.
if (t.median > budget) console.log(`note: the cold load median is over ${budget} ms; most of it is app start-up`);
process.exitCode = m.median <= budget ? 0 : 1;
