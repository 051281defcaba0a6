// The playground page (playground/): a static page that runs the engine in a web worker, written
// to dist/playground/ (index.html and playground.js). The worker is bundled first and its source
// put into the page's script, which starts it from a Blob: a page opened from a file may not load
// a worker from another file, and a Blob worker also runs on any static host.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { BROWSER_BUNDLE } from './esbuildOptions.mjs';
import { stripExamplesPlugin } from './stripExamples.mjs';

const BROWSER = { ...BROWSER_BUNDLE, format: 'iife', plugins: [stripExamplesPlugin] };

export async function buildPlayground() {
  const worker = await build({ ...BROWSER, entryPoints: ['playground/worker.ts'], write: false });
  mkdirSync('dist/playground', { recursive: true });
  await build({ ...BROWSER, entryPoints: ['playground/main.ts'], outfile: 'dist/playground/playground.js', define: { WORKER_SOURCE: JSON.stringify(worker.outputFiles[0].text) } });
  copyFileSync('playground/index.html', 'dist/playground/index.html');
}
