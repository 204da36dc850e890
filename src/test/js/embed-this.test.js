import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyMessage } from '../../main/resources/org/signpost/client/js/embed-this.js';

test('the status line says whether the copy worked', () => {
  assert.equal(copyMessage(true), 'Copied');
  assert.match(copyMessage(false), /Select the code and copy it yourself/);
});
