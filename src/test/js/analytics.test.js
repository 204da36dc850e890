import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import vm from 'node:vm';

// Classic scripts: run them as a browser would, without a page, and take the functions they leave.
const SOURCE = new URL('../../main/resources/org/signpost/client/js/analytics.js', import.meta.url);
const PROVIDERS = new URL('../../main/resources/org/signpost/client/js/analytics-providers.js', import.meta.url);
const context = { URL, URLSearchParams };
vm.runInNewContext(readFileSync(SOURCE, 'utf8'), context);
vm.runInNewContext(readFileSync(PROVIDERS, 'utf8'), context);
const { attribution, query, filters, reached, refused, pageview, outbound } = context.signpostAnalytics;
const plain = v => JSON.parse(JSON.stringify(v)); // objects from the script's realm, as plain values

test('analytics.js is at most 3 KB gzipped', () => {
  const size = gzipSync(readFileSync(SOURCE)).length;
  console.log(`analytics.js: ${size} bytes gzipped`);
  assert.ok(size <= 3072, `${size} bytes gzipped`);
});

test('school and campaign come from the address; a malformed one is dropped', () => {
  assert.deepEqual(plain(attribution('?school=119234&campaign=year11-2027')), { school: '119234', campaign: 'year11-2027' });
  for (const bad of ['?school=12345', '?school=012345', '?school=1192345', '?school=jo@example.org', '?school=119234%0A', '?school=']) {
    assert.deepEqual(plain(attribution(bad)), {}, bad);
  }
  for (const bad of ['?campaign=Year11', '?campaign=-x', '?campaign=a%20b', '?campaign=' + 'a'.repeat(41), '?campaign=jo@example.org']) {
    assert.deepEqual(plain(attribution(bad)), {}, bad);
  }
  assert.deepEqual(plain(attribution('?school=bad&campaign=spring')), { campaign: 'spring' });
});

test('a query is normalised, and dropped whole when it may be personal data', () => {
  assert.equal(query('  Plumber   Apprenticeship '), 'plumber apprenticeship');
  assert.equal(query('how do i become a vet'), 'how do i become a vet');
  for (const bad of ['level 3', 'jo@example.org', 'call me on ０７７', 'one two three four five six seven', '', '   ', 'a'.repeat(101), 'tab\u0007bell']) {
    assert.equal(query(bad), null, bad);
  }
});

test('filters become sorted key=value pairs, leaving out any that could not be sent', () => {
  assert.equal(filters({ route: ['digital'], level: ['3', '2'] }), 'level=2 level=3 route=digital');
  assert.equal(filters({ status: 'open', 'bad key': ['x'], type: ['<b>'] }), 'status=open');
  assert.equal(filters({}), undefined);
  assert.equal(filters(undefined), undefined);
});

test('video milestones are reached at a quarter, half and three quarters', () => {
  assert.deepEqual(plain(reached(0.1)), []);
  assert.deepEqual(plain(reached(0.25)), ['25']);
  assert.deepEqual(plain(reached(0.74)), ['25', '50']);
  assert.deepEqual(plain(reached(1)), ['25', '50', '75']);
});

test('Do Not Track, Global Privacy Control and the opt-out each refuse', () => {
  assert.equal(refused({}, false), false);
  assert.equal(refused({ doNotTrack: '0', globalPrivacyControl: false }, false), false);
  assert.equal(refused({ doNotTrack: '1' }, false), true);
  assert.equal(refused({ globalPrivacyControl: true }, false), true);
  assert.equal(refused({}, true), true);
});

test('a page view reads the main element and is a visit when the referrer is another site or none', () => {
  const data = { type: 'career', route: 'construction-built-environment', level: '3', locality: 'blackpool fylde', sample: 'false' };
  const v = plain(pageview(data, 'https://www.google.com/', 'https://careers.example.org'));
  assert.deepEqual(v, { type: 'pageview', content_type: 'career', route: 'construction-built-environment', level: '3', locality: 'blackpool fylde', sample: false, entry: true });
  assert.equal(pageview(data, '', 'https://careers.example.org').entry, true);
  assert.equal(pageview(data, 'https://careers.example.org/search/?q=x', 'https://careers.example.org').entry, false);
  assert.equal(pageview({ sample: 'true' }, '', 'https://a.example').sample, true);
  assert.equal(pageview({}, '', 'https://a.example').sample, undefined);
});

test('an outbound target keeps only the address, never its query or fragment', () => {
  assert.equal(outbound('https://apply.example.org/jobs/42?email=jo@example.org#top', 'https://careers.example.org'), 'https://apply.example.org/jobs/42');
  assert.equal(outbound('https://careers.example.org/careers/', 'https://careers.example.org'), null);
  assert.equal(outbound('mailto:jobs@example.org', 'https://careers.example.org'), null);
});

/** A page without a browser: a script element, a head, and what the provider's script would define. */
function fakePage() {
  const appended = [];
  const script = { attributes: {}, setAttribute(k, v) { this.attributes[k] = v; } };
  const doc = { createElement: () => script, head: { append: s => appended.push(s) } };
  const win = { location: { origin: 'https://careers.example.org' } };
  return { win, doc, script, appended };
}

const VIEW = { type: 'pageview', path: '/careers/plumber/', school: '119234', campaign: 'spring', content_type: 'career', entry: true };
const CLICK = { type: 'outbound', path: '/pathways/t-level/', school: '119234', target: 'https://college.example.org/apply', kind: 'apply' };

test('Plausible: its script with the domain; events wait for it, then go with school and campaign as props', () => {
  const { win, doc, script, appended } = fakePage();
  const send = context.signpostProvider(win, doc, { provider: 'plausible', script: 'https://plausible.example.org/js/script.manual.js', site: 'careers.example.org' });
  assert.equal(script.src, 'https://plausible.example.org/js/script.manual.js');
  assert.equal(script.attributes['data-domain'], 'careers.example.org');
  assert.equal(appended.length, 1);
  send(VIEW);
  const calls = [];
  win.plausible = (...a) => calls.push(a);
  script.onload();
  send(CLICK);
  assert.deepEqual(plain(calls), [
    ['pageview', { u: 'https://careers.example.org/careers/plumber/?school=119234&campaign=spring', props: { school: '119234', campaign: 'spring', content_type: 'career', entry: 'true' } }],
    ['outbound', { u: 'https://careers.example.org/pathways/t-level/?school=119234', props: { school: '119234', target: 'https://college.example.org/apply', kind: 'apply' } }]]);
});

test('GoatCounter: no automatic count; the page view has school and campaign in its path, events in their title', () => {
  const { win, doc, script } = fakePage();
  const send = context.signpostProvider(win, doc, { provider: 'goatcounter', script: 'https://stats.example.org/count.js', endpoint: 'https://stats.example.org/count' });
  assert.equal(script.attributes['data-goatcounter'], 'https://stats.example.org/count');
  assert.deepEqual(plain(win.goatcounter), { no_onload: true, no_events: true });
  const calls = [];
  win.goatcounter.count = c => calls.push(c);
  script.onload();
  send(VIEW);
  send(CLICK);
  assert.deepEqual(plain(calls), [
    { path: '/careers/plumber/?school=119234&campaign=spring', title: 'school=119234 campaign=spring content_type=career entry=true' },
    { path: 'outbound', title: 'school=119234 target=https://college.example.org/apply kind=apply', event: true }]);
});

test('Umami: no automatic tracking or query strings; school and campaign in the event data', () => {
  const { win, doc, script } = fakePage();
  const send = context.signpostProvider(win, doc, { provider: 'umami', script: 'https://umami.example.org/script.js', site: '4fb7fa4c-5b46-438d-94b3-3a8fb9bc2e8b' });
  assert.equal(script.attributes['data-website-id'], '4fb7fa4c-5b46-438d-94b3-3a8fb9bc2e8b');
  assert.equal(script.attributes['data-auto-track'], 'false');
  assert.equal(script.attributes['data-exclude-search'], 'true');
  const calls = [];
  win.umami = { track: (a, b) => calls.push(typeof a === 'function' ? a({ website: 'x', url: '/careers/plumber/?q=jo' }) : [a, b]) };
  script.onload();
  send(VIEW);
  send(CLICK);
  assert.deepEqual(plain(calls), [
    { website: 'x', url: '/careers/plumber/', data: { school: '119234', campaign: 'spring', content_type: 'career', entry: 'true' } },
    ['outbound', { school: '119234', target: 'https://college.example.org/apply', kind: 'apply' }]]);
});

test('Matomo: cookies disabled before anything is tracked; the page URL carries school and campaign', () => {
  const { win, doc, script } = fakePage();
  const send = context.signpostProvider(win, doc, { provider: 'matomo', script: 'https://matomo.example.org/matomo.js', site: '3' });
  assert.deepEqual(plain(win._paq), [['disableCookies'], ['setTrackerUrl', 'https://matomo.example.org/matomo.php'], ['setSiteId', '3']]);
  script.onload();
  send(VIEW);
  send(CLICK);
  assert.deepEqual(plain(win._paq.slice(3)), [
    ['setCustomUrl', 'https://careers.example.org/careers/plumber/?school=119234&campaign=spring'], ['trackPageView'],
    ['trackEvent', 'signpost', 'outbound', 'school=119234 target=https://college.example.org/apply kind=apply']]);
});

test('an unknown provider gets no adapter and loads nothing', () => {
  const { win, doc, appended } = fakePage();
  assert.equal(context.signpostProvider(win, doc, { provider: 'elsewhere', script: 'https://x.example/x.js' }), null);
  assert.equal(appended.length, 0);
});
