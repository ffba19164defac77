// The credit browser test (issue 5): staff propose a credit event with its evidence, the ADMIN
// confirms it (the score drops), the agency objects within the window, the ADMIN upholds the
// objection, and the agency's score is back where it was. Also: the public pages from the sign-in page.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { answerConfirm, apiToken, openBrowser, screenshot, signIn, signOut, startPortal } from './harness.mjs'
import { client, PDF } from './credit-api.mjs'
import { adminDecidesObjection } from './fixtures.mjs'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

let portal
let browser
let page
let api
let agency
const password = 'Credit-e2e-2026'
const staffName = `cstaff${Date.now() % 100000}`

before(async () => {
  portal = await startPortal({ name: 'credit' })
  ;({ browser, page } = await openBrowser())
  api = client(portal.url)
  const admin = await apiToken(portal.url, 'admin', portal.adminPassword)
  await api.createUser(admin, staffName, 'STAFF', password)
  agency = await api.approvedAgency(admin, '南京诚信会计师事务所', password)
})

after(async () => {
  await browser?.close()
  await portal?.stop()
})

async function score() {
  await page.waitForSelector('[data-test=credit-score]')
  return Number((await page.locator('[data-test=credit-score]').textContent()).trim())
}

/** Lets Element Plus finish its transitions before a screenshot. */
async function shot(name) {
  await page.waitForTimeout(600)
  await screenshot(page, name)
}

async function openEventRow() {
  await page.goto(`${portal.url}/credit/events?agencyId=${agency.id}`)
  await page.waitForSelector('[data-test=ledger-table] .el-table__row')
}

test('the agency starts at the base score', async () => {
  await signIn(page, portal.url, agency.username, password)
  await page.click('[data-test="menu-/credit/me"]')
  await page.waitForURL((u) => u.pathname === '/credit/me')
  assert.equal(await score(), 80)
  await signOut(page)
})

test('staff propose an event with evidence; missing fields are named beside them and the text typed stays', async () => {
  await signIn(page, portal.url, staffName, password)
  await page.click('[data-test=menu-group-credit]')
  await page.click('[data-test="menu-/credit/events"]')
  await page.waitForURL((u) => u.pathname === '/credit/events')
  await page.click('[data-test=propose-open]')
  const dialog = page.locator('.el-dialog', { has: page.locator('[data-test=propose-submit]') })
  // saving without an agency or type: the errors appear next to the fields, the text typed stays
  await page.fill('[data-test=propose-evidence]', '项目组主评人未经同意更换为非登记人员（2026 年教育经费评价项目）。')
  await page.click('[data-test=propose-submit]')
  await dialog.locator('.el-form-item__error').first().waitFor()
  assert.equal(await page.inputValue('[data-test=propose-evidence]'), '项目组主评人未经同意更换为非登记人员（2026 年教育经费评价项目）。')

  await dialog.locator('.el-select').first().click()
  await page.keyboard.type('诚信')
  await page.click(`[data-test=agency-option-${agency.id}]`)
  await dialog.locator('[data-test=propose-type]').click()
  await page.click('[data-test=type-UNAPPROVED_TEAM_CHANGE]')
  const dir = join(portal.dataDir, 'upload')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, '检查记录.pdf'), PDF)
  await dialog.locator('input[type=file]').setInputFiles(join(dir, '检查记录.pdf'))
  await page.waitForSelector('[data-test="uploaded-检查记录.pdf"]')
  await page.click('[data-test=propose-submit]')
  await dialog.waitFor({ state: 'hidden' })
  await page.waitForSelector('[data-test=ledger-table] >> text=南京诚信会计师事务所')
  assert.match(await page.locator('[data-test=ledger-table] .el-table__row').first().textContent(), /异议期内/)
  await shot('credit-1-proposed')
  await signOut(page)
})

test('the ADMIN sets the credit rules so that a confirmation puts an event in force at once', async () => {
  await signIn(page, portal.url, 'admin', portal.adminPassword)
  await page.goto(portal.url + '/admin/credit-rules')
  await page.click('#tab-window')
  const toggle = page.locator('[data-test=window-confirmation-at-once]')
  await toggle.waitFor()
  assert.equal(await toggle.locator('input').isChecked(), false, 'by default a confirmation keeps the objection window')
  await toggle.click()
  await page.fill('[data-test="publish-reason-credit.objection-window"]', '本年度试行确认即生效')
  await page.click('[data-test="publish-credit.objection-window"]')
  await page.waitForSelector('text=新版本已发布')
  const rule = await api.get('/api/rules/credit.objection-window', await apiToken(portal.url, 'admin', portal.adminPassword))
  assert.equal(rule.content.confirmationInForceAtOnce, true)
  await signOut(page)
})

test('the ADMIN confirms it and the agency sees its score drop', async () => {
  await signIn(page, portal.url, 'admin', portal.adminPassword)
  await openEventRow()
  await page.locator('[data-test^=confirm-]').first().click()
  await page.click('[data-test=dialog-submit]')
  await page.waitForSelector('[data-test=ledger-table] >> text=有效')
  await signOut(page)

  await signIn(page, portal.url, agency.username, password)
  await page.goto(portal.url + '/credit/me')
  assert.equal(await score(), 77)
})

test('the agency objects within the window, with its reasons', async () => {
  await page.locator('[data-test^=object-]').first().click()
  await page.fill('[data-test=objection-reason]', '主评人变更已于 5 月 3 日书面报备，并取得项目负责人同意。')
  await page.click('[data-test=dialog-submit]')
  await page.waitForSelector('[data-test^=objection-status-] >> text=待处理')
  assert.equal(await page.locator('[data-test^=object-]').count(), 0, 'one objection per event')
  await shot('credit-2-objected')
  await signOut(page)
})

test('the ADMIN upholds the objection and the score is back where it was', async () => {
  await adminDecidesObjection(page, portal, { agencyName: '南京诚信会计师事务所', outcome: 'UPHELD', comment: '报备材料属实，撤销该事件。' })

  await signIn(page, portal.url, agency.username, password)
  await page.goto(portal.url + '/credit/me')
  assert.equal(await score(), 80)
  assert.match(await page.locator('[data-test^=objection-status-]').first().textContent(), /异议成立/)
  assert.match(await page.locator('[data-test^=event-status-]').first().textContent(), /已撤销/)
  await shot('credit-3-upheld')
  await signOut(page)
})

test('the dashboard draws its charts for the bureau', async () => {
  await signIn(page, portal.url, staffName, password)
  await page.click('[data-test="menu-/dashboard"]')
  await page.waitForSelector('[data-test=chart-grades] canvas')
  await page.waitForSelector('[data-test=chart-fees] canvas')
  assert.equal(await page.locator('[data-test=dash-overdue-plans]').textContent(), '0')
  await shot('credit-5-dashboard')
  await signOut(page)
})

test('the public blacklist and credit results are reachable from the sign-in page without signing in', async () => {
  await page.goto(portal.url + '/login')
  await page.click('[data-test=public-link-public-blacklist]')
  await page.waitForSelector('[data-test=public-blacklist]')
  await page.click('text=信用评价结果')
  await page.waitForURL((u) => u.pathname === '/public/credit-results')
  await shot('credit-4-public')
})

test('by default a confirmation leaves the agency its objection window, which the agency may waive', async () => {
  const admin = await apiToken(portal.url, 'admin', portal.adminPassword)
  const window = await api.get('/api/rules/credit.objection-window', admin)
  await api.put('/api/rules/credit.objection-window', { content: { ...window.content, confirmationInForceAtOnce: false }, reason: '恢复默认' }, admin)
  const staff = await apiToken(portal.url, staffName, password)
  const event = await api.post('/api/credit-events', { agencyId: agency.id, type: 'LATE_SUBMISSION', evidence: '评价报告逾期 3 天提交。' }, staff)

  await signIn(page, portal.url, 'admin', portal.adminPassword)
  await openEventRow()
  await page.click(`[data-test=confirm-${event.id}]`)
  await page.click('[data-test=dialog-submit]')
  await page.waitForSelector(`[data-test=row-confirmed-${event.id}]`)
  await signOut(page)

  await signIn(page, portal.url, agency.username, password)
  await page.goto(portal.url + '/credit/me')
  assert.equal(await score(), 80, 'a confirmed event counts only when the window ends')
  await page.waitForSelector(`[data-test=confirmed-in-window-${event.id}]`)
  await page.waitForSelector(`[data-test=objection-open-${event.id}]`)
  await page.click(`[data-test=waive-${event.id}]`)
  await page.click('[data-test=dialog-submit]')
  await page.waitForSelector(`[data-test=waived-${event.id}]`)
  assert.equal(await score(), 78, 'waived: the event counts from today')
  assert.equal(await page.locator(`[data-test=object-${event.id}]`).count(), 0, 'no objection after a waiver')
  await shot('credit-6-waived')
  await signOut(page)
})

test('blacklisting needs its ground: without a confirmed event, evidence files beside the reason', async () => {
  await signIn(page, portal.url, 'admin', portal.adminPassword)
  await page.goto(`${portal.url}/credit/agencies/${agency.id}`)
  await page.click('[data-test=blacklist-open]')
  const dialog = page.locator('.el-dialog', { has: page.locator('[data-test=blacklist-submit]') })
  await page.fill('[data-test=blacklist-reason]', '出具严重失实的评价报告')
  await page.click('[data-test=blacklist-submit]')
  await answerConfirm(page, { says: /严重失信主体名单/ })
  await dialog.locator('[data-test=blacklist-files] .el-form-item__error').waitFor()
  assert.equal(await page.inputValue('[data-test=blacklist-reason]'), '出具严重失实的评价报告', 'the text typed stays')
  const dir = join(portal.dataDir, 'upload')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, '复核报告.pdf'), PDF)
  await dialog.locator('input[type=file]').setInputFiles(join(dir, '复核报告.pdf'))
  await page.waitForSelector('[data-test="uploaded-复核报告.pdf"]')
  await page.click('[data-test=blacklist-submit]')
  await answerConfirm(page, { says: /严重失信主体名单/ })
  await dialog.waitFor({ state: 'hidden' })
  await page.waitForSelector('[data-test=blacklisted]')
  await page.waitForSelector('[data-test=blacklist-history] >> text=复核报告.pdf')
  await shot('credit-7-blacklisted-with-evidence')
  await signOut(page)
})
