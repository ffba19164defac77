// The experts area's browser test: staff draw a one-expert panel for an engagement's report round; the
// drawn expert signs in, opens the panel from its home page, sees the report and submits an opinion;
// staff see the panel's consolidated opinion and approve the report; the sitting's fee is payable.
// The engagement is taken to its submitted report through the API (the engagement test covers those screens).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { apiCall, apiToken, openBrowser, screenshot, signIn, signOut, startPortal } from './harness.mjs'
import { engagementUpTo } from './fixtures.mjs'

let portal
let browser
let page
let engagementId
let panelId
let expertUsername
const expertPassword = 'Expert-pass-2026'
const suffix = String(Date.now() % 100000)
const title = `专家评审浏览器测试 ${suffix}`

before(async () => {
  portal = await startPortal({ demo: true, name: 'experts' })
  ;({ browser, page } = await openBrowser())
  ;({ id: engagementId } = await engagementUpTo(portal, 'REPORT_SUBMITTED', { engagement: { title, commissioningUnit: '南京市测试局' } }))
})

after(async () => {
  await browser?.close()
  await portal?.stop()
})

async function expectVisible(selector, name) {
  try {
    await page.waitForSelector(selector)
  } catch (e) {
    await screenshot(page, `experts-failed-${name}`)
    throw e
  }
}

async function chooseOption(selectSelector, text) {
  await page.click(selectSelector)
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click()
}

test('staff draw a one-expert panel for the report round from the engagement page', async () => {
  await signIn(page, portal.url, 'staff', portal.demoPassword)
  await page.goto(`${portal.url}/engagements/${engagementId}`)
  await expectVisible('[data-test=engagement-title]', 'engagement')
  await page.click('#tab-experts')
  await expectVisible('[data-test=panel-draw-form]', 'draw-form')
  await chooseOption('[data-test=panel-draw-purpose]', '评价报告')
  await chooseOption('[data-test=panel-draw-specialty]', '财务会计')
  await page.locator('[data-test=panel-draw-size] input').fill('1')
  await page.locator('[data-test=panel-draw-size] input').press('Tab')
  await page.click('[data-test=panel-draw-submit]')
  await page.waitForURL((u) => /\/expert-panels\/\d+$/.test(u.pathname))
  panelId = Number(new URL(page.url()).pathname.split('/').pop())
  await expectVisible('[data-test=panel-members] .el-table__row', 'members')
  assert.equal(await page.locator('[data-test=panel-members] .el-table__row').count(), 1)
  await expectVisible('[data-test=panel-excluded]', 'excluded')
  await page.click('[data-test=panel-verify]')
  await expectVisible('.el-message--success', 'verified')
  await screenshot(page, 'experts-panel-drawn')

  // the drawn expert gets an account of its own (ADMIN, through the API)
  const staffToken = await apiToken(portal.url, 'staff', portal.demoPassword)
  const panel = (await apiCall(portal.url, 'GET', `/api/expert-panels/${panelId}`, { token: staffToken })).body
  expertUsername = `e2eexpert${suffix}`
  const admin = await apiToken(portal.url, 'admin', portal.adminPassword)
  const r = await apiCall(portal.url, 'POST', '/api/users', { token: admin, body: { username: expertUsername, displayName: '测试专家',
    roles: ['EXPERT'], password: expertPassword, expertId: panel.members[0] } })
  assert.equal(r.status, 201, r.text)
  await signOut(page)
})

test('the expert opens the panel from its home page, sees the report and submits an opinion', async () => {
  await signIn(page, portal.url, expertUsername, expertPassword)
  await expectVisible(`[data-test=expert-home-panel-${panelId}]`, 'home')
  await page.click(`[data-test=expert-home-panel-${panelId}]`)
  await expectVisible('[data-test=opinion-form]', 'opinion-form')
  await expectVisible('[data-test^=panel-file-]', 'report-file')
  assert.match(await page.locator('[data-test^=panel-file-]').first().textContent(), /评价报告/)
  assert.equal(await page.locator('[data-test=panel-excluded]').count(), 0, 'an expert does not see the exclusions')
  await page.click('[data-test=opinion-verdict-PASS]')
  await page.locator('[data-test=opinion-comment] textarea, textarea[data-test=opinion-comment]').first().fill('报告数据详实，结论清晰')
  await page.click('[data-test=opinion-submit]')
  await expectVisible('[data-test=panel-opinions] .el-table__row', 'opinion-given')
  assert.equal(await page.locator('[data-test=opinion-form]').count(), 0)
  await screenshot(page, 'experts-opinion-given')
  await signOut(page)
})

test('staff see the consolidated opinion, approve the report, and the fee is payable', async () => {
  await signIn(page, portal.url, 'staff', portal.demoPassword)
  await page.goto(`${portal.url}/expert-panels/${panelId}`)
  await expectVisible('[data-test=panel-consolidated-verdict]', 'consolidated')
  assert.match(await page.locator('[data-test=panel-consolidated-verdict]').textContent(), /通过/)
  await page.goto(`${portal.url}/engagements/${engagementId}`)
  await expectVisible('[data-test=engagement-title]', 'engagement-again')
  await page.click('#tab-reports')
  await page.click('[data-test=report-review]')
  await page.click('[data-test=review-approve]')
  await page.waitForFunction(() => document.querySelector('[data-test=engagement-state]')?.textContent.includes('报告已通过')
    || document.querySelector('[data-test=engagement-state]')?.textContent.includes('REPORT_APPROVED'), null, { timeout: 30000 })
    .catch(async (e) => { await screenshot(page, 'experts-failed-approve'); throw e })
  await page.click('[data-test="menu-/expert-fees"]')
  await expectVisible('[data-test=fees-table]', 'fees')
  await page.click('[data-test=fees-payable]')
  const row = page.locator('[data-test=fees-table] .el-table__row', { hasText: title }).first()
  await row.waitFor()
  assert.match(await row.locator('[data-test=fee-status]').textContent(), /应付/)
  assert.match(await row.locator('[data-test=fee-amount]').textContent(), /(750|450)\.00/)
  await screenshot(page, 'experts-fee-payable')
})
