// Counts what happens on a page, never who: no ID, cookie or storage (bar the opt-out). DNT, GPC and
// the opt-out are checked before anything is sent or a provider loads. School and campaign live in
// memory, added to same-site links as clicked. Classic: a module needs CORS in WordPress's sandbox.
(G => {
'use strict';
const KEY = 'signpost-analytics-off', URN = /^[1-9]\d{5}$/, SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

const attribution = search => {
  const p = new URLSearchParams(search), o = {}, s = p.get('school'), c = p.get('campaign');
  if (URN.test(s || '')) o.school = s;
  if (/^[a-z0-9][a-z0-9-]{0,39}$/.test(c || '')) o.campaign = c;
  return o;
};

// Normalised, or null when it has a digit, an @ or over 6 words: it may be personal data.
const query = q => {
  q = String(q).trim().toLowerCase().replace(/\s+/g, ' ');
  return !q || q.length > 100 || /[\p{Nd}@\p{Cc}]/u.test(q) || q.split(' ').length > 6 ? null : q;
};

const filters = f => Object.keys(f || {}).flatMap(k => [].concat(f[k]).map(v => k + '=' + v))
  .filter(p => /^[a-z_]{1,30}=[a-z0-9-]{1,60}$/.test(p)).sort().slice(0, 10).join(' ') || undefined;

const reached = x => ['25', '50', '75'].filter(m => x >= m / 100);

const refused = (nav, off) => nav.doNotTrack === '1' || nav.globalPrivacyControl === true || off;

// A visit is a page view whose referrer is another site or none.
const pageview = (d, referrer, origin) => {
  let from = '';
  try { from = new URL(referrer).origin; } catch (x) { /* none */ }
  return { type: 'pageview', content_type: d.type, route: d.route, level: d.level, locality: d.locality,
    sample: d.sample ? d.sample === 'true' : undefined, entry: from !== origin };
};

// Without query or fragment: they may carry personal data.
const outbound = (href, origin) => {
  const u = new URL(href);
  return /^https?:$/.test(u.protocol) && u.origin !== origin ? u.origin + u.pathname : null;
};

const start = (win, doc) => {
  const el = doc.querySelector('script[data-signpost-analytics]'), nav = win.navigator, loc = win.location, origin = loc.origin;
  let store = null;
  try { store = win.localStorage; } catch (x) { /* a sandboxed embed has none */ }
  const off = () => { try { return store.getItem(KEY) === '1'; } catch (x) { return false; } };
  if (!el) return;
  choice(doc, store, nav, off);
  if (refused(nav, off())) return;
  const c = { provider: el.dataset.signpostAnalytics, endpoint: el.dataset.endpoint, script: el.dataset.script, site: el.dataset.site };
  const path = loc.pathname, embed = /^\/embed\//.test(path), attr = attribution(loc.search), html = doc.documentElement.dataset.school;
  if (!attr.school && URN.test(html || '')) attr.school = html;
  const deliver = c.provider === 'signpost' ? e => nav.sendBeacon(c.endpoint, JSON.stringify(e)) : G.signpostProvider && G.signpostProvider(win, doc, c);
  if (!deliver) return;
  const emit = e => {
    if (off() || !/^\/[\p{L}\p{N}/._~%-]{0,299}$/u.test(path)) return;
    Object.assign(e, { path }, attr, embed ? { embed } : {});
    for (const k in e) if (e[k] === undefined) delete e[k];
    deliver(e);
  };
  emit(pageview((doc.querySelector('main') || doc.body).dataset, doc.referrer, origin));
  if (embed) emit({ type: 'embed_view' });

  // search-page.js announces each search; the last one before a pause or a click is counted.
  let last = null, pending = null, sent = '', timer;
  const flush = () => {
    clearTimeout(timer);
    if (pending && pending.key !== sent) sent = pending.key, emit(pending.e);
    pending = null;
  };
  doc.addEventListener('signpost:search', ({ detail: d }) => {
    const q = last = query(d.query), f = filters(d.filters);
    if (!q) return;
    pending = { key: q + f, e: { type: 'search', query: q, results: d.results, filters: f } };
    clearTimeout(timer);
    timer = setTimeout(flush, 1000);
  });
  win.addEventListener('pagehide', flush);

  const seen = {};
  const mark = (video, player, m) => {
    if (SLUG.test(video || '') && !seen[video + m]) seen[video + m] = emit({ type: 'video', video, milestone: m, player }) || 1;
  };
  const progress = (v, p, t, d) => {
    if (t > 0) mark(v, p, 'start');
    if (d > 0) reached(t / d).forEach(m => mark(v, p, m));
  };
  for (const v of doc.querySelectorAll('video[data-video]')) {
    const slug = v.dataset.video;
    v.addEventListener('play', () => mark(slug, 'self', 'start'));
    v.addEventListener('timeupdate', () => progress(slug, 'self', v.currentTime, v.duration));
    v.addEventListener('ended', () => mark(slug, 'self', 'complete'));
  }
  // From video-facade.js, which owns the players.
  doc.addEventListener('signpost:video', ({ target, detail: d }) => d.ended ? mark(target.dataset.video, d.player, 'complete')
    : progress(target.dataset.video, d.player, d.time, d.duration));

  doc.addEventListener('click', ev => {
    const a = ev.target.closest && ev.target.closest('a[href]');
    if (!a) return;
    let url;
    try { url = new URL(a.getAttribute('href'), loc.href); } catch (x) { return; }
    const here = url.origin === origin, list = a.closest('.search-results');
    if (list) {
      flush();
      const rank = [...list.children].indexOf(a.closest('li')) + 1;
      if (rank && here) emit({ type: 'result_click', query: last || undefined, rank, target: url.pathname });
    }
    const kind = a.dataset.outbound, target = outbound(url.href, origin);
    if (kind && target) emit({ type: 'outbound', target, kind: /^(apply|provider)$/.test(kind) ? kind : 'other' });
    const step = a.closest('.routemap-svg, .routemap-steps') && url.pathname.split('/').filter(Boolean).pop();
    if (here && SLUG.test(step || '')) emit({ type: 'routemap_step', step });
    if (here && url.pathname !== path && a.target != '_blank' && !ev.ctrlKey && !ev.metaKey && !ev.shiftKey) {
      for (const k in attr) url.searchParams.has(k) || url.searchParams.set(k, attr[k]);
      a.setAttribute('href', url.href);
    }
  }, true);
};

// The privacy notice's control, drawn into #analytics-choice. Only "off" is saved, on this device.
const choice = (doc, store, nav, off) => {
  const box = doc.getElementById('analytics-choice');
  if (!box) return;
  const status = doc.createElement('p'), button = doc.createElement('button');
  status.setAttribute('role', 'status');
  button.type = 'button';
  const draw = () => {
    const no = refused(nav, false);
    status.textContent = no ? 'Your browser asks websites not to track you, so this site counts nothing from it.'
      : off() ? 'Counting is off in this browser. Your choice is saved on this device only.' : 'Counting is on in this browser.';
    button.textContent = off() ? 'Turn counting back on' : 'Turn counting off';
    button.hidden = no || !store;
  };
  button.addEventListener('click', () => {
    try { off() ? store.removeItem(KEY) : store.setItem(KEY, '1'); } catch (x) { /* nothing to save in */ }
    draw();
  });
  draw();
  box.append(status, button);
};

if (typeof document !== 'undefined') start(G, document);
else G.signpostAnalytics = { attribution, query, filters, reached, refused, pageview, outbound };
})(globalThis);
