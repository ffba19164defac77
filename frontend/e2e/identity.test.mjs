// The foundation's browser test: the admin signs in, creates a staff user, the staff user signs in
// and sees only what STAFF may use; deep links survive a reload; an expired access token is renewed.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { apiCall, openBrowser, screenshot, signIn, signOut, startPortal } from './harness.mjs'

let portal
let browser
let page

before(async () => {
  portal = await startPortal({ name: 'identity' })
  ;({ browser, page } = await openBrowser())
})

after(async () => {
  await browser?.close()
  await portal?.stop()
})

const staffName = `staff${Date.now() % 100000}`
const staffPassword = 'Staff-pass-2026'

test('the sign-in page is what http://host/ shows to a signed-out visitor', async () => {
  await page.goto(portal.url + '/')
  await page.waitForURL((u) => u.pathname === '/login')
  assert.equal(await page.locator('[data-test=login-submit]').isVisible(), true)
  await page.fill('[data-test=username]', 'admin')
  await page.fill('[data-test=password]', 'wrong-password')
  await page.click('[data-test=login-submit]')
  const error = await page.locator('[data-test=login-error]').textContent()
  assert.match(error, /用户名或密码错误/)
  // a password longer than bcrypt reads is refused next to the field, not with a server error
  await page.fill('[data-test=password]', 'Aa1-' + 'x'.repeat(69))
  await page.click('[data-test=login-submit]')
  await page.waitForSelector('.el-form-item__error >> text=/72 个字节/')
})

test('the admin creates a staff user through the users screen', async () => {
  await signIn(page, portal.url, 'admin', portal.adminPassword)
  await page.click('[data-test=menu-group-system]')
  await page.click('[data-test="menu-/admin/users"]')
  await page.waitForURL((u) => u.pathname === '/admin/users')
  await page.click('[data-test=user-create]')
  // a failed save keeps the input and shows the server's message next to the field
  await page.fill('[data-test=user-username]', staffName)
  await page.fill('[data-test=user-displayName]', '王业务')
  await page.fill('[data-test=user-password]', 'short')
  // the rule is shown under the field, with what the typed password still lacks
  assert.match(await page.locator('[data-test=password-rule]').textContent(), /至少 8 个字符.*至少 3 类/)
  assert.match(await page.locator('[data-test=password-check-length]').getAttribute('class'), /bad/)
  await page.click('[data-test=user-save]')
  await page.waitForSelector('.el-form-item__error')
  assert.match(await page.locator('.el-form-item__error').first().textContent(), /密码/)
  assert.equal(await page.inputValue('[data-test=user-username]'), staffName)
  // a common password passes the checks the browser makes; the server refuses it, next to the field
  await page.fill('[data-test=user-password]', 'Password1')
  assert.match(await page.locator('[data-test=password-check-kinds]').getAttribute('class'), /ok/)
  await page.click('[data-test=user-save]')
  await page.waitForSelector('.el-form-item__error >> text=/过于常见/')
  await page.fill('[data-test=user-password]', staffPassword)
  await page.click('[data-test=user-save]')
  await page.waitForSelector(`[data-test=users-table] >> text=${staffName}`)
  await screenshot(page, 'identity-users')
})

test('a deep link survives a reload', async () => {
  await page.goto(portal.url + '/admin/audit-log')
  await page.reload()
  await page.waitForSelector('[data-test=audit-table]')
  await page.click('[data-test=audit-verify]')
  const verdict = await page.locator('[data-test=audit-verification]').textContent()
  assert.match(verdict, /完整/)
})

test('an expired access token is renewed once, without sending the user to sign in', async () => {
  await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem('portal.session'))
    s.accessToken = 'expired.token.value'
    localStorage.setItem('portal.session', JSON.stringify(s))
  })
  await page.goto(portal.url + '/admin/users')
  await page.waitForSelector(`[data-test=users-table] >> text=${staffName}`)
  assert.equal(new URL(page.url()).pathname, '/admin/users')
})

test('a lost session returns to sign-in and back to the page afterwards', async () => {
  await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem('portal.session'))
    s.accessToken = 'expired.token.value'
    s.refreshToken = 'revoked'
    localStorage.setItem('portal.session', JSON.stringify(s))
  })
  await page.goto(portal.url + '/admin/audit-log')
  await page.waitForURL((u) => u.pathname === '/login')
  assert.equal(new URL(page.url()).searchParams.get('redirect'), '/admin/audit-log')
  await page.fill('[data-test=username]', 'admin')
  await page.fill('[data-test=password]', portal.adminPassword)
  await page.click('[data-test=login-submit]')
  await page.waitForURL((u) => u.pathname === '/admin/audit-log')
  await signOut(page)
})

test('the staff user sees only what STAFF may use', async () => {
  await signIn(page, portal.url, staffName, staffPassword)
  const menu = await page.locator('[data-test=menu]').innerText()
  assert.doesNotMatch(menu, /用户管理|审计日志/)
  assert.equal(await page.locator('[data-test="menu-/admin/users"]').count(), 0)
  // typing the address of an admin page leads home, and the API refuses anyway
  await page.goto(portal.url + '/admin/users')
  await page.waitForURL((u) => u.pathname === '/')
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('portal.session')).accessToken)
  assert.equal((await apiCall(portal.url, 'GET', '/api/users', { token })).status, 403)
  await screenshot(page, 'identity-staff-home')
})

test('signing out ends the session: its access token is refused at once', async () => {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('portal.session')).accessToken)
  assert.equal((await apiCall(portal.url, 'GET', '/api/me', { token })).status, 200)
  await signOut(page)
  assert.equal((await apiCall(portal.url, 'GET', '/api/me', { token })).status, 401)
})

test('a temporary password must be changed before anything else', async () => {
  await signIn(page, portal.url, staffName, staffPassword)
  await signOut(page)
  await signIn(page, portal.url, 'admin', portal.adminPassword)
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('portal.session')).accessToken)
  const users = await apiCall(portal.url, 'GET', `/api/users?q=${staffName}`, { token })
  const reset = await apiCall(portal.url, 'POST', `/api/users/${users.body.content[0].id}/password-reset`, { token })
  await signOut(page)
  await page.goto(`${portal.url}/login`)
  await page.fill('[data-test=username]', staffName)
  await page.fill('[data-test=password]', reset.body.temporaryPassword)
  await page.click('[data-test=login-submit]')
  await page.waitForURL((u) => u.pathname === '/account/password')
  await page.goto(`${portal.url}/dashboard`)
  await page.waitForURL((u) => u.pathname === '/account/password')
  await page.fill('[data-test=password-current]', reset.body.temporaryPassword)
  await page.fill('[data-test=password-new]', staffPassword)
  await page.fill('[data-test=password-repeat]', staffPassword)
  await page.click('[data-test=password-save]')
  await page.waitForURL((u) => u.pathname === '/')
  const fresh = await page.evaluate(() => JSON.parse(localStorage.getItem('portal.session')).accessToken)
  assert.equal((await apiCall(portal.url, 'GET', '/api/rules', { token: fresh })).status, 200)
})

test('the interface switches to English', async () => {
  await page.click('[data-test=language-switch]')
  await page.waitForSelector('text=Home')
  assert.match(await page.locator('[data-test=menu]').innerText(), /Home/)
  await page.click('[data-test=language-switch]')
})
