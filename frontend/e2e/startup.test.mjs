// Start-up rules that only a real process can show: an external database without JWT_SECRET is
// refused with a clear message; data survives a restart on the embedded database.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { rmSync } from 'node:fs'
import { apiCall, apiToken, repoDir, startPortal } from './harness.mjs'

const jar = process.env.PORTAL_JAR || join(repoDir, 'backend', 'target', 'portal.jar')

test('an external database without JWT_SECRET is refused', () => {
  const env = { ...process.env, DB_URL: 'jdbc:mysql://127.0.0.1:9/portal', MICRONAUT_SERVER_PORT: '0' }
  delete env.JWT_SECRET
  const run = spawnSync('java', ['-jar', jar], { env, encoding: 'utf8', timeout: 60_000 })
  assert.equal(run.status, 2)
  assert.match(run.stdout + run.stderr, /JWT_SECRET must be set/)
})

test('data survives a restart of the portal', async () => {
  // a real first start (an empty data directory: MariaDB installed, every migration), not a copied template
  const first = await startPortal({ name: 'restart', fresh: true })
  const token = await apiToken(first.url, 'admin', first.adminPassword)
  const username = `keep${Date.now() % 100000}`
  const created = await apiCall(first.url, 'POST', '/api/users', {
    token, body: { username, displayName: '保留', roles: ['STAFF'], password: 'Keep-pass-2026' }
  })
  assert.equal(created.status, 201)
  await first.stop({ keepData: true })

  const second = await startPortal({ name: 'restart', env: { PORTAL_DATA_DIR: first.dataDir } })
  try {
    const again = await apiToken(second.url, username, 'Keep-pass-2026')
    const me = await apiCall(second.url, 'GET', '/api/me', { token: again })
    assert.equal(me.body.username, username)
  } finally {
    await second.stop()
    rmSync(first.dataDir, { recursive: true, force: true })
  }
})
