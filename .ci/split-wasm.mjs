// Cuts the app's wasm at its `#[lazy]` split points (src/ui/parts.rs), as cargo-leptos
// does for `--split`, because Trunk 0.21 has no step for it. Trunk has already built the
// wasm (with relocations kept: .cargo/config.toml) and run wasm-bindgen on it whole; this
// step redoes the last part on the split one:
// 1. wasm-split-cli (crates.io wasm_split_cli_support) cuts the linked wasm into the main
//    module, one module per split point, shared chunks, and `__wasm_split.js`, which
//    loads a part the first time one of its functions is called;
// 2. wasm-bindgen makes the main module's JS, under the hashed name Trunk chose, so the
//    boot script and index.html stay as Trunk wrote them (their integrity is redone);
// 3. wasm-opt -Oz on every module (Trunk's own wasm-opt is off: data-wasm-opt="0").
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const short = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

export async function splitWasm(staging, source) {
  const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(source, 'target');
  const linked = join(targetDir, 'wasm32-unknown-unknown', profile, 'okr-studio.wasm');
  const js = (await readdir(staging)).find((f) => /^okr-studio-[0-9a-f]+\.js$/.test(f));
  if (!js) throw new Error('split-wasm: Trunk wrote no okr-studio-<hash>.js');
  const name = js.slice(0, -'.js'.length);
  const work = join(targetDir, 'wasm-split');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });

  run('wasm-split-cli', [linked, work, '--out-name', name]);
  run('wasm-bindgen', [
    '--target=web', '--no-typescript', '--keep-lld-exports', '--no-demangle',
    `--out-name=${name}`, `--out-dir=${staging}`, join(work, `${name}.wasm`),
  ]);
  const parts = (await readdir(work)).filter((f) => f.endsWith('.wasm') && f !== `${name}.wasm`);
  for (const part of parts) await copyFile(join(work, part), join(staging, part));

  const modules = [`${name}_bg.wasm`, ...parts];
  if (profile === 'release') {
    for (const m of modules) {
      const path = join(staging, m);
      run('wasm-opt', ['-Oz', path, '-o', path]);
    }
  }

  // Content-hashed names, as Trunk gives its own files: a host's cache can never pair
  // one build's main module with another build's part (they would not link).
  let link = await readFile(join(work, '__wasm_split.js'), 'utf8');
  for (const part of parts) {
    // An empty part is written but never fetched: leave it out of the site.
    if (!link.includes(`"./${part}"`)) {
      await rm(join(staging, part));
      continue;
    }
    const hashed = part.replace(/\.wasm$/, `-${short(await readFile(join(staging, part)))}.wasm`);
    await rename(join(staging, part), join(staging, hashed));
    link = link.replaceAll(`"./${part}"`, `"./${hashed}"`);
  }
  const linkName = `__wasm_split-${short(link)}.js`;
  await writeFile(join(staging, linkName), link);
  const mainJs = join(staging, js);
  // Only the JS imports move; the wasm still names its import module "./__wasm_split.js".
  const before = await readFile(mainJs, 'utf8');
  const bindings = before.replaceAll(' from "./__wasm_split.js"', ` from "./${linkName}"`);
  if (bindings === before) throw new Error(`split-wasm: ${js} does not import ./__wasm_split.js`);
  await writeFile(mainJs, bindings);

  // index.html preloads the JS and the main wasm with their digests: redo them.
  const indexPath = join(staging, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  for (const file of [js, `${name}_bg.wasm`]) {
    const digest = sri(await readFile(join(staging, file)));
    const escaped = file.replace(/[.]/g, '\\.');
    // Any public URL: "./name" by default, "/okr/name" with --public-url /okr/.
    const preload = new RegExp(`(href="[^"]*/${escaped}"[^>]*?integrity=")[^"]*`);
    if (!preload.test(html)) throw new Error(`split-wasm: index.html has no preload of ${file}`);
    html = html.replace(preload, `$1${digest}`);
  }
  await writeFile(indexPath, html);

  const main = (await stat(join(staging, `${name}_bg.wasm`))).size;
  console.log(`split-wasm: main module ${(main / 1024).toFixed(0)} KB and ${parts.length} parts`);
}
