// Compares Signpost's search index with Pagefind and lunr on one built site and prints a table.
// Usage: node run.mjs NAME OUTPUT WORK RUNS OURS_BUILD_MS
//   OUTPUT: the site ./signpost build wrote (with its index in OUTPUT/search/ once that exists);
//   WORK: an empty temp folder; OURS_BUILD_MS: comma-separated times from the build's
//   "search index: ... in X ms" line, or "pending".
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, servedSize } from './server.mjs';
import { measure } from './browser.mjs';
import { indexedFiles } from './pages.mjs';

const execFileAsync = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const { resolveBinaryPath } = await import(join(repo, 'node_modules/pagefind/lib/resolveBinary.js'));

const ONE_WORD = 'electrician';
const TWO_WORDS = 'nursing apprenticeship';
const FOLLOW_UP = 'plumber';
const NODE_QUERIES = 50;
const ENGINES = ['ours', 'pagefind', 'lunr'];

const [name, output, work, runsArg, oursBuild] = process.argv.slice(2);
const runs = Number(runsArg);
const served = join(work, 'served');
const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const timeMs = fn => { const t = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t) / 1e6; };
const progress = msg => process.stderr.write(`  [${name}] ${msg}\n`);

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(e => e.isFile()).map(e => join(e.parentPath ?? e.path, e.name));
}
const size = fs => ({ raw: fs.reduce((s, f) => s + statSync(f).size, 0), served: fs.reduce((s, f) => s + servedSize(f), 0) });

/** A copy of the output to serve, with the harness pages and, if the site lacks it, our client. */
function prepareServed() {
  cpSync(output, served, { recursive: true });
  cpSync(join(here, 'browser'), join(served, '__bench'), { recursive: true });
  // A site without the repository's assets (the synthetic one) still needs the client library.
  const client = join(repo, 'src/main/resources/org/signpost/client/js');
  if (!existsSync(join(served, '_signpost/js/search.js')) && existsSync(join(client, 'search.js')))
    cpSync(client, join(served, '_signpost/js'), { recursive: true });
  return existsSync(join(served, 'search')) && existsSync(join(served, '_signpost/js/search.js'));
}

/** Pagefind's CLI on the staged pages, RUNS times; the last run's bundle stays in served/pagefind. */
function buildPagefind() {
  const stage = join(work, 'pagefind-stage');
  execFileSync(process.execPath, [join(here, 'pagefind-stage.mjs'), output, stage]);
  const bin = resolveBinaryPath(['pagefind_extended', 'pagefind']);
  const times = [];
  for (let i = 0; i < runs; i++) {
    rmSync(join(served, 'pagefind'), { recursive: true, force: true });
    times.push(timeMs(() => {
      const r = spawnSync(bin, ['--site', stage, '--output-path', join(served, 'pagefind'), '--root-selector', 'main', '--quiet'], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`pagefind failed: ${r.stderr}${r.stdout}`);
    }));
  }
  return median(times);
}

/** lunr's Node build script, RUNS times, each a new process as a site build would run it. */
function buildLunr() {
  const times = [];
  for (let i = 0; i < runs; i++) {
    rmSync(join(served, 'lunr'), { recursive: true, force: true });
    times.push(timeMs(() => execFileSync(process.execPath, [join(here, 'lunr-build.mjs'), output, join(served, 'lunr')])));
  }
  return median(times);
}

/** The index files of each engine: its whole bundle less library code (JS, CSS, WASM) and pages. */
function indexFiles() {
  const notLib = f => !/\.(js|css|html)$/.test(f) && !basename(f).startsWith('wasm.');
  return {
    ours: files(join(served, 'search')).filter(notLib),
    pagefind: files(join(served, 'pagefind')).filter(notLib),
    lunr: files(join(served, 'lunr')).filter(notLib),
  };
}

/** Library code among the responses of a first query: JS modules, scripts and WASM. */
const library = tally => tally.files.filter(f => /\.m?js$|wasm/.test(f.path)).reduce((s, f) => s + f.bytes, 0);

/** Median over RUNS fresh Node processes of each one's median warm query time. Asynchronous,
 * since the bench server runs in this process and Pagefind fetches from it. */
async function nodeQueryMs(engine, base) {
  const medians = [];
  for (let i = 0; i < runs; i++) {
    const { stdout: out } = await execFileAsync(process.execPath, [join(here, 'node-query.mjs'), engine, served, base, String(NODE_QUERIES), ONE_WORD, TWO_WORDS, FOLLOW_UP], { encoding: 'utf8' });
    medians.push(Number(out.trim()));
  }
  return median(medians);
}

// ---- the bench ----
const pages = indexedFiles(output).length;
const oursReady = prepareServed();
const pending = e => e === 'ours' && !oursReady;
progress('pagefind index');
const buildTimes = { ours: oursBuild === 'pending' ? null : median(oursBuild.split(',').map(Number)), pagefind: buildPagefind() };
progress('lunr index');
buildTimes.lunr = buildLunr();
const sizes = {};
const indexed = indexFiles();
for (const [e, f] of Object.entries(indexed)) sizes[e] = { ...size(f), files: f.length };

const server = await serve(served);
const bytes = {}, totals = {}, queryMs = {};
const tmp = join(work, 'browsers');
mkdirSync(tmp, { recursive: true });
try {
  for (const e of ENGINES) {
    if (pending(e)) continue;
    progress(`${e}: browser`);
    const a = await measure(server, tmp, e, ONE_WORD, FOLLOW_UP);
    const b = await measure(server, tmp, e, TWO_WORDS);
    bytes[e] = { one: a.first, two: b.first, follow: a.followUp };
    if (process.env.BENCH_VERBOSE) for (const [k, t] of Object.entries(bytes[e]))
      progress(`${e} ${k}: ${t.files.map(f => `${f.path} ${f.bytes}`).join(', ')}`);
    totals[e] = { one: a.report.first.total, two: b.report.first.total, follow: a.report.followUp.total };
    // Cross-check: the page's own resource timings agree with the server, except for fetches
    // made in a web worker (Pagefind), which the page cannot see.
    const seen = a.report.firstFetched.reduce((s, x) => s + x.encoded, 0);
    if (e !== 'pagefind' && seen !== a.first.bytes) progress(`note: page saw ${seen} bytes, server sent ${a.first.bytes}`);
    progress(`${e}: node queries`);
    queryMs[e] = await nodeQueryMs(e, server.url);
  }
} finally {
  await server.close();
}

// ---- the table ----
const n = x => x == null ? 'pending' : typeof x === 'string' ? x : Math.round(x).toLocaleString('en-GB');
const ms = x => x == null ? 'pending' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x).toLocaleString('en-GB');
const req = t => t == null ? 'pending' : `${n(t.bytes)} (${t.requests})`;
const ratio = (o, p) => (o == null || p == null || p === 0) ? '–' : (o / p).toFixed(2);
const rows = [];
const row = (label, get, fmt = n, num = get) => rows.push([label, ...ENGINES.map(e => pending(e) ? 'pending' : fmt(get(e))), ratio(pending('ours') ? null : num('ours'), num('pagefind'))]);
row('index size on disk, bytes', e => sizes[e].raw);
row('index size as served (gzip), bytes', e => sizes[e].served);
row('index files', e => sizes[e].files);
row('library JS+WASM fetched, bytes', e => bytes[e] && library(bytes[e].one));
row(`first query "${ONE_WORD}", bytes (requests)`, e => bytes[e]?.one, req, e => bytes[e]?.one?.bytes);
row(`first query "${TWO_WORDS}", bytes (requests)`, e => bytes[e]?.two, req, e => bytes[e]?.two?.bytes);
row(`follow-up "${FOLLOW_UP}", bytes (requests)`, e => bytes[e]?.follow, req, e => bytes[e]?.follow?.bytes);
row(`index build time, ms (median of ${runs})`, e => buildTimes[e], ms);
row(`warm query in Node, ms (median)`, e => queryMs[e], ms);
row(`results: ${ONE_WORD} / ${TWO_WORDS} / ${FOLLOW_UP}`, e => totals[e] && `${totals[e].one} / ${totals[e].two} / ${totals[e].follow}`, x => x ?? 'pending', () => null);

const widths = [0, 1, 2, 3, 4].map(i => Math.max(...[['', ...ENGINES, 'ours÷pagefind'], ...rows].map(r => String(r[i]).length)));
const line = r => r.map((c, i) => i === 0 ? String(c).padEnd(widths[0]) : String(c).padStart(widths[i])).join('  ');
console.log(`\n${name}: ${pages} pages, the same for each engine`);
console.log(line(['', ...ENGINES, 'ours÷pagefind']));
rows.forEach(r => console.log(line(r)));
