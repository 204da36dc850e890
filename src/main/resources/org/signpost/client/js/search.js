// Signpost search: runs in the browser on the index the build writes to /search/, and under
// Node as a command. Java's Lucene scored every (term, page) pair at build time, so a query
// only fetches the chunks holding its words and adds scores up. The ranking equals
// `signpost search` (the parity test checks it); only the as-you-type prefix is extra.
//   node search.js --site output "query" [--filter level=3,4]

// ---- Analysis ----

// SearchAnalyzers.java's chain (Lucene 9.12: StandardTokenizer, English possessives, lower case,
// ASCII folding, Porter stemmer), as the index cut and stemmed words (ClientAnalysisIT checks).

// A character and the marks and format characters after it (UAX#29 WB4), bar U+200B and not.
const x = (c, not = '') => `${c}(?:(?![\\u200b${not}])[\\p{M}\\p{Cf}])*`;
// Letters; each Han or Hiragana character is a word by itself.
const L = x('(?![\\p{M}\\p{sc=Han}\\p{sc=Hira}])\\p{Alpha}');
const N = x('\\p{Nd}');
const E = x('[\\p{Pc}\\u202f]'); // underscore and the like: anywhere in a word
// One of these may join two letters (e.g, o'neill) or two digits (25,000 3.5), never trail.
const MID = ".'‘’＇．";
const UNIT = `${L}(?:${x(`[:·：${MID}]`)}(?=${L}))?|${N}(?:${x(`[,;，；${MID}]`)}(?=${N}))?`;
const EMOJI = x('(?![\\d#*])\\p{Emoji}', '\\u200d');
const SRC = `(?:${E})*(?:${UNIT})(?:${E}|${UNIT})*|${x('[\\p{sc=Han}\\p{sc=Hira}]')}` +
  // Emoji, roughly: flags; emoji with skin tones, joined by ZWJ. (Not Extended_Pictographic nor
  // lookbehind: Safari before 16.4 lacks them.)
  `|\\p{RI}{2}|${EMOJI}(?:(?:\\u200d|(?=\\p{EMod}))${EMOJI})*`;
const TOKEN = new RegExp(SRC, 'gu');

// ASCIIFoldingFilter: accents off (NFKD, if that leaves ASCII, but not ª ℂ ™ ① etc.), and
// letters that do not decompose.
const FOLD = { æ: 'ae', ð: 'd', ø: 'o', þ: 'th', ß: 'ss', đ: 'd', ħ: 'h', ı: 'i', ĸ: 'q', ŀ: 'l', ł: 'l', ŉ: 'n', ŋ: 'n', œ: 'oe', ŧ: 't', '‘': "'", '’': "'" };
const fold = (c, d) => FOLD[c] ?? (c < '\xc0' || c.length > 1 || (c > '\u1fff' && c < '\ufb00') ||
  !/^[!-~]+$/.test((d = c.normalize('NFKD').replace(/\p{M}/gu, ''))) ? c : d);

/** The words of text as Lucene indexes them, before stemming, with their UTF-16 offsets. */
export function words(text) {
  const out = [];
  for (let m; (m = TOKEN.exec(text)); ) {
    let [t] = m, start = m.index;
    // Lucene's scanner holds 255 chars: a longer word is cut to the longest word in them.
    if (t.length > 255) {
      TOKEN.lastIndex = 0;
      [t] = TOKEN.exec(text.slice(start, start + 255));
      TOKEN.lastIndex = start + t.length;
    }
    out.push({
      word: t.replace(/['’＇][sS]$/, '') // possessive
        .replace(/./gsu, c => fold(c.toLowerCase().slice(0, c.length))), // as Java: char by char
      start,
      end: start + t.length,
    });
  }
  return out;
}

// Lucene's PorterStemmer is Porter's reference code (not Snowball's), step by step. A step
// tries its suffixes in order; the first that matches settles it.
const list = s => s.split(' ').map(p => p.split(':'));
const STEP3 = list('ational:ate tional:tion enci:ence anci:ance izer:ize bli:ble alli:al entli:ent eli:e ousli:ous ization:ize ation:ate ator:ate alism:al iveness:ive fulness:ful ousness:ous aliti:al iviti:ive biliti:ble logi:log');
const STEP4 = list('icate:ic ative: alize:al iciti:ic ical:ic ful: ness:');
const STEP5 = list('al ance ence er ic able ible ant ement ment ent ion ou ism ate iti ous ive ize');

/** Lucene's PorterStemmer on one lower-case word. */
export function stem(w) {
  if (w.length < 3) return w;
  let b = w, j; // the word so far; j ends the stem before the suffix last matched
  const cons = i => !'aeiou'.includes(b[i]) && (b[i] != 'y' || !i || !cons(i - 1));
  const m = (n = 0) => { for (let i = 1; i <= j; i++) n += cons(i) && !cons(i - 1); return n; }; // VC count in b[0..j]
  const vowel = () => { for (let i = 0; i <= j; i++) if (!cons(i)) return 1; };
  const ends = s => b.endsWith(s) && ((j = b.length - s.length - 1), 1);
  const set = s => (b = b.slice(0, j + 1) + s);
  const double = i => b[i] == b[i - 1] && cons(i);
  const cvc = i => i > 1 && cons(i) && !cons(i - 1) && cons(i - 2) && !'wxy'.includes(b[i]);
  const step = (list, f = (s, t) => m() && set(t)) => { for (const [s, t] of list) if (ends(s)) return f(s, t); };

  // 1: plurals, -ed, -ing
  if (b.endsWith('s')) ends('sses') ? (b = b.slice(0, -2)) : ends('ies') ? set('i') : b[b.length - 2] != 's' && (b = b.slice(0, -1));
  if (ends('eed')) m() && (b = b.slice(0, -1));
  else if ((ends('ed') || ends('ing')) && vowel()) {
    b = b.slice(0, j + 1);
    if (ends('at')) set('ate');
    else if (ends('bl')) set('ble');
    else if (ends('iz')) set('ize');
    else if (double(j)) 'lsz'.includes(b[j]) || (b = b.slice(0, -1));
    else if (m() == 1 && cvc(j)) set('e');
  }
  // 2: y to i after a vowel; 3, 4: double suffixes to single; 5: drop -ant, -ence etc.
  if (ends('y') && vowel()) b = b.slice(0, -1) + 'i';
  step(STEP3);
  step(STEP4);
  step(STEP5, s => (s != 'ion' || 'st'.includes(b[j])) && m() > 1 && set(''));
  // 6: final -e, and -ll to -l
  j = b.length - 1;
  if (b[j] == 'e') { const a = m(); if (a > 1 || (a == 1 && !cvc(j - 1))) b = b.slice(0, j--); }
  if (b[j] == 'l' && double(j) && m() > 1) b = b.slice(0, -1);
  return b;
}

/** The terms Lucene indexes for text: its words, stemmed. */
export const terms = text => words(text).map(w => stem(w.word));

// ---- The query plan: the same parts Java's QueryPlan cuts from Lucene's synonym graph ----

/** Longest synonym rule from each word on; other words stand alone. */
export function plan(query, rules) {
  const ws = words(query), parts = [], st = rules.stem || stem, c = rules.cased;
  // A word typed as a case-sensitive rule has it ("IT") is that rule's key (Synonyms.java's cased words).
  const key = w => c && c.words.includes(query.slice(w.start, w.end)) ? c.mark + w.word : w.word;
  for (let i = 0; i < ws.length;) {
    let n = Math.min(rules.longest, ws.length - i), to;
    for (; n > 0 && !(to = rules.get(ws.slice(i, i + n).map(key).join(' '))); n--);
    if (!to) {
      parts.push({ paths: [[st(ws[i].word)]], typed: ws[i].end - ws[i].start, word: ws[i].word });
      i++;
      continue;
    }
    const paths = new Map();
    for (const phrase of to) { const p = phrase.map(st); paths.set(p.join(' '), p); }
    const single = to.length == 1 && to[0].length == 1;
    parts.push({ paths: [...paths.values()], typed: single ? ws[i + n - 1].end - ws[i].start : 0, word: single ? to[0][0] : '' });
    i += n;
  }
  return parts;
}

const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

/** The synonym rules as a map from a phrase to every phrase it becomes; with Stems.java's corrections to Porter as .stem. */
function synonymRules(list, { words: ws, terms }) {
  const rules = new Map();
  rules.longest = 0;
  rules.stem = w => { const t = own(ws, w) ? ws[w] : stem(w); return own(terms, t) ? terms[t] : t; };
  for (const [from, to = from] of list) {
    for (const phrase of from) {
      const key = phrase.join(' '), out = rules.get(key) || [];
      for (const p of to) if (!out.some(o => o.join(' ') == p.join(' '))) out.push(p);
      rules.set(key, out);
      rules.longest = Math.max(rules.longest, phrase.length);
    }
  }
  return rules;
}

/** Edit distance with swaps of neighbours (Lucene's fuzzy "transpositions"). */
export function distance(a, b) {
  let prev2 = [], prev = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = Math.min(row[j], prev2[j - 2] + 1);
    }
    [prev2, prev] = [prev, row];
  }
  return prev[b.length];
}

const letter = t => /^[a-z0-9]/.test(t) ? t[0] : '_';
const TYPO_WEIGHT = 0.5, PREFIX_WEIGHT = 0.9, PREFIX_TERMS = 30;

// ---- The index ----

/** Opens the index at a URL (browser) or a folder (Node). */
export async function openIndex(base) {
  const load = typeof base == 'string' && typeof window == 'undefined'
    ? async p => JSON.parse(await (await import('node:fs/promises')).readFile(`${base}/${p}`, 'utf8'))
    : async p => {
      const r = await fetch(new URL(p, base));
      if (!r.ok) throw new Error(`search index: ${r.status} for ${p}`);
      return r.json();
    };
  return new Index(await load('meta.json'), load);
}

class Index {
  constructor(meta, load) {
    const files = new Map();
    this.meta = meta;
    this.rules = synonymRules(meta.synonyms, meta.query.stems);
    this.rules.cased = meta.query.cased;
    this.file = p => files.get(p) || files.set(p, load(p)).get(p);
    this.decoded = new Map();
  }

  /** The chunk a term is in, or would be: the last whose first term is not after it. */
  chunkOf(term) {
    const chunks = this.meta.chunks;
    let lo = 0, hi = chunks.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (chunks[mid] <= term) lo = mid; else hi = mid - 1; }
    return lo;
  }

  /** A term's pages and scores, or null when no page has it. */
  async postings(term) {
    if (this.decoded.has(term)) return this.decoded.get(term);
    const chunk = await this.file(`c/${this.chunkOf(term)}.json`);
    const raw = own(chunk, term) ? chunk[term] : null; // not "constructor" from the prototype
    let map = null;
    if (raw) {
      map = new Map();
      for (let i = 0, doc = 0; i < raw.length; i += 2) map.set(doc += raw[i], Math.exp(raw[i + 1] / this.meta.scale));
    }
    this.decoded.set(term, map);
    return map;
  }

  /** The site's words within the allowed edits of an unknown word, first letter kept, as Lucene's FuzzyTermsEnum finds them. */
  async nearSpellings(term, edits) {
    const l = letter(term);
    if (!this.meta.letters.includes(l)) return [];
    const [first, ...rest] = [...term], tail = rest.join('');
    return (await this.file(`d/${l}.json`)).filter(t => {
      const [f, ...r] = [...t];
      return f == first && Math.abs(r.length - rest.length) <= edits && distance(r.join(''), tail) <= edits;
    });
  }

  /** Up to PREFIX_TERMS terms that start with what was typed, from the chunk(s) where they sit. */
  async completions(prefix) {
    const out = [];
    const i = this.chunkOf(prefix);
    for (let k = i; k < this.meta.chunks.length && k <= i + 1 && out.length < PREFIX_TERMS; k++) {
      for (const t of Object.keys(await this.file(`c/${k}.json`))) if (t.startsWith(prefix) && t != prefix && out.length < PREFIX_TERMS) out.push(t);
    }
    return out;
  }

  /** Per facet, the values of each page; the page sets come from facets.json. */
  async facets() {
    if (this.facetValues) return this.facetValues;
    const sets = await this.file('facets.json'), values = {};
    for (const [facet, byValue] of Object.entries(sets)) {
      values[facet] = new Map();
      for (const [value, gaps] of Object.entries(byValue)) {
        let doc = 0;
        for (const g of gaps) { doc += g; (values[facet].get(doc) || values[facet].set(doc, []).get(doc)).push(value); }
      }
    }
    return this.facetValues = values;
  }

  /** Alternatives of one part, each {term, weight}: its one-word paths, near spellings, completions. */
  async alternatives(part, prefix) {
    const alts = part.paths.filter(p => p.length == 1).map(([term]) => ({ term, weight: 1 })); // a phrase matches as its joined word
    if (part.paths.length == 1 && part.paths[0].length == 1) {
      const term = part.paths[0][0];
      if (part.typed >= 4 && !(await this.postings(term))) {
        // A near word is read as if typed, bringing its synonyms and stem (SearchIndex.partQuery).
        const near = await this.nearSpellings(part.word, part.typed <= 7 ? 1 : 2);
        part.fix = near.sort((a, b) => distance(a, part.word) - distance(b, part.word))[0] || ''; // the closest, for "Did you mean"
        for (const w of near) {
          for (const p of plan(w, this.rules)) for (const [term, more] of p.paths) more || alts.push({ term, weight: TYPO_WEIGHT });
        }
      }
      if (prefix && part.word.length >= 3) for (const t of await this.completions(part.word)) alts.push({ term: t, weight: PREFIX_WEIGHT });
    }
    return alts;
  }

  /**
   * Runs a query. Options: filters {facet: [values]} (OR within a facet, AND across), prefix
   * (treat the last word as unfinished), limit (how many results to load).
   * Returns {total, facets: {facet: {value: count}}, results: [{url, title, type, labels,
   * summary, facts ([label, value] pairs), snippet, closed, sample, score, doc, typeName}], suggest}; snippet alternates plain and matched text;
   * suggest is the query with misspelt words corrected, or null.
   */
  async search(query, { filters = {}, prefix = false, limit = 10 } = {}) {
    // QueryIntent.java: question words out of scoring, "jobs"/"courses" a type to boost.
    const q = this.meta.query, all = plan(query, this.rules), plain = p => p.paths.length == 1 && p.paths[0].length == 1 ? p.paths[0][0] : null;
    const asks = p => own(q.types, plain(p)) && (type = q.types[plain(p)]);
    let type = null, parts = all.filter(p => !q.stop.includes(plain(p)) && !asks(p));
    let kept = null;
    parts.forEach(p => p.paths.forEach(([t, more]) => !more && own(q.kept, t) && (kept = q.kept[t])));
    if (!type && parts.length > 1) type = kept;
    if (!parts.length) [type, parts] = [null, all.filter(p => !q.stop.includes(plain(p)))];
    if (!parts.length) parts = all;
    const scores = new Map(), count = new Map(), matched = new Set();
    await Promise.all(parts.map(async (part, n) => {
      const best = new Map();
      for (const { term, weight } of await this.alternatives(part, prefix && n == parts.length - 1 && !/\s$/.test(query))) {
        const list = await this.postings(term);
        if (!list) continue;
        matched.add(term);
        for (const [doc, s] of list) if (s * weight > (best.get(doc) || 0)) best.set(doc, s * weight);
      }
      return best;
    })).then(bests => bests.forEach(best => best.forEach((s, doc) => {
      scores.set(doc, (scores.get(doc) || 0) + s);
      count.set(doc, (count.get(doc) || 0) + 1);
    })));
    // SearchAnalyzers.pairs: neighbouring words with a question word among them ("what is") add their score to pages found.
    const t = words(query).map(w => this.rules.stem(w.word)), pairs = t.slice(1).map((w, i) => [t[i], w]).filter(p => p.some(w => q.stop.includes(w)));
    for (const list of await Promise.all(pairs.map(p => this.postings(q.pair + p.join(' '))))) list?.forEach((s, doc) => scores.has(doc) && scores.set(doc, scores.get(doc) + s));

    const key = words(query).map(w => w.word).join(' '), pin = own(q.pins, key) ? q.pins[key] : -1; // Pins.java: first, whatever it matched
    if (pin >= 0) { scores.set(pin, scores.get(pin) || 0); count.set(pin, Infinity); }
    const values = await this.facets(), active = Object.entries(filters).filter(([, v]) => v.length);
    const counts = {}, hits = [];
    for (const f of Object.keys(values)) counts[f] = {};
    for (const doc of scores.keys()) {
      const failed = active.filter(([f, want]) => !(values[f]?.get(doc) || []).some(v => want.includes(v)));
      if (failed.length > 1) continue;
      for (const f of failed.length ? [failed[0][0]] : Object.keys(values)) {
        for (const v of values[f].get(doc) || []) counts[f][v] = (counts[f][v] || 0) + 1;
      }
      if (!failed.length) hits.push(doc);
    }
    // SearchIndex.search: the asked-for type boosted, closed pages demoted, pages matching more parts first.
    for (const doc of hits) {
      if (values.type.get(doc)[0] == type) scores.set(doc, scores.get(doc) * q.boost);
      if ((values.status?.get(doc) || []).includes('closed')) scores.set(doc, scores.get(doc) * q.closed);
    }
    hits.sort((a, b) => count.get(b) - count.get(a) || scores.get(b) - scores.get(a) || a - b);
    const results = await Promise.all(hits.slice(0, limit).map(async doc => {
      const p = await this.file(`p/${doc}.json`);
      return {
        doc, url: p.u, title: p.t, type: p.y, typeName: values.type.get(doc)[0], labels: p.l, summary: p.s, facts: p.f || [],
        closed: !!p.c, sample: !!p.m, score: scores.get(doc), snippet: snippet(p.x, matched) || snippet(p.s, matched, 1e9) || [p.s],
      };
    }));
    // "Did you mean": when nothing was found, or only through near spellings of every word.
    const typos = parts.filter(p => p.fix != null), fixes = new Map(typos.map(p => [p.word, p.fix]));
    const suggest = typos.some(p => p.fix) && (!hits.length || typos.length == parts.length)
      ? words(query).map(w => fixes.get(w.word) || query.slice(w.start, w.end)).join(' ') : null;
    return { total: hits.length, facets: counts, results, matched: [...matched], suggest };
  }
}

// ---- Snippets ----

/** Marks matched words in text: [plain, match, plain, ...]. Marks none if nothing matches. */
export function highlight(text, matched) {
  const out = [''];
  let at = 0;
  for (const w of words(text)) {
    if (!matched.has(stem(w.word))) continue;
    out[out.length - 1] += text.slice(at, w.start);
    out.push(text.slice(w.start, w.end), '');
    at = w.end;
  }
  out[out.length - 1] += text.slice(at);
  return out;
}

/** About `size` words where the most matched words are, a few words of lead-in, marked; null if none match. */
export function snippet(text, matched, size = 28) {
  const ws = words(text || ''), hit = ws.map(w => matched.has(stem(w.word)));
  let best = -1, bestCount = 0;
  for (let i = 0, count = 0; i < ws.length; i++) {
    count += hit[i] - (i >= size ? hit[i - size] : 0);
    if (count > bestCount) [best, bestCount] = [i, count];
  }
  if (best < 0) return null;
  const first = hit.indexOf(true, Math.max(0, best - size + 1));
  const from = Math.max(0, first - (size >> 2)), last = Math.min(ws.length - 1, from + size - 1);
  const start = from ? ws[from].start : 0, end = last < ws.length - 1 ? ws[last].end : text.length;
  const parts = highlight(text.slice(start, end), matched);
  if (start) parts[0] = '…' + parts[0];
  if (end < text.length) parts[parts.length - 1] += '…';
  return parts;
}

// ---- The command ----

/** `node search.js --site DIR "query" [--filter facet=a,b]...`: the top 10, as `signpost search` prints them. */
async function main(args) {
  let site = 'output', query = null, batch = null;
  const filters = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] == '--site') site = args[++i];
    else if (args[i] == '--filter') {
      const [facet, list = ''] = args[++i].split('=');
      filters[facet] = (filters[facet] || []).concat(list.split(','));
    } else if (args[i] == '--batch') batch = args[++i];
    else query = args[i];
  }
  const index = await openIndex(`${site}/search`), facets = index.meta.facets.map(f => f.name);
  const unknown = Object.keys(filters).find(f => !facets.includes(f));
  if (unknown) {
    console.error(`search.js: --filter takes FACET=VALUE with a facet of ${facets.join(', ')}, not '${unknown}'`);
    process.exitCode = 2;
    return;
  }
  const fmt = (r, n) => `${String(n + 1).padStart(2)}  ${r.score.toFixed(4).padStart(9)}  ${r.url}  ${r.title} (${r.typeName})`;
  if (batch) {
    // For tests: one JSON query a line ({q, filters}); one JSON result list a line.
    const fs = await import('node:fs/promises');
    for (const line of (await fs.readFile(batch, 'utf8')).split('\n').filter(Boolean)) {
      const { q, filters: f = {} } = JSON.parse(line), r = await index.search(q, { filters: f });
      console.log(JSON.stringify(r.results.map(x => [x.url, x.score])));
    }
    return;
  }
  if (query == null) {
    console.error('usage: node search.js --site DIR "query" [--filter facet=value[,value]]');
    process.exitCode = 2;
    return;
  }
  (await index.search(query, { filters })).results.forEach((r, n) => console.log(fmt(r, n)));
}

// Run as a command only when Node runs this file itself (no top-level await: older Safari lacks it).
if (typeof process == 'object' && process.argv && decodeURIComponent(new URL(import.meta.url).pathname) == process.argv[1]) {
  main(process.argv.slice(2)).catch(e => { console.error(`search.js: ${e.message}`); process.exitCode = 1; });
}
