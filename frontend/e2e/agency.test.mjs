// The agency flow through the screens: a new agency registers, fills in its profile and submits it;
// staff returns it with a reason; the agency sees the reason, fixes it and resubmits; staff sees the
// difference and approves; the agency appears in the public directory.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { answerConfirm, apiCall, apiToken, openBrowser, screenshot, signIn, signOut, startPortal } from './harness.mjs'

let portal
let browser
let page

// GB 32100-2015 with the GB 11714 organisation code inside, to register a code that is valid
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
function organisationCheck(body) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((s, c, i) => s + (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i], 0)
  const c = 11 - (sum % 11)
  return c === 10 ? 'X' : c === 11 ? '0' : String(c)
}
function uscc(body) {
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
  const first = '91320100' + body + organisationCheck(body)
  const sum = [...first].reduce((s, c, i) => s + ALPHABET.indexOf(c) * w[i], 0)
  return first + ALPHABET[(31 - (sum % 31)) % 31]
}
function residentId(first17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  return first17 + '10X98765432'[[...first17].reduce((s, c, i) => s + +c * w[i], 0) % 11]
}

const suffix = String(Date.now() % 100000).padStart(5, '0')
const code = uscc('MAE' + suffix)
const agencyName = `南京浏览器测试会计师事务所${suffix}`
const username = `e2eagency${suffix}`
const password = 'Agency-pass-2026'
const staffName = `e2estaff${suffix}`
const staffPassword = 'Staff-pass-2026'
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')

before(async () => {
  portal = await startPortal({ name: 'agency' })
  ;({ browser, page } = await openBrowser())
  const admin = await apiToken(portal.url, 'admin', portal.adminPassword)
  const r = await apiCall(portal.url, 'POST', '/api/users', { token: admin,
    body: { username: staffName, displayName: '审核员', roles: ['STAFF'], password: staffPassword } })
  assert.equal(r.status, 201, r.text)
})

after(async () => {
  await browser?.close()
  await portal?.stop()
})

/** Fills an Element Plus input whether the data-test landed on the input or on its wrapper. */
async function fill(selector, value) {
  const loc = page.locator(selector).first()
  const tag = await loc.evaluate((e) => e.tagName)
  const input = tag === 'INPUT' || tag === 'TEXTAREA' ? loc : loc.locator('input, textarea').first()
  await input.fill(value)
  await input.press('Tab')
}

/** Waits for a selector; on failure keeps a screenshot of what the page showed instead. */
async function expectVisible(selector, name) {
  try {
    await page.waitForSelector(selector)
  } catch (e) {
    await screenshot(page, `agency-failed-${name}`)
    throw e
  }
}

async function chooseOption(selectSelector, text) {
  await page.click(selectSelector)
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click()
}

test('a new agency registers; a wrong check character is refused beside the field', async () => {
  await page.goto(portal.url + '/login')
  await page.click('text=机构注册')
  await page.waitForURL((u) => u.pathname === '/register')
  await fill('[data-test=reg-agencyName]', agencyName)
  const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0')
  await fill('[data-test=reg-uscc]', wrong)
  await fill('[data-test=reg-contactName]', '王联系')
  await fill('[data-test=reg-contactPhone]', '13912345678')
  await fill('[data-test=reg-email]', 'office@example.cn')
  await fill('[data-test=reg-username]', username)
  await fill('[data-test=reg-password]', password)
  await fill('[data-test=reg-repeat]', password)
  await page.click('[data-test=reg-submit]')
  await page.waitForSelector('.el-form-item__error')
  assert.match(await page.locator('.el-form-item__error').first().textContent(), /校验位/)
  assert.equal(await page.inputValue('[data-test=reg-agencyName]'), agencyName, 'what the user typed is kept')
  await fill('[data-test=reg-uscc]', code)
  await page.click('[data-test=reg-submit]')
  await page.waitForURL((u) => u.pathname === '/agency/profile')
  await page.waitForSelector('[data-test=status-DRAFT]')
})

test('the agency fills in every block and submits', async () => {
  // submitting too early says what is missing, block by block, before asking for a confirmation
  await page.click('[data-test=profile-submit]')
  await page.waitForSelector('.el-form-item__error')
  assert.equal(await page.locator('.portal-confirm:visible').count(), 0)
  assert.match(await page.locator('.el-form-item__error').first().textContent(), /机构信息：/)

  await page.click('[data-test=tab-basic]')
  await page.click('[data-test=f-independentLegalPerson] >> text=是')
  await fill('[data-test=f-registeredAddress]', '江苏省南京市鼓楼区中山北路 100 号')
  await fill('[data-test=f-foundedOn]', '2010-05-06')
  await fill('[data-test=f-registeredCapital]', '5000000')
  await fill('[data-test=f-businessScope]', '审计、预算绩效评价')
  await fill('[data-test=f-qualitySystem]', '三级复核；档案保密')

  await page.click('[data-test=tab-legalRepresentative]')
  await fill('[data-test=f-legalRepresentative-name]', '陈法人')
  await fill('[data-test=f-legalRepresentative-idNumber]', residentId('32010619720314215'))
  await fill('[data-test=f-legalRepresentative-phone]', '13800138000')

  await page.click('[data-test=tab-leadEvaluators]')
  await page.click('[data-test=leadEvaluators-add]')
  await fill('[data-test=f-leadEvaluators-0-name]', '张主评')
  await fill('[data-test=f-leadEvaluators-0-title]', '高级会计师')
  await fill('[data-test=f-leadEvaluators-0-yearsExperience]', '12')
  await fill('[data-test=f-leadEvaluators-0-idNumber]', residentId('32010219800512123'))
  await page.click('[data-test=leadEvaluators-0-add-cert]')
  await fill('[data-test=f-leadEvaluators-0-certificates-0-certType]', '注册会计师')
  await fill('[data-test=f-leadEvaluators-0-certificates-0-certNumber]', '320100010023')
  await fill('[data-test=f-leadEvaluators-0-certificates-0-expiresOn]', `${new Date().getFullYear() + 3}-06-30`)

  await page.click('[data-test=tab-documents]')
  await page.setInputFiles('[data-test=doc-upload] input[type=file]', { name: '营业执照.pdf', mimeType: 'application/pdf', buffer: pdf })
  await page.waitForSelector('[data-test=documents-table] >> text=营业执照.pdf')
  // an executable renamed .pdf is refused with a clear message
  await page.setInputFiles('[data-test=doc-upload] input[type=file]',
    { name: 'virus.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]) })
  await page.waitForSelector('[data-test=doc-error]')
  assert.match(await page.locator('[data-test=doc-error]').textContent(), /PDF/)

  await page.click('[data-test=tab-declaration]')
  await page.click('[data-test=f-declarationAccepted]')
  await page.click('[data-test=profile-submit]')
  await answerConfirm(page, { says: /审核/ })
  await expectVisible('[data-test=status-SUBMITTED]', 'submit')
  await screenshot(page, 'agency-submitted')
  await signOut(page)
})

test('staff returns it with a reason and a comment on a field', async () => {
  await signIn(page, portal.url, staffName, staffPassword)
  await page.click('[data-test="menu-/agencies"]')
  await page.click('[data-test=pool-pending]')
  await page.click('[data-test=pool-search]')
  await page.click(`[data-test=pool-table] >> text=${agencyName}`)
  await page.waitForSelector('[data-test=pending-changes-title]')
  // a first submission says once that there is nothing to compare; the profile reads as text, not greyed-out boxes (issue 11)
  assert.equal(await page.getByText('首次提交，无可比较的版本').count(), 1)
  const nameBox = page.locator('[data-test=f-name]').first().locator('xpath=ancestor::div[contains(@class,"el-input__wrapper")][1]')
  assert.equal(await nameBox.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)')
  await page.click('[data-test=review-open]')
  await page.click('[data-test=decision-RETURN]')
  // returning without a reason is refused beside the field; the message goes once a reason is typed (issue 11)
  await page.click('[data-test=review-submit]')
  const reviewDialog = page.locator('.el-dialog', { has: page.locator('[data-test=review-submit]') })
  await reviewDialog.locator('.el-form-item__error').first().waitFor()
  await fill('[data-test=review-comment]', '注册资本与营业执照不一致')
  await reviewDialog.locator('.el-form-item__error').first().waitFor({ state: 'detached' })
  await page.click('[data-test=fc-add]')
  await chooseOption('[data-test=fc-field-0]', '注册资本')
  await fill('[data-test=fc-comment-0]', '营业执照载明 600 万元')
  await page.click('[data-test=review-submit]')
  await page.waitForSelector('[data-test=status-RETURNED]')
  await signOut(page)
})

test('the agency sees the reason beside the field, fixes it and resubmits', async () => {
  await signIn(page, portal.url, username, password)
  await page.waitForFunction(() => document.querySelector('[data-test=inbox-unread]')?.textContent.includes('1'))
  await page.click('[data-test="menu-/agency/profile"]')
  await page.waitForSelector('[data-test=review-comment]')
  assert.match(await page.locator('[data-test=review-comment]').textContent(), /注册资本与营业执照不一致/)
  assert.match(await page.locator('[data-test=comment-registeredCapital]').textContent(), /600 万元/)
  await screenshot(page, 'agency-returned')
  await fill('[data-test=f-registeredCapital]', '6000000')
  await page.click('[data-test=profile-submit]')
  await answerConfirm(page, { says: /审核/ })
  await page.waitForSelector('[data-test=status-SUBMITTED]')
  await signOut(page)
})

test('staff sees exactly what changed and approves', async () => {
  await signIn(page, portal.url, staffName, staffPassword)
  await page.goto(portal.url + '/agencies')
  await page.click(`[data-test=pool-table] >> text=${agencyName}`)
  await page.waitForSelector('[data-test=change-list]')
  const rows = await page.locator('[data-test=change-list] .el-table__body tr').count()
  assert.equal(rows, 1, 'only the registered capital changed')
  assert.match(await page.locator('[data-test=change-basic-registeredCapital]').textContent(), /6000000\.00/)
  await screenshot(page, 'agency-review-diff')
  await page.click('[data-test=review-open]')
  await page.click('[data-test=decision-APPROVE]')
  await page.click('[data-test=review-submit]')
  await page.waitForSelector('[data-test=status-APPROVED]')
  await signOut(page)
})

test('the agency appears in the public directory', async () => {
  await page.goto(portal.url + '/directory')
  await fill('[data-test=dir-q]', agencyName)
  await page.click('[data-test=dir-search]')
  await page.waitForSelector(`[data-test=directory-table] >> text=${agencyName}`)
  await page.click(`[data-test=directory-table] >> text=${agencyName}`)
  await page.waitForSelector('[data-test=public-card]')
  const card = await page.locator('[data-test=public-card]').textContent()
  assert.match(card, new RegExp(code))
  assert.doesNotMatch(card, /13800138000|13912345678|陈法人|张主评/)
  await screenshot(page, 'agency-directory-card')
})

test('the public pages share one frame, also on an agency card opened directly', async () => {
  const cardUrl = page.url()
  assert.match(new URL(cardUrl).pathname, /^\/directory\/\d+$/)
  // a new visitor opens the card's address directly: no other page has loaded styles before
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } })
  const visitor = await context.newPage()
  try {
    await visitor.goto(cardUrl)
    await visitor.waitForSelector('[data-test=public-card]')
    const header = visitor.locator('header', { has: visitor.locator('[data-test=frame-link-directory]') })
    const style = await header.evaluate((e) => {
      const s = getComputedStyle(e)
      return { background: s.backgroundColor, display: s.display, height: s.height }
    })
    assert.deepEqual(style, { background: 'rgb(127, 29, 29)', display: 'flex', height: '56px' }, 'the frame is styled')
    assert.match(await visitor.locator('[data-test=frame-link-directory]').getAttribute('class'), /\bon\b/,
      'the card belongs to the directory')
    assert.match(await visitor.locator('main h2').textContent(), new RegExp(agencyName))
    await screenshot(visitor, 'agency-card-opened-directly')

    // the frame leads to the other public pages, and the sign-in page lists the directory among them
    await visitor.click('[data-test=frame-link-public-blacklist]')
    await visitor.waitForSelector('[data-test=public-blacklist]')
    await visitor.click('[data-test=frame-login]')
    await visitor.click('[data-test=public-link-directory]')
    await visitor.waitForSelector('[data-test=directory-table]')
    assert.equal(await visitor.locator('text=机构名录').count() > 0, true)
  } finally {
    await context.close()
  }
})
