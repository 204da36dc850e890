import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { plan, distance, highlight, snippet, stem } from '../../main/resources/org/signpost/client/js/search.js';

const rules = (() => {
  const r = new Map([['t level', [['t', 'level'], ['tlevel']]], ['tlevel', [['t', 'level'], ['tlevel']]]]);
  r.longest = 2;
  return r;
})();

test('the search client stays within its 8 KB gzipped budget', () => {
  const size = gzipSync(readFileSync(new URL('../../main/resources/org/signpost/client/js/search.js', import.meta.url)), { level: 9 }).length;
  assert.ok(size <= 8192, `search.js is ${size} bytes gzipped`);
});

test('a synonym phrase becomes one part with every alternative; other words stand alone', () => {
  assert.deepEqual(plan('T Level jobs', rules), [
    { paths: [['t', 'level'], ['tlevel']], typed: 0, word: '' },
    { paths: [['job']], typed: 4, word: 'jobs' },
  ]);
});

test('edit distance counts a swap of neighbours as one edit', () => {
  assert.equal(distance('plumber', 'plubmer'), 1);
  assert.equal(distance('plumber', 'plumer'), 1);
  assert.equal(distance('electrician', 'electrican'), 1);
  assert.equal(distance('nurse', 'purse'), 1);
  assert.equal(distance('abc', 'cab'), 2);
});

test('matched words are marked wherever their stem matches', () => {
  const matched = new Set([stem('nursing')]);
  assert.deepEqual(highlight('Nurses and a nurse.', matched), ['', 'Nurses', ' and a ', 'nurse', '.']);
});

test('a snippet is cut around the matched words, with ellipses', () => {
  const text = 'One two three four five six seven eight nine ten plumbers fix pipes eleven twelve.';
  const parts = snippet(text, new Set([stem('plumber')]), 4);
  assert.equal(parts.join(''), '…ten plumbers fix pipes…');
  assert.equal(parts[1], 'plumbers');
  assert.equal(snippet(text, new Set(['zebra'])), null);
});

test("the plan stems with the index's corrections when the rules carry them", () => {
  const corrected = new Map();
  corrected.longest = 0;
  corrected.stem = w => ({ welder: 'weld' })[w] ?? stem(w);
  assert.deepEqual(plan('welder jobs', corrected).map(p => p.paths), [[['weld']], [['job']]]);
  assert.deepEqual(plan('welder', new Map([['x', []]])).map(p => p.paths), [[['welder']]], 'Porter alone keeps welder');
});

/** A one-page index served from memory, as the build would write it. */
async function tinyIndex() {
  const files = {
    'meta.json': { pages: 1, scale: 2000, chunks: ['a'], letters: ['p'], facets: [], synonyms: [],
      query: { pair: '~', stop: ['how', 'to'], types: { job: 'career' }, kept: {}, boost: 1.5, closed: 0.5, stems: { words: {}, terms: {} }, pins: {}, cased: { mark: 'qqcased', words: [] } } },
    'c/0.json': { plumber: [0, 0], '~how to': [0, 1386] }, // scores e^0 = 1 and e^0.693 = 2
    'd/p.json': ['plumber'],
    'facets.json': { type: { career: [0] } },
    'p/0.json': { u: '/careers/plumber/', t: 'Plumber', y: 'Career', l: [], s: 'Plumbers fix pipes.', x: 'Plumbers fix pipes.' },
  };
  const saved = globalThis.fetch;
  globalThis.fetch = async url => ({ ok: true, json: async () => structuredClone(files[url.pathname.replace('/search/', '')]) });
  const { openIndex } = await import('../../main/resources/org/signpost/client/js/search.js');
  const index = await openIndex(new URL('http://x/search/'));
  return { index, restore: () => { globalThis.fetch = saved; } };
}

test('a query found only through a near spelling suggests the corrected words', async () => {
  const { index, restore } = await tinyIndex();
  try {
    const typo = await index.search('plumer jobs');
    assert.equal(typo.results[0].url, '/careers/plumber/');
    assert.equal(typo.suggest, 'plumber jobs');
    assert.equal((await index.search('plumber')).suggest, null, 'spelt right, nothing to suggest');
    assert.equal((await index.search('zzzz')).suggest, null, 'no near word, no suggestion');
  } finally {
    restore();
  }
});

test('question words in the query\'s order add their pair\'s score to pages its other words found', async () => {
  const { index, restore } = await tinyIndex();
  try {
    const score = async q => (await index.search(q)).results.map(r => +r.score.toFixed(3));
    assert.deepEqual(await score('plumber'), [1]);
    assert.deepEqual(await score('How to: plumber'), [3], '"how to" is a pair the page has');
    assert.deepEqual(await score('to how plumber'), [1], 'not in that order');
    assert.deepEqual(await score('how to qqqq'), [], 'a pair finds nothing by itself');
  } finally {
    restore();
  }
});
