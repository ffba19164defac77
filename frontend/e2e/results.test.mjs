// The results area's browser test (issue 13): from approving a report to the public page. The setup
// takes a new engagement, whose evaluated unit is unit1's budget unit, to a submitted final report
// through the API (the engagement test covers those screens). Staff approve the report in the review
// dialog, record the result (中) with a finding, issue the feedback letter; the unit answers the task with
// evidence; staff accept it; the result-application list suggests cutting 30–50 % of the evaluated funds;
// staff publish the report; an anonymous visitor reads it on the public results page.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { apiCall, apiToken, openBrowser, screenshot, signIn, signOut, startPortal, targetDir } from './harness.mjs'
import { engagementUpTo } from './fixtures.mjs'

let portal
let browser
let page
let engagementId
let evaluatedUnitId
let funds
const pdfFile = join(targetDir, 'e2e-files', 'evidence.pdf')

const suffix = String(Date.now() % 100000)
const title = `评价结果浏览器测试 ${suffix}`
const fundsText = '4800000.00'
let taskId

async function ok(r, status = 200) {
  assert.equal(r.status, status, r.text)
  return r.body
}

before(async () => {
  portal = await startPortal({ demo: true, name: 'results' })
  ;({ browser, page } = await openBrowser())
  mkdirSync(join(targetDir, 'e2e-files'), { recursive: true })
  writeFileSync(pdfFile, Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'))
  const unit = await apiToken(portal.url, 'unit1', portal.demoPassword)
  const unitMe = await ok(await apiCall(portal.url, 'GET', '/api/me', { token: unit }))
  // an engagement evaluating unit1's budget unit, taken to a submitted final report through the API
  let staff
  ;({ id: engagementId, staff } = await engagementUpTo(portal, 'REPORT_SUBMITTED', { reportName: '评价报告（正式稿）.pdf', engagement: {
    title, evaluatedUnits: [{ unit: '南京市人力资源和社会保障局', project: `职业技能提升补贴 ${suffix}`, funds: fundsText, budgetUnitId: unitMe.unitId }],
    fundsInvolved: fundsText } }))
  const entries = await ok(await apiCall(portal.url, 'GET', `/api/engagements/${engagementId}/results`, { token: staff }))
  assert.equal(entries.length, 1)
  assert.equal(entries[0].budgetUnitId, unitMe.unitId)
  assert.equal(entries[0].conclusion ?? null, null)
  evaluatedUnitId = entries[0].evaluatedUnitId
  funds = Number(fundsText)
})

after(async () => {
  await browser?.close()
  await portal?.stop()
})

async function openResults() {
  await page.goto(`${portal.url}/engagements/${engagementId}`)
  await page.waitForSelector('[data-test=engagement-title]')
  await page.click('[data-test=engagement-tabs] .el-tabs__item:has-text("评价结果")')
  await page.waitForSelector('[data-test=results-panel]')
}

test('staff approve the submitted final report in the review dialog', async () => {
  await signIn(page, portal.url, 'staff', portal.demoPassword)
  await page.goto(`${portal.url}/engagements/${engagementId}`)
  await page.waitForSelector('[data-test=engagement-title]')
  assert.match(await page.locator('[data-test=engagement-state]').textContent(), /报告待审核/)
  await page.click('[data-test=engagement-tabs] .el-tabs__item:has-text("评价报告")')
  await page.click('[data-test=report-review]')
  await page.fill('[data-test=review-comment]', '报告结构完整，结论依据充分')
  await page.click('[data-test=review-approve]')
  await page.waitForFunction(() => document.querySelector('[data-test=engagement-state]')?.textContent.includes('报告已通过'))
  await screenshot(page, 'results-report-approved')
})

test('staff record the result (中) and issue the feedback letter', async () => {
  await openResults()
  await page.click(`[data-test=record-${evaluatedUnitId}]`)
  await page.click('[data-test=finding-add]')
  await page.fill('[data-test=finding-text-0]', '部分资金拨付滞后，年底集中支付比例偏高')
  await page.fill('[data-test=result-recommendations]', '建立资金支付进度通报机制')
  await page.fill('[data-test=result-score]', '101')
  await page.click('[data-test=result-save]')
  await page.waitForSelector('.el-dialog .el-form-item__error')
  await page.fill('[data-test=result-score]', '75')
  await page.click('[data-test=result-save]')
  await page.waitForFunction((id) => document.querySelector(`[data-test=conclusion-${id}]`)?.textContent.includes('中 75'), evaluatedUnitId)
  await page.click(`[data-test=letter-${evaluatedUnitId}]`)
  await page.click('.el-message-box__btns .el-button--primary')
  await page.waitForSelector('[data-test=results-panel] .el-link:has-text("下载意见书")')
  await screenshot(page, 'results-letter-issued')
  await signOut(page)
})

test('the unit answers a task with evidence', async () => {
  await signIn(page, portal.url, 'unit1', portal.demoPassword)
  await page.click('[data-test="menu-/unit"]')
  await page.waitForSelector('[data-test=unit-tasks] .el-table__row')
  // unit1's only tasks are those of the letter just issued (its demo result has no letter)
  assert.equal(await page.locator('[data-test=unit-tasks] [data-test^=unit-task-]').count(), 1)
  await page.locator('[data-test=unit-tasks] [data-test^=unit-task-]').first().click()
  await page.waitForURL((u) => /\/rectifications\/\d+$/.test(u.pathname))
  taskId = new URL(page.url()).pathname.split('/').pop()
  await page.waitForSelector('[data-test=task-answer]')
  await page.setInputFiles('[data-test=task-file]', pdfFile)
  await page.waitForSelector('.el-descriptions a:has-text("evidence.pdf"), .el-descriptions .el-link:has-text("evidence")')
  await page.fill('[data-test=task-measures]', '已建立资金拨付台账，按月通报支付进度')
  await page.click('[data-test=task-submit]')
  await page.waitForFunction(() => document.querySelector('[data-test=task-status-tag]')?.textContent.includes('待审核'))
  await screenshot(page, 'results-task-answered')
  await signOut(page)
})

test('staff accept the answer; the suggested cut is 30–50 % of the evaluated funds', async () => {
  await signIn(page, portal.url, 'staff', portal.demoPassword)
  await page.click('[data-test=menu-group-results]')
  await page.click('[data-test="menu-/rectifications"]')
  await page.waitForSelector('[data-test=rectification-board]')
  await page.click('[data-test=task-status]')
  await page.locator('.el-select-dropdown__item:visible:has-text("待审核")').first().click()
  await page.waitForSelector('[data-test=tasks] [data-test^=task-open-]')
  await page.click(`[data-test=tasks] [data-test=task-open-${taskId}]`)
  await page.waitForSelector('[data-test=task-review]')
  await page.click('[data-test=task-accept]')
  await page.waitForFunction(() => document.querySelector('[data-test=task-status-tag]')?.textContent.includes('已通过'))

  await page.goto(`${portal.url}/result-applications`)
  await page.waitForSelector(`[data-test=suggested-${evaluatedUnitId}]`)
  const range = await page.locator(`[data-test=suggested-${evaluatedUnitId}]`).textContent()
  const amounts = range.match(/[\d,]+\.\d{2}/g).map((s) => Number(s.replace(/,/g, '')))
  assert.deepEqual(amounts, [Math.round(funds * 30) / 100, Math.round(funds * 50) / 100])
  await screenshot(page, 'results-applications')
})

test('staff publish the report and anyone reads it on the public page', async () => {
  await openResults()
  await page.waitForSelector('[data-test=publication]')
  await page.setInputFiles('[data-test=publication-file]', pdfFile)
  await page.fill('[data-test=publication-summary]', '联系人电话 13812345678')
  await page.click('[data-test=publication-submit]')
  await page.waitForSelector('[data-test=publication] .el-form-item__error')
  await page.fill('[data-test=publication-summary]', '该项目评价结论为中，已督促单位整改')
  await page.click('[data-test=publication-submit]')
  await page.waitForSelector('[data-test=publication] .el-tag:has-text("已公开")')
  await signOut(page)

  await page.goto(`${portal.url}/public/results`)
  await page.waitForSelector('[data-test=public-evaluation-results] .el-table__row')
  const row = page.locator('[data-test=public-evaluation-results] .el-table__row', { hasText: `职业技能提升补贴 ${suffix}` })
  await row.waitFor()
  assert.match(await row.textContent(), /南京市人力资源和社会保障局.*中/)
  await screenshot(page, 'results-public')
})
