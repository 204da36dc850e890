// embed.js: a school pastes
//   <div data-signpost="/careers/electrician/" data-school="URN"><a href="https://SITE/careers/electrician/">Electrician</a></div>
//   <script src="https://SITE/js/embed.js" async></script>
// and each such div gets a lazy iframe of /embed/careers/electrician/ that grows to fit its page.
// The link stays below it, so the page still leads somewhere where frames are blocked.
// <div data-signpost-list="apprenticeships" data-route="engineering-manufacturing" data-level="3"
// data-limit="5"><a href="https://SITE/apprenticeships/">Apprenticeships</a></div> gets a live list
// from /api/v1/apprenticeships.json, above its link. A classic script (schools paste it as one),
// at a stable address, small, and with no dependencies; nothing it reads reaches innerHTML.
(function (win, doc) {
  'use strict';
  var script = doc.currentScript || doc.querySelector('script[src$="/js/embed.js"]');
  if (!script) return;
  var origin = new URL(script.src, win.location.href).origin;
  var frames = [];

  // Only a path on this site, as slugs between slashes: never //host, a scheme or a full address.
  function framePath(path) {
    return typeof path === 'string' && /^\/(?:[a-z0-9-]+\/)*$/.test(path) ? path : null;
  }

  // A URN is 6 digits; anything else is dropped, since it could carry personal data.
  function school(urn) {
    return typeof urn === 'string' && /^[1-9][0-9]{5}$/.test(urn) ? urn : null;
  }

  var FILTERS = ['route', 'level', 'locality', 'audience'];
  var SLUG = /^[a-z0-9-]+$/;

  // The list's items that have every value asked for, at most limit of them.
  function pick(items, want, limit) {
    return items.filter(function (item) {
      return FILTERS.every(function (f) { return !want[f] || (item[f] || []).indexOf(want[f]) >= 0; });
    }).slice(0, limit);
  }

  function list(box) {
    var name = box.getAttribute('data-signpost-list'), want = {}, ok = SLUG.test(name || '');
    FILTERS.forEach(function (f) {
      var v = box.getAttribute('data-' + f);
      if (v !== null) { want[f] = v; ok = ok && SLUG.test(v); }
    });
    var limit = Math.min(Math.max(parseInt(box.getAttribute('data-limit'), 10) || 5, 1), 50);
    var urn = school(box.getAttribute('data-school'));
    if (!ok || box.getAttribute('data-signpost-ready')) return;
    box.setAttribute('data-signpost-ready', 'true');
    return win.fetch(origin + '/api/v1/' + name + '.json').then(function (r) { return r.json(); }).then(function (data) {
      if (data.version !== 1) return;
      var ul = doc.createElement('ul');
      pick(data.items, want, limit).forEach(function (item) {
        if (!framePath(item.url)) return;
        var li = doc.createElement('li'), a = doc.createElement('a');
        a.setAttribute('href', origin + item.url + (urn ? '?school=' + urn : ''));
        a.textContent = item.title;
        li.appendChild(a);
        ul.appendChild(li);
      });
      box.insertBefore(ul, box.firstChild);
    }).catch(function () {}); // the link is still there
  }

  function place(box) {
    if (box.getAttribute('data-signpost-ready')) return;
    var path = framePath(box.getAttribute('data-signpost'));
    if (!path) return;
    var urn = school(box.getAttribute('data-school'));
    var link = box.querySelector('a');
    var name = (link && link.textContent.trim()) || path;
    var frame = doc.createElement('iframe');
    frame.setAttribute('src', origin + '/embed' + path + (urn ? '?school=' + urn : ''));
    frame.setAttribute('title', name + ', from ' + new URL(origin).host);
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('height', '600');
    frame.setAttribute('style', 'display:block;width:100%;border:0;frame-sizing:content-height');
    box.insertBefore(frame, box.firstChild);
    box.setAttribute('data-signpost-ready', 'true');
    frames.push(frame);
  }

  // Heights are believed only from this site's origin and only from a frame this script made.
  win.addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== 'signpost:height' || typeof d.height !== 'number' || !isFinite(d.height)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.min(Math.max(Math.round(d.height), 100), 20000) + 'px';
    }
  });

  var boxes = doc.querySelectorAll('[data-signpost]');
  for (var i = 0; i < boxes.length; i++) place(boxes[i]);
  var lists = doc.querySelectorAll('[data-signpost-list]');
  for (var j = 0; j < lists.length; j++) list(lists[j]);
})(window, document);
