import { test } from 'node:test';
import assert from 'node:assert/strict';
import { playerAttributes } from '../../../assets/js/video-facade.js';

test('a YouTube facade becomes a privacy-enhanced player with a title', () => {
  const a = playerAttributes({ player: 'https://www.youtube-nocookie.com/embed/abc123?autoplay=1', title: 'A day at the docks' });
  assert.equal(a.src, 'https://www.youtube-nocookie.com/embed/abc123?autoplay=1');
  assert.equal(a.title, 'Video: A day at the docks');
  assert.equal(a.referrerpolicy, 'strict-origin-when-cross-origin');
});

test('a Vimeo facade keeps do-not-track', () => {
  const a = playerAttributes({ player: 'https://player.vimeo.com/video/42?autoplay=1&dnt=1', title: 'x' });
  assert.match(a.src, /dnt=1/);
});

test('only the two privacy-enhanced players are allowed', () => {
  for (const player of ['https://www.youtube.com/embed/abc', 'http://www.youtube-nocookie.com/embed/abc', 'javascript:alert(1)', 'https://evil.example/embed']) {
    assert.throws(() => playerAttributes({ player, title: 'x' }), /not an allowed player/, player);
  }
});

test("a player's progress messages become time, duration or ended; anything else is ignored", async () => {
  const { playerProgress } = await import('../../../assets/js/video-facade.js');
  assert.deepEqual(playerProgress('{"event":"infoDelivery","info":{"currentTime":12.5,"duration":50}}', true), { time: 12.5, duration: 50 });
  assert.deepEqual(playerProgress({ event: 'infoDelivery', info: { playerState: 0 } }, true), { ended: true });
  assert.deepEqual(playerProgress('{"event":"timeupdate","data":{"seconds":30,"percent":0.6,"duration":50}}', false), { time: 30, duration: 50 });
  assert.deepEqual(playerProgress({ event: 'ended' }, false), { ended: true });
  for (const [m, yt] of [['not json', true], [null, false], [{ event: 'ended' }, true], [{ event: 'infoDelivery', info: { volume: 3 } }, true], [42, false]]) {
    assert.equal(playerProgress(m, yt), null, JSON.stringify(m));
  }
});
