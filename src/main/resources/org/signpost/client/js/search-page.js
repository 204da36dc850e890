// The search page: search as you type, facets with counts, and the whole state in the URL
// (?q=&level=&route=) so a search can be linked, bookmarked, embedded and come back to with
// the back button. The result count is announced through a polite live region.
// Written for browsers from Safari 13.1 and Chrome 80 on: old school tablets are common.
import { openIndex, highlight } from './search.js';

const root = document.querySelector('[data-search]');
const form = root.querySelector('form'), input = form.elements.q;
const panel = root.querySelector('.search-filters'), filtersBox = panel.querySelector('.search-facets'), status = root.querySelector('.search-status');
const list = root.querySelector('.search-results');
const more = el('button', { type: 'button', className: 'search-more', hidden: true, textContent: 'Show more results' });
list.after(more);
const PAGE = 10;
let limit = PAGE;
root.querySelector('.search-fallback').hidden = true;
const index = openIndex(new URL(root.dataset.search, location.href));

/** The filters ticked in the form, {facet: [values]}. */
function chosen() {
  const out = {};
  for (const box of filtersBox.querySelectorAll('input:checked')) (out[box.name] = out[box.name] || []).push(box.value);
  return out;
}

/** Writes the state into the address bar without adding history entries as the user types. */
function remember(q, filters) {
  const params = new URLSearchParams(q ? { q } : {});
  for (const [facet, values] of Object.entries(filters)) values.forEach(v => params.append(facet, v));
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

/** Replaces a node's children (replaceChildren is too new for older Safari). */
function fill(node, ...children) {
  node.textContent = '';
  node.append(...children);
}

function el(tag, props = {}, ...children) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** Text with the matched words in <mark>. */
function marked(parts) {
  return parts.map((p, i) => i % 2 ? el('mark', { textContent: p }) : p);
}

function resultItem(r, matched) {
  const tags = el('p', { className: 'card-tags' }, el('span', { className: 'tag', textContent: r.type }),
    ...r.labels.map(l => el('span', { className: 'tag', textContent: l })));
  if (r.closed) tags.append(el('span', { className: 'tag tag-closed', textContent: 'Closed' }));
  if (r.sample) tags.append(el('span', { className: 'tag tag-sample', textContent: 'Sample' }));
  const item = el('li', { className: 'card' },
    el('h2', { className: 'card-title' }, el('a', { href: r.url }, ...marked(highlight(r.title, matched)))), tags);
  // A vacancy's closing date, wage and place, as its card on a listing shows them.
  if (r.facts.length) {
    item.append(el('dl', { className: 'card-facts' },
      ...r.facts.map(([label, value]) => el('div', {}, el('dt', { textContent: label }), el('dd', { textContent: value })))));
  }
  item.append(el('p', {}, ...marked(r.snippet)));
  return item;
}

/** One fieldset of checkboxes per facet, values with results (or ticked) and their counts; facets marked
 * `more` are folded into "More filters", open when one of theirs is ticked, so the panel stays short on a phone. */
function renderFilters(meta, counts, filters) {
  const focused = filtersBox.contains(document.activeElement) && document.activeElement;
  const wasOpen = filtersBox.querySelector('.search-more-filters')?.open;
  fill(filtersBox);
  const moreBox = el('div', { className: 'search-facets-more' });
  const moreFilters = el('details', { className: 'search-more-filters' }, el('summary', { textContent: 'More filters: ' }), moreBox);
  const folded = [];
  for (const { name, label, values, more } of meta.facets) {
    const shown = Object.keys(values).filter(v => counts[name]?.[v] || filters[name]?.includes(v));
    if (shown.length < 2 && !filters[name]) continue;
    const set = el('fieldset', { className: 'search-facet' }, el('legend', { textContent: label }));
    for (const v of shown) {
      const box = el('input', { type: 'checkbox', name, value: v, checked: !!filters[name]?.includes(v) });
      set.append(el('label', {}, box, ` ${values[v]} (${counts[name]?.[v] || 0})`));
    }
    if (more) {
      moreBox.append(set);
      folded.push(label);
      if (filters[name]) moreFilters.open = true;
    } else filtersBox.append(set);
  }
  if (moreBox.children.length) {
    moreFilters.firstChild.textContent += folded.join(', ');
    if (wasOpen) moreFilters.open = true;
    filtersBox.append(moreFilters);
  }
  panel.hidden = !filtersBox.children.length;
  // Keep keyboard focus on the box just ticked, though the boxes were drawn anew.
  if (focused) filtersBox.querySelector(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`)?.focus();
  if (Object.keys(filters).length) panel.open = true;
}

let latest = 0;
/** Runs the search in the form; typing makes the last word a prefix. */
async function run({ typing = false, keep = false } = {}) {
  const ticket = ++latest, q = input.value, filters = chosen();
  if (!keep) limit = PAGE;
  remember(q.trim(), filters);
  if (!q.trim()) {
    fill(list);
    panel.hidden = more.hidden = true;
    status.textContent = '';
    return;
  }
  const ix = await index, r = await ix.search(q, { filters, prefix: typing, limit });
  if (ticket != latest) return; // a newer search has started
  const matched = new Set(r.matched);
  fill(list, ...r.results.map(x => resultItem(x, matched)));
  renderFilters(ix.meta, r.facets, filters);
  more.hidden = r.total <= r.results.length;
  // For analytics.js, if the site counts: it decides what, if anything, is sent (search does not import it).
  document.dispatchEvent(new CustomEvent('signpost:search', { detail: { query: q.trim().toLowerCase().replace(/\s+/g, ' '), results: r.total, filters } }));
  status.textContent = r.total
    ? `${r.total} ${r.total == 1 ? 'result' : 'results'} for “${q.trim()}”${r.total > r.results.length ? `, showing the best ${r.results.length}` : ''}.`
    : `No results for “${q.trim()}”. Check the spelling, try fewer words, or use the careers A to Z.`;
  if (r.suggest) {
    // Did you mean: a link, so it also works as an address; following it searches the corrected words.
    const a = el('a', { href: `?q=${encodeURIComponent(r.suggest)}`, textContent: r.suggest });
    a.addEventListener('click', e => { e.preventDefault(); input.value = r.suggest; run(); });
    status.append(' Did you mean ', a, '?');
  }
}

let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => run({ typing: true }), 200); // a pause in typing, not every key
});
form.addEventListener('submit', e => {
  e.preventDefault();
  run();
});
panel.addEventListener('change', () => run());
more.addEventListener('click', async () => {
  const first = list.children.length;
  limit += PAGE;
  await run({ keep: true });
  list.children[first]?.querySelector('a')?.focus(); // carry on reading where the new results start
});

// Restore a linked or returned-to search from the address bar.
const params = new URLSearchParams(location.search);
input.value = params.get('q') || '';
const initial = {};
// school and campaign are analytics' attribution, carried on links (analytics.js), not filters.
for (const [k, v] of params) if (!['q', 'school', 'campaign'].includes(k)) (initial[k] = initial[k] || []).push(v);
if (input.value) {
  index.then(ix => {
    renderFilters(ix.meta, {}, initial);
    for (const box of filtersBox.querySelectorAll('input')) box.checked = !!initial[box.name]?.includes(box.value);
    return run();
  });
}
