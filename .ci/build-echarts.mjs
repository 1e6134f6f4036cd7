// Builds the app's own ECharts bundle from the pinned npm package: only the chart types
// and components OKR Studio draws, so the download stays small. Run by Trunk's pre_build
// hook; writes target/vendor/echarts/ (not committed) with the licence and notice.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = process.env.TRUNK_SOURCE_DIR ?? fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'target', 'vendor', 'echarts');
await mkdir(out, { recursive: true });

// charming calls the global `echarts` (init, setOption, resize, dispose).
const entry = `
import * as echarts from 'echarts/core';
import { LineChart, BarChart, ScatterChart, SankeyChart } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, LegendComponent, TitleComponent,
  MarkLineComponent, MarkAreaComponent, AriaComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
echarts.use([
  LineChart, BarChart, ScatterChart, SankeyChart,
  GridComponent, TooltipComponent, LegendComponent, TitleComponent,
  MarkLineComponent, MarkAreaComponent, AriaComponent,
  CanvasRenderer,
]);
window.echarts = echarts;
`;

await build({
  stdin: { contents: entry, resolveDir: root, loader: 'js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'none',
  outfile: join(out, 'echarts.min.js'),
  logLevel: 'warning',
});
for (const file of ['LICENSE', 'NOTICE']) {
  await copyFile(join(root, 'node_modules', 'echarts', file), join(out, file));
}
