import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

// A classic script: run it as a browser would, without a page, and take the functions it leaves.
const context = { URL, URLSearchParams };
vm.runInNewContext(readFileSync(new URL('../../main/resources/org/signpost/client/js/embed-frame.js', import.meta.url), 'utf8'), context);
const { schoolCode, wordpressSecret, withSchool, inPage } = context.signpostEmbedFrame;
// Objects made in the script's own realm, compared as plain values.
const heightMessages = (...args) => JSON.parse(JSON.stringify(context.signpostEmbedFrame.heightMessages(...args)));

test('a school code is 6 digits; anything else is dropped', () => {
  assert.equal(schoolCode('?school=123456'), '123456');
  for (const bad of ['?school=12345', '?school=1234567', '?school=12345a', '?school=<img src=x>', '?school=jo@example.org', '?school=', '', '?school=123456%0A']) {
    assert.equal(schoolCode(bad), null, bad);
  }
});

test("WordPress's secret is letters and digits after #?secret=", () => {
  assert.equal(wordpressSecret('#?secret=aB3dE5gH9k'), 'aB3dE5gH9k');
  for (const bad of ['', '#', '#secret=abc', '#?secret=', '#?secret=a"b', '#?secret=abc&x=1', '#?secret=abc<']) assert.equal(wordpressSecret(bad), null, bad);
});

test('the height goes to embed.js always, and to WordPress only with its secret', () => {
  assert.deepEqual(heightMessages(812, '/embed/careers/electrician/', null), [{ type: 'signpost:height', height: 812, path: '/embed/careers/electrician/' }]);
  assert.deepEqual(heightMessages(812, '/p/', 'abc123')[1], { message: 'height', value: 812, secret: 'abc123' });
});

test('links to this site carry the school code; other links do not', () => {
  const origin = 'https://careers.example.org/embed/careers/electrician/?school=123456';
  assert.equal(withSchool('/careers/plumber/', origin, '123456'), 'https://careers.example.org/careers/plumber/?school=123456');
  assert.equal(withSchool('/search/?q=nurse#results', origin, '123456'), 'https://careers.example.org/search/?q=nurse&school=123456#results');
  assert.equal(withSchool('https://www.gov.uk/x', origin, '123456'), 'https://www.gov.uk/x');
  assert.equal(withSchool('mailto:a@example.org', origin, '123456'), 'mailto:a@example.org');
  assert.equal(withSchool('/careers/plumber/', origin, null), '/careers/plumber/');
  assert.equal(withSchool('#pay', origin, '123456'), '#pay', 'a link within the page still goes there');
  assert.equal(withSchool('../plumber/', origin, '123456'), 'https://careers.example.org/embed/careers/plumber/?school=123456', 'relative to the page');
});

test('links within the page stay in the frame; every other link goes to the whole window', () => {
  assert.equal(inPage('#fn-1'), true);
  for (const href of ['/careers/', 'https://www.gov.uk/', '?q=x', '', null]) assert.equal(inPage(href), false, String(href));
});
