// Warm query time in Node for one engine: load, run each query twice to warm caches and the
// JIT, then time N queries (the given ones in turn) and print the median in ms. Each query
// includes what the browser page does: top 10 results' data and facet counts.
// Usage: node node-query.mjs ENGINE SERVED BASE_URL N QUERY...
//   SERVED is the served copy of the output; BASE_URL the bench server (Pagefind fetches from it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [engine, served, base, n, ...queries] = process.argv.slice(2);

async function ours() {
  const { openIndex } = await import(pathToFileURL(join(served, '_signpost/js/search.js')));
  const index = await openIndex(join(served, 'search'));
  return q => index.search(q, { filters: {}, limit: 10 });
}

// Pagefind's browser bundle runs in Node on its main-thread path (Node has no Worker global);
// it fetches its files over HTTP from the bench server, so basePath is that server's /pagefind/.
async function pagefind() {
  const pf = await import(pathToFileURL(join(served, 'pagefind/pagefind.js')));
  await pf.options({ basePath: `${base}/pagefind/` });
  await pf.filters();
  return async q => {
    const r = await pf.search(q);
    return Promise.all(r.results.slice(0, 10).map(x => x.data()));
  };
}

async function lunr() {
  const lib = createRequire(import.meta.url)('lunr');
  const index = lib.Index.load(JSON.parse(readFileSync(join(served, 'lunr/index.json'), 'utf8')));
  const docs = JSON.parse(readFileSync(join(served, 'lunr/docs.json'), 'utf8'));
  return q => {
    const hits = index.search(q);
    const facets = {};
    for (const h of hits) for (const [k, vs] of Object.entries(docs[h.ref].facets)) {
      facets[k] ??= {};
      for (const v of vs) facets[k][v] = (facets[k][v] || 0) + 1;
    }
    return { facets, results: hits.slice(0, 10).map(h => docs[h.ref]) };
  };
}

const search = await { ours, pagefind, lunr }[engine]();
for (const q of [...queries, ...queries]) await search(q);
const times = [];
for (let i = 0; i < Number(n); i++) {
  const start = performance.now();
  await search(queries[i % queries.length]);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(times[Math.floor(times.length / 2)].toFixed(3));
process.exit(0); // Pagefind keeps sockets open
