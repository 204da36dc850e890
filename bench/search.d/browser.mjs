// Loads the bench page in a fresh headless Chromium and counts the bytes of every response the
// bench server sent for it, split at the follow-up query. Real responses, gzip as served.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions',
  '--disable-dev-shm-usage', '--mute-audio'];

/** Sums bytes and requests of log entries; the harness (/__...) and favicon are not counted. */
function tally(entries) {
  const counted = entries.filter(e => e.path && !e.path.startsWith('/__') && e.path !== '/favicon.ico');
  return { bytes: counted.reduce((s, e) => s + e.bytes, 0), requests: counted.length, files: counted };
}

const groupAlive = pgid => { try { process.kill(-pgid, 0); return true; } catch { return false; } };

/** Ends the browser's process group (by its id) and waits until all of it has gone. */
async function endGroup(pgid) {
  if (groupAlive(pgid)) process.kill(-pgid, 'SIGTERM');
  for (let i = 0; i < 100 && groupAlive(pgid); i++) await new Promise(r => setTimeout(r, 50));
  if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
}

/**
 * Opens /__bench/bench.html for engine with query q (and a follow-up query then, if given) in a
 * new browser profile; resolves to { first, followUp, report } where first/followUp are tallies.
 */
export async function measure(server, tmp, engine, q, then) {
  server.log.length = 0;
  const profile = mkdtempSync(join(tmp, 'chromium-'));
  const url = `${server.url}/__bench/bench.html?engine=${engine}&q=${encodeURIComponent(q)}`
    + (then ? `&then=${encodeURIComponent(then)}` : '');
  // Its own process group, so that ending it ends its renderer and helper processes too.
  const browser = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, url], { stdio: 'ignore', detached: true });
  try {
    const report = await server.waitDone(180000);
    if (report.error) throw new Error(`${engine} page: ${report.error}`);
    const split = server.log.findIndex(e => e.mark === 'followup');
    const before = split < 0 ? server.log : server.log.slice(0, split);
    return { first: tally(before), followUp: split < 0 ? null : tally(server.log.slice(split)), report };
  } finally {
    await endGroup(browser.pid);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
}
