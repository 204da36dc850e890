// The pages every engine indexes, and a simple reading of their HTML.
// The set is the one Signpost's own index holds. Before the build wrote an index, that was
// item pages (their <main> carries data-type) less closed vacancies (data-status="closed");
// listing, browse, A to Z and search pages are left out either way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const FACETS = ['type', 'route', 'level', 'locality', 'audience', 'gatsby'];

/** Every index.html under dir, as paths relative to dir. */
function htmlFiles(dir, base = dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) htmlFiles(p, base, out);
    else if (e.name.endsWith('.html')) out.push(relative(base, p));
  }
  return out;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", pound: '£' };
function decode(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z0-9]+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Tags stripped; script, style, template and svg dropped with their content. */
export function textOf(html) {
  return decode(html
    .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ').trim();
}

/** The <main> element's opening tag, its inner HTML and its data-* attributes. */
export function mainOf(html) {
  const m = /<main\b([^>]*)>([\s\S]*)<\/main>/i.exec(html);
  if (!m) return null;
  const data = {};
  for (const [, k, v] of m[1].matchAll(/\sdata-([a-z-]+)="([^"]*)"/g)) data[k] = decode(v);
  return { attrs: m[1], inner: m[2], data };
}

/** One indexed page: url, title (first h1), summary (meta description), text of main, facets. */
export function readPage(outputDir, file) {
  const html = readFileSync(join(outputDir, file), 'utf8');
  const main = mainOf(html);
  const url = '/' + file.split(sep).join('/').replace(/index\.html$/, '');
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(main.inner);
  const desc = /<meta name="description" content="([^"]*)"/.exec(html);
  const facets = {};
  for (const f of FACETS) if (main.data[f]) facets[f] = main.data[f].split(' ');
  return { file, url, html, main, title: h1 ? textOf(h1[1]) : url, summary: desc ? decode(desc[1]) : '', text: textOf(main.inner), facets };
}

/**
 * Relative paths of the pages Signpost's index holds: read from its per-page files
 * (OUTPUT/search/p/N.json, field u) when the build wrote them, else by the rule at the top.
 */
export function indexedFiles(outputDir) {
  const perPage = join(outputDir, 'search', 'p');
  if (existsSync(perPage)) {
    return readdirSync(perPage).filter(f => f.endsWith('.json'))
      .map(f => JSON.parse(readFileSync(join(perPage, f), 'utf8')).u.replace(/^\//, '') + 'index.html')
      .filter(f => existsSync(join(outputDir, f))).sort();
  }
  return htmlFiles(outputDir).sort().filter(f => {
    const head = readFileSync(join(outputDir, f), 'utf8').match(/<main\b[^>]*>/i);
    return head && / data-type="/.test(head[0]) && !/ data-status="closed"/.test(head[0]);
  });
}
