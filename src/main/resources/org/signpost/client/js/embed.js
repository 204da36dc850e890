// embed.js: a school pastes
//   <div data-signpost="/careers/electrician/" data-school="URN"><a href="https://SITE/careers/electrician/">Electrician</a></div>
//   <script src="https://SITE/js/embed.js" async></script>
// and each such div gets a lazy iframe of /embed/careers/electrician/ that grows to fit its page.
// The link stays below it, so the page still leads somewhere where frames are blocked. A classic
// script (schools paste it as one), at a stable address, small, and with no dependencies.
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
    return typeof urn === 'string' && /^[0-9]{6}$/.test(urn) ? urn : null;
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
})(window, document);
