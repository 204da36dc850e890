// Reads the relevance set (src/test/resources/relevance/queries.yml) and scores rankings on it.
// The file has one fixed shape (see its header), so a few lines read it; RelevanceSet.java reads
// the same file with a YAML parser, and the two must agree on the metrics below.
import { readFileSync } from 'node:fs';

/** [{query, who, grades: Map(url -> 0..3)}] in file order. */
export function readSet(path) {
  const set = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    let m;
    if ((m = /^- query: (.+)$/.exec(line))) set.push({ query: m[1].trim(), grades: new Map() });
    else if ((m = /^ {2}who: (.+)$/.exec(line))) set.at(-1).who = m[1].trim();
    else if ((m = /^ {2}grades: \{(.*)\}$/.exec(line))) {
      for (const pair of m[1].split(',')) {
        const [url, g] = pair.trim().split(/: (?=\d$)/);
        set.at(-1).grades.set(url, Number(g));
      }
    }
  }
  return set;
}

const gain = g => 2 ** g - 1;
const dcg = grades => grades.slice(0, 10).reduce((s, g, i) => s + gain(g) / Math.log2(i + 2), 0);

/**
 * Metrics of one query's ranked URLs: nDCG@10 (gain 2^grade - 1), reciprocal rank of the first
 * ideal page (the query's highest grade) in the top 10, top1 (the first result is ideal), zero.
 */
export function score(entry, urls) {
  const grades = urls.slice(0, 10).map(u => entry.grades.get(u) || 0);
  const ideal = [...entry.grades.values()].sort((a, b) => b - a);
  const best = ideal[0];
  const rank = grades.indexOf(best);
  return { ndcg: dcg(grades) / dcg(ideal), rr: rank < 0 ? 0 : 1 / (rank + 1), top1: rank == 0 ? 1 : 0, zero: urls.length ? 0 : 1 };
}

/** Mean of each metric over the set. */
export function mean(rows) {
  const out = {};
  for (const k of ['ndcg', 'rr', 'top1', 'zero']) out[k] = rows.reduce((s, r) => s + r[k], 0) / rows.length;
  return out;
}
