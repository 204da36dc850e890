// Runs inside an embed page (/embed/...), which a school's site shows in an iframe.
// It tells the parent page how tall the page is, so the frame fits without an inner scrollbar:
// Signpost's own message for embed.js, and WordPress's {message, value, secret} when WordPress
// framed it (its iframe src ends #?secret=...). Under WordPress's sandbox the page cannot navigate
// the top window itself, so link clicks go to WordPress as {message: 'link'} too.
// The school's code (?school=URN) is checked, kept on links to this site and put on <html> as
// data-school for analytics. Nothing from the address reaches the page's markup.
// A classic script, not a module: under WordPress's sandbox the page's origin is null, and a
// module script would need CORS headers that some hosts (GitHub Pages) cannot send.
(function (global) {
'use strict';

/** The school's URN from a query string: 6 digits, else null (anything else could carry personal data). */
function schoolCode(search) {
  const value = new URLSearchParams(search).get('school');
  return value !== null && /^[1-9][0-9]{5}$/.test(value) ? value : null;
}

/** WordPress's secret from a fragment such as "#?secret=abc123XYZ0": letters and digits only, else null. */
function wordpressSecret(hash) {
  const match = /^#\?secret=([A-Za-z0-9]{1,64})$/.exec(hash || '');
  return match ? match[1] : null;
}

/** The messages that report a height: ours always, WordPress's only with its secret. */
function heightMessages(height, path, secret) {
  const out = [{ type: 'signpost:height', height, path }];
  if (secret) out.push({ message: 'height', value: height, secret });
  return out;
}

/**
 * A link to another page of this site with the school's code added; links elsewhere, non-http
 * ones and links within the page (#...) stay as they are. {@code page} is the embed page's address.
 */
function withSchool(href, page, school) {
  let url;
  try { url = new URL(href, page); } catch { return href; }
  if (!school || href.startsWith('#') || url.origin !== new URL(page).origin || !/^https?:$/.test(url.protocol)) return href;
  url.searchParams.set('school', school);
  return url.href;
}

/** A link within the page (#...): the page's <base target="_top"> must not send it to the whole window. */
function inPage(href) {
  return typeof href === 'string' && href.startsWith('#');
}

/** The parent's origin where the browser says it (Chromium, Safari), else '*': a height is no secret. */
function parentOrigin(loc) {
  const ancestors = loc.ancestorOrigins;
  return ancestors && ancestors.length && ancestors[0] !== 'null' ? ancestors[0] : '*';
}

function start(win, doc) {
  if (win.parent === win) return; // opened on its own, not framed
  const school = schoolCode(win.location.search);
  const secret = wordpressSecret(win.location.hash);
  const target = secret ? '*' : parentOrigin(win.location); // WordPress's sandbox makes the parent see origin null
  for (const a of doc.querySelectorAll('a[href^="#"]')) a.target = '_self';
  if (school) {
    doc.documentElement.dataset.school = school;
    for (const a of doc.querySelectorAll('a[href]')) a.href = withSchool(a.getAttribute('href'), win.location.href, school);
  }
  let last = 0;
  const report = () => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const m of heightMessages(height, win.location.pathname, secret)) win.parent.postMessage(m, target);
  };
  new win.ResizeObserver(report).observe(doc.documentElement);
  win.addEventListener('load', report);
  if (secret) {
    doc.addEventListener('click', e => {
      const a = e.target.closest && e.target.closest('a[href]');
      if (!a || inPage(a.getAttribute('href')) || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      win.parent.postMessage({ message: 'link', value: a.href, secret }, '*');
    });
  }
}

if (typeof document !== 'undefined') start(global, document);
else global.signpostEmbedFrame = { schoolCode, wordpressSecret, heightMessages, withSchool, inPage }; // for the tests, run without a page
})(globalThis);
