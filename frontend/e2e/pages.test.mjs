// The pages' edge (issue 8 "Pages", issue 9.5): the application and Swagger UI render under the
// Content-Security-Policy the portal sends (harness.mjs fails on a page without one and on anything
// the policy blocks), framing is refused, and the caching headers are what the browser needs.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { openBrowser, screenshot, startPortal } from './harness.mjs'

let portal
let browser
let page
let violations

before(async () => {
  portal = await startPortal({ name: 'pages' })
  ;({ browser, page, cspViolations: violations } = await openBrowser())
  page.on('pageerror', (e) => violations.push(`page error: ${e.message}`))
})

after(async () => {
  await browser?.close()
  await portal?.stop()
})

test('the application renders under the portal\'s own policy', async () => {
  const response = await page.goto(portal.url + '/')
  assert.match(response.headers()['content-security-policy'], /script-src 'self';/)
  assert.equal(response.headers()['x-frame-options'], 'DENY')
  await page.waitForSelector('[data-test=login-submit]')
  // a deep link is the same page
  await page.goto(portal.url + '/agencies/5')
  await page.waitForSelector('[data-test=login-submit]')
  assert.deepEqual(violations, [])
})

test('Swagger UI renders the API under its policy', async () => {
  const response = await page.goto(portal.url + '/swagger-ui/index.html')
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'sha256-/)
  await page.waitForSelector('.swagger-ui .info .title', { timeout: 30_000 })
  await page.waitForSelector('.swagger-ui .opblock', { timeout: 30_000 })
  assert.ok(await page.locator('.swagger-ui .opblock').count() > 50)
  await screenshot(page, 'swagger-ui')
  assert.deepEqual(violations, [])
})

test('the portal cannot be framed', async () => {
  await page.setContent(`<iframe id="f" src="${portal.url}/"></iframe>`)
  await page.waitForTimeout(1000)
  const framed = page.frames().find((f) => f.url().startsWith(portal.url))
  const loaded = framed ? await framed.locator('[data-test=login-submit]').count().catch(() => 0) : 0
  assert.equal(loaded, 0)
  violations.length = 0 // the refused frame itself is reported by the browser, as it should be
})

test('index.html is revalidated, hashed assets are kept for a year, HEAD answers as GET', async () => {
  const index = await fetch(portal.url + '/')
  assert.equal(index.headers.get('cache-control'), 'no-cache')
  const html = await index.text()
  const asset = html.match(/\/assets\/[^"']+\.js/)[0]
  const file = await fetch(portal.url + asset)
  assert.equal(file.headers.get('cache-control'), 'public, max-age=31536000, immutable')
  const head = await fetch(portal.url + '/agencies/5', { method: 'HEAD', headers: { accept: 'text/html' } })
  assert.equal(head.status, 200)
  assert.match(head.headers.get('content-type'), /text\/html/)
})
