// embed.js is a classic script for schools to paste, so it is run here as a browser would run it,
// against a small stand-in for the school page's DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import vm from 'node:vm';

const SOURCE = new URL('../../main/resources/org/signpost/client/js/embed.js', import.meta.url);
const code = readFileSync(SOURCE, 'utf8');
const SITE = 'https://careers.example.org';

class El {
  constructor(tag, attrs = {}, children = []) {
    this.tag = tag; this.attrs = { ...attrs }; this.children = children; this.style = {};
    this.contentWindow = tag === 'iframe' ? { frame: true } : undefined;
  }
  getAttribute(n) { return n in this.attrs ? this.attrs[n] : null; }
  setAttribute(n, v) { this.attrs[n] = String(v); }
  get firstChild() { return this.children[0] || null; }
  get textContent() { return this.children.map(c => typeof c === 'string' ? c : c.textContent).join(''); }
  set textContent(t) { this.children = [String(t)]; }
  insertBefore(node, ref) { const i = ref ? this.children.indexOf(ref) : this.children.length; this.children.splice(i, 0, node); }
  querySelector(sel) { return sel === 'a' ? this.children.find(c => c.tag === 'a') || null : null; }
  appendChild(node) { this.children.push(node); }
  set innerHTML(_) { throw new Error('embed.js must not use innerHTML'); }
}

/** Runs embed.js on a page holding these boxes; returns the boxes and a way to send messages. */
function run(boxes, { lists = [], api = {} } = {}) {
  const listeners = [], fetched = [];
  const document = {
    currentScript: { src: `${SITE}/js/embed.js` },
    querySelector: () => null,
    querySelectorAll: sel => (sel === '[data-signpost]' ? boxes : sel === '[data-signpost-list]' ? lists : []),
    createElement: tag => new El(tag),
  };
  const fetch = url => {
    fetched.push(url);
    return url in api ? Promise.resolve({ json: () => Promise.resolve(api[url]) }) : Promise.reject(new Error('offline'));
  };
  const window = { location: { href: 'https://school.example.sch.uk/careers/' }, addEventListener: (t, f) => t === 'message' && listeners.push(f), fetch };
  vm.runInNewContext(code, { window, document, URL, isFinite, Math, parseInt });
  return { send: (e) => listeners.forEach(f => f(e)), fetched };
}

const settle = () => new Promise(r => setTimeout(r, 10));
const API = `${SITE}/api/v1/apprenticeships.json`;
const apprenticeships = { version: 1, type: 'apprenticeship', items: [
  { url: '/apprenticeships/a/', title: 'A, level 3 engineering', route: ['engineering-manufacturing'], level: ['3'] },
  { url: '/apprenticeships/b/', title: 'B, level 2 engineering', route: ['engineering-manufacturing'], level: ['2'] },
  { url: '//evil.example/', title: 'bad url', route: ['engineering-manufacturing'], level: ['3'] },
  { url: '/apprenticeships/c/', title: '<img src=x onerror=alert(1)>', route: ['engineering-manufacturing'], level: ['3'] },
  { url: '/apprenticeships/d/', title: 'D, level 3 care', route: ['care-services'], level: ['3'] },
] };
const listBox = attrs => new El('div', attrs, [new El('a', { href: `${SITE}/apprenticeships/` }, ['Apprenticeships'])]);
const shown = box => (box.children[0].tag === 'ul' ? box.children[0].children.map(li => [li.children[0].attrs.href, li.children[0].textContent]) : null);

test('a live list shows the matching items from /api/v1, as text, above its link', async () => {
  const box = listBox({ 'data-signpost-list': 'apprenticeships', 'data-route': 'engineering-manufacturing', 'data-level': '3', 'data-limit': '5', 'data-school': '123456' });
  const { fetched } = run([], { lists: [box], api: { [API]: apprenticeships } });
  await settle();
  assert.deepEqual(fetched, [API]);
  assert.deepEqual(shown(box), [[`${SITE}/apprenticeships/a/?school=123456`, 'A, level 3 engineering'],
    [`${SITE}/apprenticeships/c/?school=123456`, '<img src=x onerror=alert(1)>']]);
  assert.equal(box.children[1].tag, 'a', 'the link stays');
});

test('the limit cuts the list', async () => {
  const box = listBox({ 'data-signpost-list': 'apprenticeships', 'data-limit': '1' });
  run([], { lists: [box], api: { [API]: apprenticeships } });
  await settle();
  assert.equal(shown(box).length, 1);
});

test('a list name or filter that is not a slug fetches nothing; a failed fetch leaves the link', async () => {
  for (const attrs of [{ 'data-signpost-list': '../secrets' }, { 'data-signpost-list': 'https://evil.example/x' },
    { 'data-signpost-list': 'apprenticeships', 'data-route': 'a b' }]) {
    const box = listBox(attrs);
    const { fetched } = run([], { lists: [box] });
    await settle();
    assert.deepEqual(fetched, [], JSON.stringify(attrs));
    assert.equal(shown(box), null);
  }
  const box = listBox({ 'data-signpost-list': 'videos' });
  run([], { lists: [box] });
  await settle();
  assert.equal(box.children.length, 1);
});

const box = (path, school, text = 'Electrician') => new El('div', { 'data-signpost': path, ...(school === undefined ? {} : { 'data-school': school }) },
  [new El('a', { href: `${SITE}${path}` }, [text])]);
const frameOf = b => b.children.find(c => c.tag === 'iframe');

test('a box becomes a lazy, titled iframe of the embed page, with the link kept after it', () => {
  const b = box('/careers/electrician/', '123456');
  run([b]);
  const f = frameOf(b);
  assert.equal(f.attrs.src, `${SITE}/embed/careers/electrician/?school=123456`);
  assert.equal(f.attrs.title, 'Electrician, from careers.example.org');
  assert.equal(f.attrs.loading, 'lazy');
  assert.match(f.attrs.style, /frame-sizing:content-height/);
  assert.equal(b.children[1].tag, 'a', 'the link stays as the fallback');
});

test('a malformed school code is dropped, not passed on', () => {
  for (const bad of ['12345', '1234567', 'URN', '123456"><script>', 'pupil@example.org']) {
    const b = box('/careers/electrician/', bad);
    run([b]);
    assert.equal(frameOf(b).attrs.src, `${SITE}/embed/careers/electrician/`, bad);
  }
});

test('data-signpost must be a path on this site', () => {
  for (const bad of ['//evil.example/', '/\\evil.example/', 'javascript:alert(1)', 'https://evil.example/careers/', 'careers/electrician/',
    '/careers/../../x/', '/careers/electrician', '/careers/electrician/?x=1', '/Careers/', '']) {
    const b = box(bad, '123456');
    run([b]);
    assert.equal(frameOf(b), undefined, bad);
  }
});

test('heights are taken only from the site origin and only from that frame', () => {
  const a = box('/careers/electrician/'), b = box('/careers/plumber/', undefined, 'Plumber');
  const { send } = run([a, b]);
  const fa = frameOf(a), fb = frameOf(b);
  send({ origin: 'https://evil.example', source: fa.contentWindow, data: { type: 'signpost:height', height: 900 } });
  assert.equal(fa.style.height, undefined, 'another origin is ignored');
  send({ origin: SITE, source: { other: true }, data: { type: 'signpost:height', height: 900 } });
  assert.equal(fa.style.height, undefined, 'a window that is not one of our frames is ignored');
  send({ origin: SITE, source: fa.contentWindow, data: { type: 'signpost:height', height: '900' } });
  send({ origin: SITE, source: fa.contentWindow, data: { message: 'height', value: 900 } });
  assert.equal(fa.style.height, undefined, 'malformed messages are ignored');
  send({ origin: SITE, source: fa.contentWindow, data: { type: 'signpost:height', height: 812.4 } });
  assert.equal(fa.style.height, '812px');
  assert.equal(fb.style.height, undefined, 'only the frame that sent it');
  send({ origin: SITE, source: fb.contentWindow, data: { type: 'signpost:height', height: 1e9 } });
  assert.equal(fb.style.height, '20000px', 'clamped');
});

test('running twice does not add a second frame', () => {
  const b = box('/careers/electrician/');
  run([b]); run([b]);
  assert.equal(b.children.filter(c => c.tag === 'iframe').length, 1);
});

test('embed.js is at most 2 KB gzipped', () => {
  const size = gzipSync(readFileSync(SOURCE)).length;
  assert.ok(size <= 2048, `${size} bytes gzipped`);
});
