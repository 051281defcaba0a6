// The client's restart policy: a server that dies is restarted, unless it died too often lately.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_RESTARTS, RESTART_WINDOW_MS, RestartPolicy } from '../../client/src/restartPolicy';

test('a dead server is restarted up to MAX_RESTARTS times within the window, then left down', () => {
  let now = 0;
  const policy = new RestartPolicy(() => now);
  for (let i = 1; i <= MAX_RESTARTS; i++) {
    now += 1000;
    assert.deepEqual(policy.serverStopped(), { restart: true, count: i });
  }
  now += 1000;
  assert.deepEqual(policy.serverStopped(), { restart: false, count: MAX_RESTARTS + 1 });
});

test('crashes older than the window are forgotten', () => {
  let now = 0;
  const policy = new RestartPolicy(() => now);
  for (let i = 0; i < MAX_RESTARTS; i++) policy.serverStopped();
  now += RESTART_WINDOW_MS + 1;
  assert.deepEqual(policy.serverStopped(), { restart: true, count: 1 });
});
