// Trunk post_build hook. It makes the staged build fit a strict Content-Security-Policy
// and work offline:
// 0. The wasm is split at its lazy screens (.ci/split-wasm.mjs).
// 1. Trunk inlines the module script that starts the wasm; CSP allows only the app's own
//    files, so the script moves to a file of its own.
// 2. The service worker gets the exact list of this build's files (hashed names included)
//    and a cache name unique to the build.
// 3. Each text and wasm file gets a precompressed `.br` and `.gz` beside it, for static
//    hosts that serve them (nginx gzip_static / brotli_static, Netlify, Cloudflare Pages).
//    They are written last, so they never enter the precache list.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { splitWasm } from './split-wasm.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from trunk build');

const sha = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

// 0. The wasm, cut into the part the first screen needs and the parts loaded later.
await splitWasm(staging, source);

// 1. The boot script.
const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (match) {
  const name = `boot-${sha(match[1])}.js`;
  await writeFile(join(staging, name), match[1]);
  html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
  await writeFile(indexPath, html);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  throw new Error('index.html still has an inline script, which the CSP would block');
}

// 2. The service worker.
async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}
const all = (await files(staging))
  .map((p) => relative(staging, p).split(sep).join('/'))
  .filter((p) => p !== 'sw.js')
  .sort();
const digest = createHash('sha256');
for (const p of all) digest.update(p).update(await readFile(join(staging, p)));
const build = digest.digest('hex').slice(0, 16);
const precache = ['./', ...all];
const template = await readFile(join(source, 'public', 'sw.js'), 'utf8');
await writeFile(
  join(staging, 'sw.js'),
  template
    .replace("'__BUILD__'", JSON.stringify(build))
    .replace("['__PRECACHE__']", JSON.stringify(precache, null, 1)),
);

// 3. Precompressed copies, at the strongest settings: they are made once per build.
const compressible = /\.(html|js|mjs|css|wasm|svg|json|webmanifest|txt)$/;
let raw = 0;
let brotli = 0;
for (const p of [...all, 'sw.js'].filter((p) => compressible.test(p))) {
  const path = join(staging, p);
  const data = await readFile(path);
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  await writeFile(`${path}.br`, br);
  await writeFile(`${path}.gz`, gzipSync(data, { level: 9 }));
  raw += data.length;
  brotli += br.length;
}
console.log(
  `post-build: build ${build}, ${precache.length} files precached; ` +
    `compressed copies: ${(raw / 1024).toFixed(0)} KB raw -> ${(brotli / 1024).toFixed(0)} KB brotli`,
);
