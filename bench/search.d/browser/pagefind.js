// Pagefind's JS API. filters() loads the filter data, as a search page with facets does, so
// each search also returns facet counts; data() loads each of the top 10 results' fragment.
let pagefind;
export async function search(q) {
  if (!pagefind) {
    pagefind = await import('/pagefind/pagefind.js');
    await pagefind.filters();
  }
  const r = await pagefind.search(q);
  const top = await Promise.all(r.results.slice(0, 10).map(x => x.data()));
  return { total: r.results.length, titles: top.map(d => d.meta.title), facets: Object.keys(r.filters || {}) };
}
