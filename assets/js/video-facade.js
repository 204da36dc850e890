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
  return frame;
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
