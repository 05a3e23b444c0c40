/** Bundles the widget (esbuild, minified) into dist/widget/ with its CSS and the demo page; prints the gzip size. */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const out = 'dist/widget';
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['bot/widget/widget.ts'],
  outfile: `${out}/widget.js`,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'none',
});
for (const file of ['widget.css', 'index.html', 'demo.css'])
  copyFileSync(`bot/widget/${file}`, `${out}/${file}`);
const gz = (f: string) => gzipSync(readFileSync(`${out}/${f}`)).length;
console.log(`widget: ${gz('widget.js')} B js + ${gz('widget.css')} B css gzipped`);
