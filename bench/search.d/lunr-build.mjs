// Builds a lunr 2.3.9 index of the indexed pages, as a site using lunr would at build time.
// Writes DEST/index.json (the serialised index), DEST/docs.json (what a result shows: url,
// title, type, summary, and the facets, since lunr stores no documents) and DEST/lunr.min.js.
// Usage: node lunr-build.mjs OUTPUT DEST
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { indexedFiles, readPage } from './pages.mjs';

const require = createRequire(import.meta.url);
const lunr = require('lunr');
const [output, dest] = process.argv.slice(2);

const pages = indexedFiles(output).map(f => readPage(output, f));
// Boosts as in Signpost's index: title 5, summary 2, body 1.
const index = lunr(function () {
  this.ref('id');
  this.field('title', { boost: 5 });
  this.field('summary', { boost: 2 });
  this.field('body');
  pages.forEach((p, id) => this.add({ id, title: p.title, summary: p.summary, body: p.text }));
});
const docs = pages.map(p => ({ url: p.url, title: p.title, type: (p.facets.type || [''])[0], summary: p.summary, facets: p.facets }));

mkdirSync(dest, { recursive: true });
writeFileSync(join(dest, 'index.json'), JSON.stringify(index));
writeFileSync(join(dest, 'docs.json'), JSON.stringify(docs));
copyFileSync(require.resolve('lunr/lunr.min.js'), join(dest, 'lunr.min.js'));
console.log(`lunr: ${pages.length} pages`);
