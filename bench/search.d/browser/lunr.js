// lunr: the library, the whole serialised index and the documents file (titles, urls,
// summaries and facets, which lunr does not store) are fetched once; facets are counted here.
let index, docs;
function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    Object.assign(s, { src, onload: resolve, onerror: reject });
    document.head.append(s);
  });
}
export async function search(q) {
  if (!index) {
    const [, json, d] = await Promise.all([loadScript('/lunr/lunr.min.js'),
      fetch('/lunr/index.json').then(r => r.json()), fetch('/lunr/docs.json').then(r => r.json())]);
    index = window.lunr.Index.load(json);
    docs = d;
  }
  const hits = index.search(q);
  const facets = {};
  for (const h of hits) for (const [k, vs] of Object.entries(docs[h.ref].facets)) {
    facets[k] ??= {};
    for (const v of vs) facets[k][v] = (facets[k][v] || 0) + 1;
  }
  return { total: hits.length, titles: hits.slice(0, 10).map(h => docs[h.ref].title), facets: Object.keys(facets) };
}
