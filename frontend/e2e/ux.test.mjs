// Everyday use, the rest of issue 11, as a person sees it in the browser:
// - validation from one definition: the forms mark and check their fields with the rules and messages
//   the server publishes (GET /api/forms/{name}); the browser's message is the server's, word for word;
// - an ADMIN names the portal (门户设置): the header, the sign-in page and the browser tab say it;
// - the staff's agency record has its engagements and credit record; the credit-event dialog picks an
//   engagement by searching its title instead of asking for an id;
// - breadcrumbs on inner pages;
// - who acted is named as people are named: the agency record's review history shows 系统管理员, not admin;
// - lists share one toolbar (filters, 查询, 重置, 导出) and one row action column (审核 where something waits,
//   查看, 评审 for an invited expert), the expert pool and the panel list too;
// - record pages show a skeleton while the record loads, and a failed load ends it with a retry;
// - the agency's 信用预测: its grade now, and the grade on a day it asks about.
// Screenshots: frontend/target/screenshots/ux-*.png.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { apiCall, apiToken, openBrowser, screenshot, signIn, signOut, startPortal } from './harness.mjs'
import { client, residentId, uscc } from './credit-api.mjs'

let portal
let browser
let page
let api
let admin
let staffToken
let agency
let engagementId
const password = 'Ux-e2e-2026-pass'
const staffName = `uxstaff${Date.now() % 100000}`
const title = '××县财政局预算绩效第三方机构管理系统'
const day = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10)

before(async () => {
  portal = await startPortal({ name: 'ux' })
  ;({ browser, page } = await openBrowser())
  api = client(portal.url)
  admin = await apiToken(portal.url, 'admin', portal.adminPassword)
  const staff = await api.createUser(admin, staffName, 'STAFF', password)
  staffToken = staff
  agency = await api.approvedAgency(admin, '南京体验会计师事务所', password)
  const me = await api.get('/api/me', staff)
  const created = await api.post('/api/engagements', { title: '城区义务教育补助资金绩效评价', type: 'KEY_EVALUATION',
    commissioningUnit: '南京市教育局', evaluatedUnits: [{ unit: '南京市第一中学', project: '义务教育补助', funds: '1000000.00' }],
    fundsInvolved: '3000000.00', fee: '60000.00', plannedStart: day(1), plannedEnd: day(90), supervisorId: me.id }, staff)
  engagementId = created.id
  await api.post(`/api/engagements/${engagementId}/selection`, { method: 'MERIT', agencyId: agency.id, justification: '信用良好，同类业绩多' }, staff)
    .catch((e) => console.error(`selecting the agency failed: ${e.message}`))
})

after(async () => {
  await browser?.close()
  await portal?.stop()
})

const fieldError = (testId) => page.locator(`.el-form-item:has([data-test="${testId}"]) .el-form-item__error`)

test('registration marks and checks its fields with the server\'s rules and words, before sending', async () => {
  const posted = []
  const watch = (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/registrations')) posted.push(r.url()) }
  page.on('request', watch)
  await page.goto(portal.url + '/register')
  await page.waitForSelector('[data-test=reg-agencyName]')
  // the required marks come from the server's NotBlank/NotNull constraints of the registration
  await page.waitForFunction(() => document.querySelectorAll('[data-test=register-form] .el-form-item.is-required').length >= 8)
  await page.fill('[data-test=reg-username]', 'a b')
  await page.click('[data-test=reg-submit]')
  await fieldError('reg-agencyName').waitFor()
  assert.equal((await fieldError('reg-agencyName').innerText()).trim(), '不能为空')
  const browserSays = (await fieldError('reg-username').innerText()).trim()
  // the server answers the same mistake with the same words
  const server = await apiCall(portal.url, 'POST', '/api/registrations', { body: { username: 'a b' } })
  const serverSays = server.body.fieldErrors.find((f) => f.field === 'username').message
  assert.equal(browserSays, serverSays)
  assert.equal(posted.length, 0, 'nothing was sent while the browser knew it would be refused')
  await screenshot(page, 'ux-registration-checked')
  page.off('request', watch)
})

test('the engagement form marks its required fields from the server and checks money as typed', async () => {
  await signIn(page, portal.url, staffName, password)
  await page.goto(portal.url + '/engagements/new')
  await page.waitForSelector('[data-test=f-title]')
  await page.waitForFunction(() => document.querySelectorAll('[data-test=engagement-form] .el-form-item.is-required').length >= 6)
  await page.fill('[data-test=f-fee]', '12,000,000.555')
  await page.click('[data-test=f-save]')
  await fieldError('f-title').waitFor()
  assert.equal((await fieldError('f-title').innerText()).trim(), '不能为空')
  assert.match(await fieldError('f-fee').innerText(), /小数最多 2 位/)
  await page.fill('[data-test=f-fee]', '1.2万')
  await page.locator('[data-test=f-fee]').blur()
  // 1.2万 is money as people type it: the message goes
  await fieldError('f-fee').waitFor({ state: 'detached' })
  // a breadcrumb says where the page sits
  assert.match(await page.locator('[data-test=breadcrumb]').innerText(), /工作台\s*\/\s*委托业务\s*\/\s*详情/)
  await screenshot(page, 'ux-engagement-form-checked')
})

test('the staff agency record shows the agency\'s engagements and credit record', async () => {
  await page.goto(`${portal.url}/agencies/${agency.id}`)
  await page.click('#tab-engagements')
  await page.waitForSelector(`[data-test="agency-engagement-${engagementId}"]`)
  assert.match(await page.locator(`[data-test="agency-engagement-${engagementId}"]`).innerText(), /义务教育补助资金/)
  await page.click('#tab-credit')
  await page.waitForSelector('#pane-credit [data-test=credit-summary]')
  await screenshot(page, 'ux-agency-record-credit')
})

test('the credit-event dialog picks the engagement by searching its title', async () => {
  await page.goto(portal.url + '/credit/events')
  await page.click('[data-test=propose-open]')
  const dialog = page.locator('.el-dialog', { has: page.locator('[data-test=propose-submit]') })
  await dialog.locator('.el-select').first().click()
  await page.keyboard.type('南京体验')
  await page.locator(`[data-test="agency-option-${agency.id}"]`).click()
  // the engagement: searched by its title among the agency's engagements, not typed as an id
  const picker = dialog.locator('.el-select').nth(2)
  await picker.click()
  await page.keyboard.type('义务教育')
  await page.locator(`[data-test="engagement-option-${engagementId}"]`).click()
  assert.match(await picker.innerText(), new RegExp(`#${engagementId} 城区义务教育补助资金绩效评价`))
  await screenshot(page, 'ux-credit-engagement-picker')
  await page.goto(portal.url + '/')
  await signOut(page)
})

test('the users list sorts names as people read them: …2 before …10', async () => {
  const prefix = 'uxn' + Date.now().toString(36)
  for (const n of ['10', '2', '1']) await api.createUser(admin, `${prefix}x${n}`, 'STAFF', password)
  await signIn(page, portal.url, 'admin', portal.adminPassword)
  await page.goto(portal.url + '/admin/users')
  await page.fill('[data-test=users-q]', prefix)
  await page.press('[data-test=users-q]', 'Enter')
  // the filtered list: exactly the three rows (the unfiltered first page may show them among others)
  await page.waitForFunction((p) => {
    const rows = [...document.querySelectorAll('[data-test=users-table] .el-table__body tr')]
    return rows.length === 3 && rows.every((r) => r.textContent.includes(p))
  }, prefix)
  const names = await page.$$eval('[data-test=users-table] .el-table__body tr td:first-child', (tds) => tds.map((td) => td.textContent.trim()))
  assert.deepEqual(names, [`${prefix}x1`, `${prefix}x2`, `${prefix}x10`])
  await signOut(page)
})

test('the engagement timeline shows who acted by name, not by user name', async () => {
  await signIn(page, portal.url, staffName, password)
  await page.goto(`${portal.url}/engagements/${engagementId}`)
  const timeline = page.locator('[data-test=engagement-timeline]')
  await timeline.waitFor()
  assert.match(await timeline.innerText(), new RegExp(`业务员${staffName}`))
  await signOut(page)
})

test('the agency record\'s review history names the reviewer and the submitter, not their user names', async () => {
  await signIn(page, portal.url, staffName, password)
  await page.goto(`${portal.url}/agencies/${agency.id}`)
  await page.click('#tab-versions')
  const versions = page.locator('[data-test=versions-table] .el-table__body')
  await versions.waitFor()
  await page.waitForFunction(() => document.querySelector('[data-test=versions-table] .el-table__body')?.textContent.includes('系统管理员'))
  const text = await versions.innerText()
  assert.match(text, /系统管理员：/, 'the ADMIN who approved, by display name')
  assert.ok(text.includes(agency.name), 'the agency\'s account submitted, by the agency\'s name')
  assert.ok(!text.includes(agency.username) && !/\badmin\b/.test(text), text)
  await signOut(page)
})

test('an ADMIN names the portal: header, sign-in page and browser tab say it, and the audit log records it', async () => {
  await signIn(page, portal.url, 'admin', portal.adminPassword)
  await page.goto(portal.url + '/admin/settings')
  await page.fill('[data-test=title-zh]', title)
  await page.fill('[data-test=title-en]', 'County Agency Portal')
  await page.click('[data-test=portal-settings-save]')
  await page.waitForFunction((t) => document.querySelector('[data-test=portal-title]')?.textContent.trim() === t, title)
  assert.equal(await page.title(), title)
  assert.match(await page.locator('[data-test=breadcrumb]').innerText(), /系统设置\s*\/\s*门户设置/)
  const log = await api.get('/api/audit-log?action=PORTAL_SETTINGS_CHANGED', admin)
  assert.equal(log.content.length, 1)
  await screenshot(page, 'ux-portal-settings')
  await signOut(page)
  await page.waitForFunction((t) => document.querySelector('[data-test=portal-title]')?.textContent.trim() === t, title)
  assert.equal(await page.title(), title)
})

test('an agency\'s profile says what submitting needs before asking, with the server\'s words', async () => {
  const username = 'uxag' + Date.now().toString(36)
  await apiCall(portal.url, 'POST', '/api/registrations', { body: { username, password, agencyName: '南京空白咨询有限公司',
    uscc: uscc(), agencyType: 'ACCOUNTING_FIRM',
    contactName: '李联系', contactPhone: '13912345679', email: 'empty@example.cn' } })
  await signIn(page, portal.url, username, password)
  await page.goto(portal.url + '/agency/profile')
  await page.waitForSelector('[data-test=profile-submit]')
  // the fields a submission needs are marked, from the server's submission check
  await page.waitForFunction(() => document.querySelector('.el-form-item.is-required [data-test=f-registeredAddress]') !== null)
  await page.click('[data-test=profile-submit]')
  await fieldError('f-registeredAddress').waitFor()
  assert.equal(await page.locator('.portal-confirm').count(), 0, 'no confirmation for a submission the server would refuse')
  const browserSays = (await fieldError('f-registeredAddress').innerText()).trim()
  const token = await apiToken(portal.url, username, password)
  const server = await apiCall(portal.url, 'POST', '/api/agencies/me/submission', { token })
  assert.equal(server.status, 422)
  assert.equal(browserSays, server.body.fieldErrors.find((f) => f.field === 'registeredAddress').message)
  await screenshot(page, 'ux-profile-submission-checked')
  await signOut(page)
})

test('the expert pool and the panel list have a row action: 审核 where a registration waits, else 查看; an invited expert 评审', async () => {
  const stamp = Date.now().toString(36)
  const register = async (name, specialty, birth) => {
    const username = `uxe${stamp}${birth.slice(2, 4)}`
    const { id } = await api.post('/api/expert-registrations', { name, idNumber: residentId('320102', birth, '231'), title: 'SENIOR',
      specialties: [specialty], employer: '南京审计大学', phone: `139${birth}`.slice(0, 11), username, password })
    return { id, username }
  }
  const drawn = await register('周审计', 'FINANCE_ACCOUNTING', '19750301')
  const waiting = await register('吴申请', 'EDUCATION', '19820405')
  await api.post(`/api/experts/${drawn.id}/review`, { decision: 'APPROVE' }, staffToken)
  const panel = await api.post(`/api/engagements/${engagementId}/expert-panels`, { size: 1, specialty: 'FINANCE_ACCOUNTING', purpose: 'PLAN' }, staffToken)
  assert.deepEqual(panel.members, [drawn.id])

  await signIn(page, portal.url, staffName, password)
  await page.goto(portal.url + '/experts')
  const review = page.locator(`[data-test="expert-action-${waiting.id}"]`)
  await review.waitFor()
  assert.equal((await review.innerText()).trim(), '审核')
  assert.equal((await page.locator(`[data-test="expert-action-${drawn.id}"]`).innerText()).trim(), '查看')
  await screenshot(page, 'ux-expert-row-actions')
  await review.click()
  await page.waitForSelector('[data-test=expert-approve]')
  assert.equal(new URL(page.url()).pathname, `/experts/${waiting.id}`)
  await page.goto(portal.url + '/expert-panels')
  const view = page.locator(`[data-test="panel-action-${panel.id}"]`)
  await view.waitFor()
  assert.equal((await view.innerText()).trim(), '查看')
  await signOut(page)

  // the expert drawn for the open panel: the same row says 评审 and leads to the panel
  await signIn(page, portal.url, drawn.username, password)
  await page.goto(portal.url + '/expert-panels')
  const mine = page.locator(`[data-test="panel-action-${panel.id}"]`)
  await mine.waitFor()
  assert.equal((await mine.innerText()).trim(), '评审')
  await screenshot(page, 'ux-panel-row-action-expert')
  await mine.click()
  await page.waitForURL((u) => u.pathname === `/expert-panels/${panel.id}`)
  await signOut(page)
})

test('the standings, objections and inspections lists share one toolbar: filters, 查询 and 重置, in both languages', async () => {
  await signIn(page, portal.url, staffName, password)
  await page.goto(portal.url + '/credit/standings')
  await page.fill('[data-test=standings-q]', '南京体验')
  await page.click('[data-test=standings-search]')
  await page.waitForFunction((name) => {
    const rows = [...document.querySelectorAll('[data-test=standings-table] .el-table__body tr')]
    return rows.length === 1 && rows[0].textContent.includes(name)
  }, agency.name)
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=standings-export]')])
  assert.match(download.suggestedFilename(), /^机构信用等级-\d{4}-\d{2}-\d{2}\.xlsx$/)
  await page.click('[data-test=standings-reset]')
  assert.equal(await page.inputValue('[data-test=standings-q]'), '')
  for (const [path, id] of [['/credit/objections', 'objections'], ['/supervision/inspections', 'inspections']]) {
    await page.goto(portal.url + path)
    await page.waitForSelector(`[data-test=${id}-toolbar]`)
    assert.equal((await page.locator(`[data-test=${id}-search]`).innerText()).trim(), '查询')
    assert.equal((await page.locator(`[data-test=${id}-reset]`).innerText()).trim(), '重置')
  }
  await page.goto(portal.url + '/credit/objections')
  const [objections] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=objections-export]')])
  assert.match(objections.suggestedFilename(), /^信用异议-\d{4}-\d{2}-\d{2}\.xlsx$/)
  // the same toolbar and row action in English, with the export where a list has one
  await page.evaluate(() => localStorage.setItem('portal.language', 'en'))
  try {
    await page.goto(portal.url + '/agencies')
    const action = page.locator(`[data-test="pool-action-${agency.id}"]`)
    await action.waitFor()
    assert.equal((await action.innerText()).trim(), 'View')
    assert.equal((await page.locator('[data-test=pool-search]').innerText()).trim(), 'Search')
    assert.equal((await page.locator('[data-test=pool-reset]').innerText()).trim(), 'Reset')
    assert.equal((await page.locator('[data-test=pool-export]').innerText()).trim(), 'Export Excel')
    await screenshot(page, 'ux-list-toolbar-en')
  } finally {
    await page.evaluate(() => localStorage.setItem('portal.language', 'zh-CN'))
  }
  await signOut(page)
})

test('a record page shows a skeleton while its record loads, then the record; a failed load ends with a retry', async () => {
  await signIn(page, portal.url, staffName, password)
  let release
  const held = new Promise((ok) => { release = ok })
  const agencyRecord = (u) => u.pathname === `/api/agencies/${agency.id}`
  // a request the page has given up on (a navigation that superseded it) is handled already: nothing to continue
  await page.route(agencyRecord, async (route) => { await held; await route.continue().catch(() => {}) })
  await page.goto(`${portal.url}/agencies/${agency.id}`)
  await page.waitForSelector('[data-test=record-skeleton] .el-skeleton')
  await screenshot(page, 'ux-record-skeleton')
  release()
  await page.waitForSelector('[data-test=record-skeleton]', { state: 'detached' })
  assert.match(await page.locator('.page-title').first().innerText(), /南京体验会计师事务所/)
  await page.unroute(agencyRecord)

  let failing = true
  const engagementRecord = (u) => u.pathname === `/api/engagements/${engagementId}`
  await page.route(engagementRecord, (route) => (failing ? route.fulfill({ status: 503, body: '' }) : route.continue()).catch(() => {}))
  await page.goto(`${portal.url}/engagements/${engagementId}`)
  await page.waitForSelector('[data-test=record-failed]')
  assert.equal(await page.locator('[data-test=record-skeleton]').count(), 0, 'no skeleton left after a failed load')
  assert.match(await page.locator('[data-test=record-failed]').innerText(), /未能加载/)
  failing = false
  await page.click('[data-test=record-retry]')
  await page.waitForSelector('[data-test=engagement-title]')
  await page.unroute(engagementRecord)
  await signOut(page)
})

test('the agency\'s 信用预测 shows its grade now and the grade on a day it asks about', async () => {
  // an event of -10 points in force from today (confirmed; the agency waives its objection window)
  const event = await api.post('/api/credit-events', { agencyId: agency.id, type: 'OBSTRUCTED_INSPECTION',
    evidence: '拒绝提供执业质量检查所需的工作底稿。' }, staffToken)
  await api.post(`/api/credit-events/${event.id}/confirmation`, { comment: '情况属实' }, admin)
  await api.post(`/api/credit-events/${event.id}/waiver`, {}, agency.token)
  const now = await api.get(`/api/agencies/${agency.id}/credit/forecast`, agency.token)
  // what stops counting by a day five years on, as the page asks
  const far = await api.get(`/api/agencies/${agency.id}/credit/forecast?on=${Number(now.today.slice(0, 4)) + 5}${now.today.slice(4)}`, agency.token)
  const expiry = far.expiring.find((e) => e.eventId === event.id).expiresOn
  const later = new Date(Date.parse(expiry) + 86400000).toISOString().slice(0, 10)
  const then = await api.get(`/api/agencies/${agency.id}/credit/forecast?on=${later}`, agency.token)
  assert.notEqual(then.grade, now.gradeToday, 'the event\'s expiry changes the grade')
  // the headline names the first day the grade differs (the server's answer for the expiry day decides whether that is it)
  const atExpiry = await api.get(`/api/agencies/${agency.id}/credit/forecast?on=${expiry}`, agency.token)
  const change = atExpiry.grade !== now.gradeToday ? { on: expiry, grade: atExpiry.grade } : null

  await signIn(page, portal.url, agency.username, password)
  await page.click('[data-test="menu-/integrity/forecast"]')
  // the grade now, and from when it changes if nothing new is recorded
  const expected = change
    ? `当前 ${now.gradeToday} 级（${now.scoreToday} 分）；若无新的信用记录，${change.on} 起为 ${change.grade} 级`
    : `当前 ${now.gradeToday} 级（${now.scoreToday} 分），今后五年内等级不因记录到期而变化`
  await page.waitForFunction((text) => document.querySelector('[data-test=forecast-headline]')?.textContent.trim() === text, expected)
    .catch(async (e) => {
      throw new Error(`headline: ${await page.locator('[data-test=forecast-headline]').innerText().catch(() => '(none)')}, expected ${expected}`, { cause: e })
    })
  // what expires, by the name of the event as it was recorded
  assert.match(await page.locator('[data-test=forecast-explained]').innerText(), new RegExp(`拒绝或阻挠执业质量检查：-10 分，${expiry} 到期`))
  // a day the agency asks about
  const day = page.locator('.el-form-item', { hasText: '查询日期' }).locator('.el-date-editor input')
  await day.fill(later)
  await day.press('Enter')
  await page.keyboard.press('Escape')
  await page.click('[data-test=forecast-ask]')
  const answer = page.locator('[data-test=forecast-answer]')
  await answer.waitFor()
  assert.equal((await answer.innerText()).trim(), `若无新的信用记录，${later} 的得分为 ${then.score} 分，等级 ${then.grade}`)
  await screenshot(page, 'ux-credit-forecast')
  await signOut(page)
})
