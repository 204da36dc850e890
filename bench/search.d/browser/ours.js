// Signpost's own client: openIndex loads what it needs; search loads chunks, facets and the
// top results' data.
import { openIndex } from '/_signpost/js/search.js';

let index;
export async function search(q) {
  index ??= await openIndex(new URL('/search/', location.href));
  const r = await index.search(q, { filters: {}, limit: 10 });
  return { total: r.total, titles: r.results.map(x => x.title), facets: Object.keys(r.facets || {}) };
}
