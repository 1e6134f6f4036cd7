// Opens the alignment map of five teams' plans (250 key results, 500 bets, under three
// shared company goals), 10 times, and prints the median, min and max time until the map
// is drawn: its chart has a canvas and the outline lists every key result and bet of all
// five plans. The budget (300 ms) is judged on the screen's own open, a click on "Map"
// from another screen of the running app; the cold load (download and start) is printed too.
//
// Usage: node tests/perf/map.mjs [dist] [state.json]
//   state.json: as printed by `cargo run --release --example teams_map` (generated here
//   when not given). `make bench-map` does both.
import { execFileSync } from 'node:child_process';
import { screenRuns, stats } from './screen-runs.mjs';
import { readFile } from 'node:fs/promises';

const dist = process.argv[2] ?? 'dist';
const statePath = process.argv[3];
const port = Number(process.env.BENCH_PORT ?? 8097);
const runs = 10;
const budget = 300;

const state = statePath
  ? await readFile(statePath, 'utf8')
  : execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'teams_map'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
const plans = JSON.parse(state).plans;
const keyResults = plans.reduce((n, p) => n + p.objectives.reduce((m, o) => m + o.key_results.length, 0), 0);
const bets = plans.reduce(
  (n, p) => n + p.objectives.reduce((m, o) => m + o.key_results.reduce((b, k) => b + k.projects.length, 0), 0),
  0,
);
const nodes = keyResults + bets;

// Runs in the page before the app: seeds storage and says when the screen is drawn.
function watch({ state, nodes }) {
  localStorage.setItem('okr-studio.state', state);
  window.__done = () => {
    const listed = document.querySelectorAll('.map-outline li.map-key-result, .map-outline li.map-bet').length;
    return listed >= nodes && document.querySelector('.map-screen .chart canvas') !== null;
  };
}

const { total, screen } = await screenRuns({ dist, port, slug: 'map', watch, arg: { state, nodes }, runs });
const t = stats(total);
const m = stats(screen);
console.log(`map: ${plans.length} teams' plans, ${keyResults} key results, ${bets} bets`);
console.log(
  `Map drawn on a cold load (chart and full outline), ${runs} runs: ` +
    `median ${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)})`,
);
console.log(
  `Map opened from the Data screen (click to drawn), ${runs} runs: ` +
    `median ${m.median.toFixed(0)} ms (min ${m.min.toFixed(0)}, max ${m.max.toFixed(0)}; budget ${budget} ms)`,
);
process.exitCode = m.median <= budget ? 0 : 1;
