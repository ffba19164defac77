// The front end as a browser gets it (issue 9, item 5): Element Plus components, their CSS, icons and
// ECharts are loaded on demand per page, so each screen must still look complete; Element Plus's own
// texts follow the language switch; and nothing needs an inline script or style, so the portal can
// send a strict Content-Security-Policy (it does: harness.mjs checks the portal's header on every page).
// Screenshots of the key pages in both languages go to frontend/target/screenshots/ (ui-*.png).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { apiToken, openBrowser, screenshot, signIn, signOut, startPortal } from './harness.mjs'
import { client } from './credit-api.mjs'

let portal
let browser
let page
let violations
const password = 'Ui-e2e-2026'
const staffName = `uistaff${Date.now() % 100000}`

before(async () => {
  portal = await startPortal({ name: 'ui' })
  const api = client(portal.url)
  const admin = await apiToken(portal.url, 'admin', portal.adminPassword)
  await api.createUser(admin, staffName, 'STAFF', password)
  await api.approvedAgency(admin, '南京明理会计师事务所', password)
  // every page runs under the portal's strict Content-Security-Policy; the harness collects what it blocks
  ;({ browser, page, cspViolations: violations } = await openBrowser())
  page.on('pageerror', (e) => violations.push(`page error: ${e.message}`))
})

after(async () => {
  await browser?.close()
  await portal?.stop()
})

/** Lets Element Plus finish its transitions before a screenshot. */
async function shot(name) {
  await page.waitForTimeout(500)
  await screenshot(page, name)
}

/** The computed style of the first element matching the selector. */
const styleOf = (selector, property) =>
  page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property)

test('the sign-in page is styled, without inline code, in both languages', async () => {
  await page.goto(portal.url + '/login')
  await page.waitForSelector('[data-test=login-submit]')
  // the policy is in force: an inline style added now is refused and reported
  await page.evaluate(() => {
    const style = document.createElement('style')
    style.textContent = 'body { color: red }'
    document.head.appendChild(style)
  })
  await page.waitForTimeout(200)
  assert.equal(violations.length, 1)
  assert.match(violations[0], /style-src/)
  violations.length = 0
  // Element Plus's CSS arrived with its components: a primary button is filled, the input has a border
  assert.notEqual(await styleOf('[data-test=login-submit]', 'background-color'), 'rgba(0, 0, 0, 0)')
  assert.equal(await styleOf('[data-test=login-submit]', 'cursor'), 'pointer')
  assert.match(await styleOf('.el-input__wrapper', 'box-shadow'), /rgb/)
  await shot('ui-login-zh')
  await page.getByText('English').click()
  await page.waitForSelector('text=Sign in')
  await shot('ui-login-en')
  await page.getByText('中文').click()
  await page.waitForSelector('text=登录')
  assert.deepEqual(violations, [])
})

test('the signed-in pages get their components, icons and charts on demand', async () => {
  await signIn(page, portal.url, staffName, password)
  // menu icons are components imported by the areas: each renders an <svg>
  const icons = await page.locator('[data-test=menu] .el-icon svg').count()
  assert.ok(icons >= 5, `menu icons rendered: ${icons}`)
  await shot('ui-home-zh')

  await page.goto(portal.url + '/agencies')
  await page.waitForSelector('.el-table__row')
  assert.match(await page.locator('.el-pagination__total').innerText(), /共 \d+ 条/)
  assert.equal(await styleOf('.el-table', 'position'), 'relative')
  await shot('ui-agencies-zh')

  await page.goto(portal.url + '/engagements/new')
  await page.waitForSelector('.el-form-item')
  await shot('ui-engagement-form-zh')

  await page.goto(portal.url + '/credit/events')
  await page.waitForSelector('[data-test=ledger-table]')
  await shot('ui-credit-ledger-zh')

  await page.goto(portal.url + '/dashboard')
  await page.waitForSelector('[data-test=chart-agency-status] canvas')
  await shot('ui-dashboard-zh')
  await signOut(page)
  assert.deepEqual(violations, [])
})

test("Element Plus's own texts switch language with the portal", async () => {
  await signIn(page, portal.url, 'admin', portal.adminPassword)
  await page.goto(portal.url + '/admin/users')
  await page.waitForSelector('[data-test=users-table] .el-table__row')
  const confirmButtons = async () => {
    await page.locator('[data-test=users-table] .el-button--warning').first().click()
    await page.waitForSelector('.el-message-box')
    const texts = await page.locator('.el-message-box__btns button').allInnerTexts()
    // the message box brought its CSS too
    assert.equal(await styleOf('.el-message-box', 'position'), 'relative')
    await page.locator('.el-message-box__btns button').first().click() // cancel
    await page.waitForSelector('.el-message-box', { state: 'detached' })
    return texts.map((t) => t.trim())
  }
  assert.deepEqual(await confirmButtons(), ['取消', '确定'])
  assert.match(await page.locator('.el-pagination__total').innerText(), /共 \d+ 条/)

  await page.click('[data-test=language-switch]')
  await page.waitForSelector('text=Home')
  assert.match(await page.locator('.el-pagination__total').innerText(), /Total \d+/)
  assert.deepEqual(await confirmButtons(), ['Cancel', 'OK'])
  await shot('ui-users-en')

  await page.goto(portal.url + '/dashboard')
  await page.waitForSelector('[data-test=chart-agency-status] canvas')
  await shot('ui-dashboard-en')
  await page.click('[data-test=language-switch]')
  await page.waitForSelector('text=工作台')
  await signOut(page)
  assert.deepEqual(violations, [])
})

test('the public pages are complete without signing in', async () => {
  await page.goto(portal.url + '/directory')
  await page.waitForSelector('[data-test=directory-table] .el-table__row')
  await shot('ui-directory-zh')
  await page.goto(portal.url + '/public/blacklist')
  await page.waitForSelector('[data-test=public-blacklist]')
  await shot('ui-public-blacklist-zh')
  assert.deepEqual(violations, [])
})
