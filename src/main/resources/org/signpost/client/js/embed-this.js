// The "Embed this" panel: shows a copy button beside each snippet where the clipboard can be
// used, and says "Copied" in the panel's status line (a live region) when it worked.
// Without JavaScript the snippets are plain text to select.

/** What the status line says after a copy. */
export function copyMessage(ok) {
  return ok ? 'Copied' : 'Could not copy. Select the code and copy it yourself.';
}

function start(doc, clipboard) {
  if (!clipboard || !clipboard.writeText) return;
  for (const button of doc.querySelectorAll('[data-copy]')) {
    const source = doc.getElementById(button.dataset.copy);
    const status = button.closest('details').querySelector('.copy-status');
    if (!source || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      status.textContent = '';
      let ok = true;
      try { await clipboard.writeText(source.textContent); } catch { ok = false; }
      status.textContent = copyMessage(ok);
    });
  }
}

if (typeof document !== 'undefined') start(document, navigator.clipboard);
