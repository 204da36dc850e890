// Relevance of our client (search.js on the built index) and of Pagefind on the same built pages,
// over the relevance set. Usage: node run.mjs OUTPUT WORK SET [--each]
//   OUTPUT: a site ./signpost build wrote; WORK: an empty temp folder; --each prints every query.
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '../search.d/server.mjs';
import { mean, readSet, score } from './queries.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const [output, work, setPath, flag] = process.argv.slice(2);
const set = readSet(setPath);

const { openIndex } = await import(pathToFileURL(join(output, '_signpost/js/search.js')));
const index = await openIndex(join(output, 'search'));
const ours = async q => (await index.search(q, { filters: {}, limit: 10 })).results.map(r => r.url);

// Pagefind indexes the same pages (staged with bench/search's helper) from <main>, as bench/search does.
const stage = join(work, 'stage'), bundle = join(work, 'served', 'pagefind');
spawnSync(process.execPath, [join(repo, 'bench/search.d/pagefind-stage.mjs'), output, stage], { stdio: 'inherit' });
const { resolveBinaryPath } = await import(join(repo, 'node_modules/pagefind/lib/resolveBinary.js'));
const r = spawnSync(resolveBinaryPath(['pagefind_extended', 'pagefind']), ['--site', stage, '--output-path', bundle, '--root-selector', 'main', '--quiet'], { encoding: 'utf8' });
if (r.status !== 0) throw new Error(`pagefind failed: ${r.stderr}${r.stdout}`);
const server = await serve(join(work, 'served'));
const pf = await import(pathToFileURL(join(bundle, 'pagefind.js')));
await pf.options({ basePath: `${server.url}/pagefind/` });
const pagefind = async q => {
  const res = await pf.search(q);
  const data = await Promise.all(res.results.slice(0, 10).map(x => x.data()));
  return data.map(d => new URL(d.url, server.url).pathname.replace(/index\.html$/, ""));
};

const engines = { ours, pagefind };
const rows = { ours: [], pagefind: [] };
for (const entry of set) {
  for (const [name, run] of Object.entries(engines)) {
    const urls = await run(entry.query);
    const s = score(entry, urls);
    rows[name].push(s);
    if (flag == '--each' && name == 'ours') console.log(`${s.ndcg.toFixed(2)} ${s.top1 ? '*' : ' '} ${entry.query.padEnd(40)} ${urls.slice(0, 3).join(' ')}`);
  }
}
const pct = x => `${(100 * x).toFixed(0)}%`;
console.log(`\nrelevance set: ${set.length} queries (${setPath.replace(repo + '/', '')})\n`);
console.log('engine      nDCG@10   MRR    top-1   zero-result');
for (const name of Object.keys(engines)) {
  const m = mean(rows[name]);
  console.log(`${name.padEnd(10)}  ${m.ndcg.toFixed(3).padStart(7)}  ${m.rr.toFixed(3)}  ${pct(m.top1).padStart(5)}   ${pct(m.zero).padStart(5)}`);
}
server.close();
process.exit(0); // Pagefind keeps sockets open
