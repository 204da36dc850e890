// Click-to-load facade for YouTube and Vimeo videos. Until the viewer chooses to play, the page
// contacts no third party: it shows a poster from this site and a plain link. On click, the
// privacy-enhanced player replaces the facade. Works on every [data-video-facade] element.

/** The iframe attributes for a facade's data-* values. Pure, so Node can test it. */
export function playerAttributes({ player, title }) {
  const url = new URL(player);
  const allowed = ['www.youtube-nocookie.com', 'player.vimeo.com'];
  if (url.protocol !== 'https:' || !allowed.includes(url.hostname)) {
    throw new Error(`not an allowed player: ${player}`);
  }
  return {
    src: url.href,
    title: `Video: ${title}`,
    allow: 'autoplay; encrypted-media; picture-in-picture; fullscreen',
    allowfullscreen: '',
    referrerpolicy: 'strict-origin-when-cross-origin',
    loading: 'eager',
    width: '640',
    height: '360',
  };
}

/** Replaces one facade's content with the player, and moves focus to it. */
export function play(facade, doc = facade.ownerDocument) {
  const frame = doc.createElement('iframe');
  for (const [name, value] of Object.entries(playerAttributes(facade.dataset))) frame.setAttribute(name, value);
  facade.textContent = ''; // not replaceChildren: older Safari lacks it
  facade.append(frame);
  facade.classList.add('video-facade-playing');
  frame.focus();
  report(facade, frame);
  return frame;
}

/**
 * What a player's message says about progress, or null: YouTube's infoDelivery (currentTime,
 * duration, playerState 0 when ended) or Vimeo's timeupdate and ended events. Pure, for Node.
 */
export function playerProgress(data, youtube) {
  let m = data;
  try { if (typeof m === 'string') m = JSON.parse(m); } catch { return null; }
  if (!m || typeof m !== 'object') return null;
  if (youtube && m.event === 'infoDelivery' && m.info) {
    return m.info.playerState === 0 ? { ended: true }
      : typeof m.info.currentTime === 'number' ? { time: m.info.currentTime, duration: m.info.duration || 0 } : null;
  }
  if (!youtube && m.event === 'ended') return { ended: true };
  if (!youtube && m.event === 'timeupdate' && m.data) return { time: m.data.seconds, duration: m.data.duration };
  return null;
}

/**
 * Asks the player to report its progress by postMessage (no YouTube or Vimeo API script loads)
 * and passes it on as a signpost:video event on the facade, for analytics.js to count milestones.
 */
export function report(facade, frame, win = facade.ownerDocument.defaultView) {
  const origin = new URL(frame.src).origin, youtube = origin.includes('youtube');
  frame.addEventListener('load', () => {
    const asks = youtube ? ['{"event":"listening","id":1,"channel":"widget"}']
      : ['timeupdate', 'ended'].map(value => ({ method: 'addEventListener', value }));
    for (const m of asks) frame.contentWindow.postMessage(m, origin);
  });
  win.addEventListener('message', e => {
    if (e.source !== frame.contentWindow || e.origin !== origin) return;
    const progress = playerProgress(e.data, youtube);
    if (progress) facade.dispatchEvent(new win.CustomEvent('signpost:video', { bubbles: true, detail: { player: youtube ? 'youtube' : 'vimeo', ...progress } }));
  });
}

/** Adds a Play button to each facade; the link to the video's own page stays for anyone who prefers it. */
export function enhance(root = document) {
  for (const facade of root.querySelectorAll('[data-video-facade]')) {
    if (facade.querySelector('button')) continue;
    const button = root.createElement ? root.createElement('button') : facade.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = 'button-link video-play';
    button.textContent = `Play the video here (loads ${facade.dataset.host})`;
    button.addEventListener('click', () => play(facade));
    facade.insertBefore(button, facade.querySelector('a'));
  }
}

if (typeof document !== 'undefined') enhance(document);
