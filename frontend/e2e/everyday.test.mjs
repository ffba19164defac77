// Everyday use in the browser (issue 11), each defect as a person meets it:
// - a download keeps its Chinese name (the browser's suggested file name);
// - an irreversible action asks first and says what follows, and cancelling changes nothing;
// - unsaved edits are not lost without a word: leaving a form, Esc / cancel on a half-filled dialog;
// - phones: public pages, registration and the agency's own pages at 390×844 have a drawer menu and
//   no sideways scrolling; the staff's agency pool at 1366×768 shows every column without a scroll.
// Screenshots: frontend/target/screenshots/everyday-*.png (zh; en where noted).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { answerConfirm, apiToken, openBrowser, screenshot, settled, signIn, signOut, startPortal } from './harness.mjs'
import { client } from './credit-api.mjs'

let portal
let browser
let page
let api
let agency
const password = 'Everyday-e2e-2026'
const staffName = `estaff${Date.now() % 100000}`
const PHONE = { width: 390, height: 844 }
const DESK = { width: 1366, height: 768 }

before(async () => {
  portal = await startPortal({ name: 'everyday' })
  ;({ browser, page } = await openBrowser())
  api = client(portal.url)
  const admin = await apiToken(portal.url, 'admin', portal.adminPassword)
  await api.createUser(admin, staffName, 'STAFF', password)
  agency = await api.approvedAgency(admin, '南京日常会计师事务所', password)
})

after(async () => {
  await browser?.close()
  await portal?.stop()
})

async function shot(name) {
  await page.waitForTimeout(400)
  await screenshot(page, `everyday-${name}`)
}

/** What scrolls sideways: the document, and the signed-in layout's main area (which scrolls by itself). */
function sidewaysOverflow(p = page) {
  return p.evaluate(() => {
    const out = []
    const doc = document.documentElement
    if (doc.scrollWidth > window.innerWidth) out.push(`document ${doc.scrollWidth} > ${window.innerWidth}`)
    const main = document.querySelector('.el-main')
    if (main && main.scrollWidth > main.clientWidth) out.push(`main ${main.scrollWidth} > ${main.clientWidth}`)
    return out
  })
}

test('a download keeps its Chinese name', async () => {
  await signIn(page, portal.url, staffName, password)
  await page.goto(portal.url + '/agencies')
  await page.waitForSelector('[data-test=pool-table] .el-table__row')
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=pool-export]')])
  assert.equal(download.suggestedFilename(), '机构库.xlsx')
  await signOut(page)
})

test('submitting the profile asks first and says what follows; cancelling submits nothing', async () => {
  await signIn(page, portal.url, agency.username, password)
  await page.click('[data-test="menu-/agency/profile"]')
  await page.waitForSelector('[data-test=profile-submit]')
  const stateBefore = await page.locator('[data-test=profile-state]').innerText()
  await page.click('[data-test=profile-submit]')
  const text = await answerConfirm(page, { says: /财政局审核/, accept: false })
  assert.match(text, /提交变更申请/)
  await page.waitForTimeout(300)
  assert.equal(await page.locator('[data-test=profile-state]').innerText(), stateBefore, 'nothing was submitted')
  const mine = await api.get('/api/agencies/me', agency.token)
  assert.notEqual(mine.changeState, 'SUBMITTED')
})

test('leaving the profile with unsaved edits asks; staying keeps them, discarding leaves', async () => {
  // a clean form is left without a question
  await page.click('[data-test="menu-/engagements"]')
  await page.waitForURL((u) => u.pathname === '/engagements')
  await page.click('[data-test="menu-/agency/profile"]')
  await page.waitForSelector('[data-test=f-businessScope]')
  await page.fill('[data-test=f-businessScope]', '审计、预算绩效评价、专项资金检查')
  await page.click('[data-test="menu-/engagements"]')
  await answerConfirm(page, { says: /尚未保存/, accept: false })
  assert.equal(new URL(page.url()).pathname, '/agency/profile')
  assert.equal(await page.inputValue('[data-test=f-businessScope]'), '审计、预算绩效评价、专项资金检查', 'what was typed stays')
  await page.click('[data-test="menu-/engagements"]')
  await answerConfirm(page, { says: /尚未保存/ })
  await page.waitForURL((u) => u.pathname === '/engagements')
  // saved edits leave without a question
  await page.click('[data-test="menu-/agency/profile"]')
  await page.waitForSelector('[data-test=f-businessScope]')
  assert.notEqual(await page.inputValue('[data-test=f-businessScope]'), '审计、预算绩效评价、专项资金检查', 'the discarded edit was not saved')
  await page.fill('[data-test=f-businessScope]', '审计、预算绩效评价')
  await page.click('[data-test=profile-save]')
  await page.waitForSelector('.el-message--success')
  await page.click('[data-test="menu-/engagements"]')
  await page.waitForURL((u) => u.pathname === '/engagements')
  assert.equal(await page.locator('.portal-confirm').count(), 0, 'saved edits leave without a question')
  // an expired certificate's row stands out, with the word beside the date
  await page.click('[data-test="menu-/agency/profile"]')
  await page.waitForSelector('[data-test=tab-leadEvaluators]')
  await page.click('[data-test=tab-leadEvaluators]')
  const expires = page.locator('[data-test=f-leadEvaluators-0-certificates-0-expiresOn] input')
  assert.equal(await page.locator('.certs .cert-expired').count(), 0)
  await expires.fill('2020-06-30')
  await expires.press('Tab')
  await page.waitForSelector('.certs .cert-expired')
  assert.equal((await page.locator('[data-test=cert-expired-leadEvaluators-0-certificates-0-expiresOn]').innerText()).trim(), '已过期')
  await shot('certificate-expired')
  // leaving now asks (the date was changed); discard and leave
  await page.click('[data-test="menu-/engagements"]')
  await answerConfirm(page, { says: /尚未保存/ })
  await page.waitForURL((u) => u.pathname === '/engagements')
  await signOut(page)
})

test('a half-filled dialog asks before Esc or cancel discards it; blacklisting asks what follows', async () => {
  await signIn(page, portal.url, 'admin', portal.adminPassword)
  await page.goto(`${portal.url}/credit/agencies/${agency.id}`)
  const dialog = page.locator('.el-dialog', { has: page.locator('[data-test=blacklist-submit]') })
  // an untouched dialog closes on Esc without a question
  await page.click('[data-test=blacklist-open]')
  await dialog.waitFor()
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'hidden' })
  assert.equal(await page.locator('.portal-confirm').count(), 0)

  await page.click('[data-test=blacklist-open]')
  await dialog.waitFor()
  await page.fill('[data-test=blacklist-reason]', '出具严重失实的评价报告')
  await page.keyboard.press('Escape')
  await answerConfirm(page, { says: /尚未保存/, accept: false })
  assert.ok(await dialog.isVisible(), 'the dialog stays open')
  assert.equal(await page.inputValue('[data-test=blacklist-reason]'), '出具严重失实的评价报告')
  await shot('dialog-kept')

  // the irreversible step asks and says what follows; cancelling sends nothing
  await page.click('[data-test=blacklist-submit]')
  await answerConfirm(page, { says: /严重失信主体名单.*不能被选定/s, accept: false })
  assert.ok(await dialog.isVisible())
  assert.equal(await page.locator('[data-test=blacklisted]').count(), 0, 'not blacklisted')

  await page.click('[data-test=blacklist-cancel]')
  await answerConfirm(page, { says: /尚未保存/ })
  await dialog.waitFor({ state: 'hidden' })
  // opened again, it starts empty
  await page.click('[data-test=blacklist-open]')
  await dialog.waitFor()
  assert.equal(await page.inputValue('[data-test=blacklist-reason]'), '')
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'hidden' })
  await signOut(page)
})

test('the audit log reads in words: names, links, before/after, drop-down filters, an Excel export', async () => {
  await signIn(page, portal.url, 'admin', portal.adminPassword)
  await page.click('[data-test=menu-group-system]')
  await page.click('[data-test="menu-/admin/audit-log"]')
  await page.waitForSelector('[data-test=audit-table] .el-table__row')
  // drop-downs with names, not free-text codes
  await page.click('[data-test=audit-entity-type]')
  await page.locator('.el-select-dropdown__item:visible', { hasText: /^机构$/ }).click()
  await page.click('[data-test=audit-action]')
  await page.locator('.el-select-dropdown__item:visible', { hasText: '审核机构信息' }).click()
  await page.waitForFunction(() => [...document.querySelectorAll('[data-test=audit-table] .el-table__row')].length > 0
    && [...document.querySelectorAll('[data-test=audit-action-name]')].every((e) => e.textContent.trim() === '审核机构信息'))
  const row = page.locator('[data-test=audit-table] .el-table__row', { hasText: agency.name }).first()
  assert.match(await row.innerText(), /审核机构信息/)
  assert.doesNotMatch(await row.innerText(), /AGENCY_REVIEWED|Agency #/)
  // the change as a before/after table
  const changes = row.locator('[data-test=audit-changes]')
  assert.match(await changes.locator('thead').innerText(), /原值\s+新值/)
  assert.match(await changes.innerText(), /status\s+SUBMITTED\s+APPROVED/)
  await shot('audit-log-zh')
  // the Excel export keeps the filters and its Chinese name
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=audit-export]')])
  assert.equal(download.suggestedFilename(), '审计日志.xlsx')
  // in English, the names follow the language
  await page.click('[data-test=language-switch]')
  await page.waitForFunction(() => [...document.querySelectorAll('[data-test=audit-action-name]')].some((e) => e.textContent.trim() === 'Profile reviewed'))
  await shot('audit-log-en')
  await page.click('[data-test=language-switch]')
  // the object's name links to its page
  await row.locator('[data-test=audit-object-link]').click()
  await page.waitForURL((u) => u.pathname === `/agencies/${agency.id}`)
  await signOut(page)
})

test('the agency pool shows every column at 1366×768', async () => {
  await page.setViewportSize(DESK)
  await signIn(page, portal.url, staffName, password)
  await page.goto(portal.url + '/agencies')
  await page.waitForSelector('[data-test=pool-table] .el-table__row')
  await settled(page)
  assert.deepEqual(await sidewaysOverflow(), [])
  const table = await page.locator('[data-test=pool-table] .el-table__body-wrapper .el-scrollbar__wrap').evaluate((el) =>
    ({ scroll: el.scrollWidth, client: el.clientWidth }))
  assert.ok(table.scroll <= table.client, `the pool's columns fit: ${table.scroll} ≤ ${table.client}`)
  await shot('pool-1366')

  // the session ends elsewhere (signed out on another device): the sign-in page says so once, no toast besides
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('portal.session')))
  const out = await fetch(`${portal.url}/api/logout`, { method: 'POST', headers: { 'Content-Type': 'application/json',
    Authorization: `Bearer ${stored.accessToken}` }, body: JSON.stringify({ refreshToken: stored.refreshToken }) })
  assert.ok(out.ok, `logout: ${out.status}`)
  await page.click('[data-test=pool-search]')
  await page.waitForURL((u) => u.pathname === '/login')
  await page.waitForSelector('text=登录已过期')
  await page.waitForTimeout(800)
  assert.equal(await page.locator('.el-message--error').count(), 0, 'no toast beside the banner')
})

test('public pages and registration fit a phone', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: PHONE, isMobile: true, hasTouch: true })
  const phone = await context.newPage()
  phone.setDefaultTimeout(15_000)
  try {
    for (const [path, ready] of [['/login', '[data-test=login-submit]'], ['/register', '[data-test=reg-submit]'],
      ['/directory', '[data-test=directory-table]'], [`/directory/${agency.id}`, '[data-test=public-card]'],
      ['/public/blacklist', '[data-test=public-blacklist]'], ['/public/credit-results', '[data-test=results-year-select], [data-test=public-results], .el-empty']]) {
      await phone.goto(portal.url + path)
      await phone.waitForSelector(ready)
      await settled(phone)
      assert.deepEqual(await sidewaysOverflow(phone), [], `${path} scrolls sideways at 390 px`)
      const name = path.replaceAll('/', '-').replace(/^-/, '').replace(/-\d+$/, '-card')
      await phone.screenshot({ path: await screenshotPath(`phone-${name}`), fullPage: true })
    }
    // in English too (longer words): no sideways scrolling
    await phone.evaluate(() => localStorage.setItem('portal.language', 'en'))
    for (const [path, ready] of [['/login', '[data-test=login-submit]'], ['/register', '[data-test=reg-submit]'],
      ['/directory', '[data-test=directory-table]'], ['/public/blacklist', '[data-test=public-blacklist]']]) {
      await phone.goto(portal.url + path)
      await phone.waitForSelector(ready)
      await settled(phone)
      assert.deepEqual(await sidewaysOverflow(phone), [], `${path} in English scrolls sideways at 390 px`)
      await phone.screenshot({ path: await screenshotPath(`phone-${path.slice(1).replaceAll('/', '-')}-en`), fullPage: true })
    }
    await phone.evaluate(() => localStorage.setItem('portal.language', 'zh-CN'))
    // the public header keeps the portal's name on one line
    await phone.goto(portal.url + '/directory')
    await phone.waitForSelector('[data-test=directory-table]')
    const brand = await phone.locator('header .brand').evaluate((el) => ({ h: el.getBoundingClientRect().height, lh: parseFloat(getComputedStyle(el).lineHeight) }))
    assert.ok(brand.h <= brand.lh * 2 + 1, `the title takes ${brand.h} px`)
  } finally {
    await context.close()
  }
})

test("the agency's own pages fit a phone, with the menu in a drawer", async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: PHONE, isMobile: true, hasTouch: true })
  const phone = await context.newPage()
  phone.setDefaultTimeout(15_000)
  try {
    await phone.goto(portal.url + '/login')
    await phone.fill('[data-test=username]', agency.username)
    await phone.fill('[data-test=password]', password)
    await phone.click('[data-test=login-submit]')
    await phone.waitForSelector('[data-test=menu-toggle]')
    assert.equal(await phone.locator('.el-aside').count(), 0, 'no sidebar on a phone')
    // the home page as the agency sees it once its parts have loaded (not while they are still coming in)
    for (const part of ['agency-home', 'engagement-home', 'credit-widget']) await phone.waitForSelector(`[data-test=${part}]`)
    await settled(phone)
    assert.deepEqual(await sidewaysOverflow(phone), [], 'home')
    await phone.screenshot({ path: await screenshotPath('phone-home'), fullPage: true })
    // the drawer opens from the header and closes when a page is chosen
    await phone.click('[data-test=menu-toggle]')
    await phone.click('[data-test="menu-/agency/profile"]')
    await phone.waitForURL((u) => u.pathname === '/agency/profile')
    await phone.waitForSelector('[data-test=f-businessScope]')
    await phone.locator('[data-test=menu-drawer-panel]').waitFor({ state: 'hidden' })
    await settled(phone)
    assert.deepEqual(await sidewaysOverflow(phone), [], 'the profile')
    await phone.screenshot({ path: await screenshotPath('phone-profile'), fullPage: true })
    for (const tab of ['legalRepresentative', 'leadEvaluators', 'documents', 'declaration']) {
      await phone.click(`[data-test=tab-${tab}]`)
      await settled(phone)
      assert.deepEqual(await sidewaysOverflow(phone), [], `the profile's ${tab} tab`)
    }
    for (const path of ['/engagements', '/credit/me', '/inbox', '/account/password']) {
      if (path === '/account/password') {
        await phone.goto(portal.url + path)
      } else {
        await phone.click('[data-test=menu-toggle]')
        await phone.click(`[data-test="menu-${path}"]`)
      }
      await phone.waitForURL((u) => u.pathname === path)
      await settled(phone)
      assert.deepEqual(await sidewaysOverflow(phone), [], `${path} scrolls sideways at 390 px`)
      await phone.screenshot({ path: await screenshotPath(`phone-${path.slice(1).replaceAll('/', '-')}`), fullPage: true })
    }
  } finally {
    await context.close()
  }
})

async function screenshotPath(name) {
  const { screenshotDir } = await import('./harness.mjs')
  const { mkdirSync } = await import('node:fs')
  mkdirSync(screenshotDir, { recursive: true })
  return `${screenshotDir}/everyday-${name}.png`
}
