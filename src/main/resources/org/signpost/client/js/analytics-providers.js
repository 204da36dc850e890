// Only on a site whose analytics.provider is plausible, goatcounter, umami or matomo: turns
// analytics.js's events into that provider's custom events. It loads nothing by itself:
// analytics.js calls signpostProvider only after Do Not Track, Global Privacy Control and the
// visitor's opt-out have been checked, and only then is the provider's script added, in its
// cookieless mode (Matomo's disableCookies comes before anything it tracks). School and campaign
// go as custom properties where the provider has them (Plausible props, Umami event data), else
// in the page address's query (GoatCounter's path, Matomo's URL) and in the event's words.
(G => {
'use strict';

/** The event's fields, bar type and path, as strings: a provider's custom properties. */
const props = e => {
  const p = {};
  for (const k in e) if (k !== 'type' && k !== 'path') p[k] = String(e[k]);
  return p;
};

/** "key=value key=value", for providers whose events carry a name and no properties. */
const words = e => Object.entries(props(e)).map(([k, v]) => k + '=' + v).join(' ');

/** The page's address with school and campaign as its query, and never the page's own query (it may hold a search). */
const address = (origin, e) => {
  const q = new URLSearchParams();
  for (const k of ['school', 'campaign']) if (e[k]) q.set(k, e[k]);
  return origin + e.path + (q.toString() ? '?' + q : '');
};

/** How each provider takes one event. */
const senders = {
  plausible: (win, e) => win.plausible(e.type, { u: address(win.location.origin, e), props: props(e) }),
  goatcounter: (win, e) => win.goatcounter.count(e.type === 'pageview'
    ? { path: address('', e), title: words(e) } : { path: e.type, title: words(e), event: true }),
  umami: (win, e) => e.type === 'pageview'
    ? win.umami.track(p => Object.assign(p, { url: e.path, data: props(e) })) : win.umami.track(e.type, props(e)),
  matomo: (win, e) => win._paq.push(...(e.type === 'pageview'
    ? [['setCustomUrl', address(win.location.origin, e)], ['trackPageView']] : [['trackEvent', 'signpost', e.type, words(e)]]))
};

/** Loads the provider's script in its cookieless mode and returns how to send an event; events wait until it has loaded. */
function signpostProvider(win, doc, c) {
  const send = senders[c.provider];
  if (!send) return null;
  const s = doc.createElement('script'), queue = [];
  s.src = c.script;
  s.async = true;
  if (c.provider === 'plausible') s.setAttribute('data-domain', c.site);
  if (c.provider === 'goatcounter') {
    s.setAttribute('data-goatcounter', c.endpoint);
    win.goatcounter = { no_onload: true, no_events: true }; // we send every count ourselves
  }
  if (c.provider === 'umami') {
    s.setAttribute('data-website-id', c.site);
    s.setAttribute('data-auto-track', 'false');
    s.setAttribute('data-exclude-search', 'true');
  }
  if (c.provider === 'matomo') win._paq = [['disableCookies'], ['setTrackerUrl', c.script.replace(/\.js$/, '.php')], ['setSiteId', c.site]];
  let ready = false;
  s.onload = () => {
    ready = true;
    queue.splice(0).forEach(e => send(win, e));
  };
  doc.head.append(s);
  return e => (ready ? send(win, e) : queue.push(e));
}

G.signpostProvider = signpostProvider;
G.signpostProviders = { props, words, address, senders };
})(globalThis);
