// The supervision browser test (issue 15): staff open an inspection and the sample is drawn; the draw
// re-runs from its record; a finding of fabricated working papers proposes the credit event with its
// objection window; the agency sees its item and objects; the ADMIN decides; the public results.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { apiToken, openBrowser, screenshot, signIn, signOut, startPortal } from './harness.mjs'
import { client } from './credit-api.mjs'
import { adminDecidesObjection } from './fixtures.mjs'

let portal
let browser
let page
let api
let agency
let violations
let eventId
let inspectionId
const password = 'Supervise-e2e-2026'
const staffName = `sstaff${Date.now() % 100000}`

before(async () => {
  portal = await startPortal({ name: 'supervision' })
  // every page runs under the strict Content-Security-Policy of the harness, which collects what it blocks
  ;({ browser, page, cspViolations: violations } = await openBrowser())
  page.on('pageerror', (e) => violations.push(`page error: ${e.message}`))
  api = client(portal.url)
  const admin = await apiToken(portal.url, 'admin', portal.adminPassword)
  await api.createUser(admin, staffName, 'STAFF', password)
  agency = await api.approvedAgency(admin, '南京督查会计师事务所', password)
})

after(async () => {
  await browser?.close()
  await portal?.stop()
})

async function shot(name) {
  await page.waitForTimeout(600)
  await screenshot(page, name)
}

test('staff open a practice-quality inspection; the sample is drawn and re-runs from its record', async () => {
  await signIn(page, portal.url, staffName, password)
  await page.click('[data-test=menu-group-supervision]')
  await page.click('[data-test="menu-/supervision/inspections"]')
  await page.waitForURL((u) => u.pathname === '/supervision/inspections')
  await page.click('[data-test=inspection-open]')
  await page.click('[data-test=inspection-kind-PRACTICE_QUALITY]')
  await page.fill('[data-test=inspection-share]', '1')
  await page.click('[data-test=inspection-submit]')
  await page.waitForURL((u) => /^\/supervision\/inspections\/\d+$/.test(u.pathname))
  inspectionId = Number(new URL(page.url()).pathname.split('/').pop())
  await page.waitForSelector('[data-test=inspection-seed]')
  assert.equal((await page.locator('[data-test=inspection-seed]').textContent()).trim().length, 64)
  await page.click('[data-test=inspection-verify]')
  await page.waitForSelector('[data-test=verified-true]')
  await page.waitForSelector(`text=${agency.name}`)
  await shot('supervision-1-sampled')
})

test('a finding of fabricated working papers proposes the credit event; missing answers are named first', async () => {
  const card = page.locator('[data-test^=item-]', { hasText: agency.name }).first()
  const itemId = (await card.getAttribute('data-test')).replace('item-', '')
  await page.click(`[data-test=record-finding-${itemId}]`)
  const dialog = page.locator('.el-dialog', { has: page.locator('[data-test=finding-submit]') })
  await page.fill('[data-test=finding-comment]', '现场核查记录系事后补写，与现场照片时间不符。')
  await page.click('[data-test=finding-submit]')
  await dialog.locator('.el-form-item__error').first().waitFor()
  assert.equal(await page.inputValue('[data-test=finding-comment]'), '现场核查记录系事后补写，与现场照片时间不符。')

  for (const id of ['REPORT_QUALITY', 'WORKPAPERS_COMPLETE', 'EVIDENCE', 'INDICATOR_USE', 'CONCLUSIONS_SUPPORTED']) {
    await dialog.locator(`[data-test=check-${id}-NOT_MET]`).click()
  }
  await dialog.locator('[data-test=conclusion-MAJOR_ISSUES]').click()
  await dialog.locator('[data-test=finding-misconduct]').click()
  await page.click('[data-test=misconduct-FABRICATED_WORKPAPERS]')
  await page.click('[data-test=finding-submit]')
  await dialog.waitFor({ state: 'hidden' })
  const link = page.locator('[data-test^=finding-event-]').first()
  await link.waitFor()
  eventId = Number((await link.getAttribute('data-test')).replace('finding-event-', ''))
  assert.ok(eventId > 0)
  await shot('supervision-2-finding')
  await signOut(page)
})

test('the agency sees the finding and the proposed event with its window, and objects', async () => {
  await signIn(page, portal.url, agency.username, password)
  await page.click('[data-test="menu-/supervision/me"]')
  await page.waitForSelector(`[data-test=finding-event-${eventId}]`)
  await page.goto(portal.url + '/credit/me')
  await page.waitForSelector(`[data-test=objection-open-${eventId}]`)
  assert.match(await page.locator(`[data-test=event-status-${eventId}]`).textContent(), /异议期内/)
  await page.click(`[data-test=object-${eventId}]`)
  await page.fill('[data-test=objection-reason]', '底稿为现场当日记录，照片时间为相机时区设置错误。')
  await page.click('[data-test=dialog-submit]')
  await page.waitForSelector(`[data-test=objection-status-${eventId}] >> text=待处理`)
  await shot('supervision-3-objected')
  await signOut(page)
})

test('the ADMIN dismisses the objection and the event counts', async () => {
  await adminDecidesObjection(page, portal, { agencyName: '南京督查会计师事务所', outcome: 'DISMISSED', comment: '底稿时间与现场记录不符，异议不成立。' })

  await signIn(page, portal.url, agency.username, password)
  await page.goto(portal.url + '/credit/me')
  await page.waitForSelector('[data-test=credit-score]')
  assert.equal(Number((await page.locator('[data-test=credit-score]').textContent()).trim()), 60)
  assert.match(await page.locator(`[data-test=objection-status-${eventId}]`).textContent(), /异议不成立/)
  await signOut(page)
})

test('published results are public, without signing in', async () => {
  const staff = await apiToken(portal.url, staffName, password)
  await api.post(`/api/inspections/${inspectionId}/publication`, {}, staff)
  await page.goto(portal.url + '/login')
  await page.click('[data-test=public-link-public-inspection-results]')
  await page.waitForSelector('[data-test=public-inspection-results] >> text=南京督查会计师事务所')
  await shot('supervision-4-public')
  assert.deepEqual(violations, [])
})
