// Accessibility (issue 11, "Accessible and archival"): axe-core, run inside the page, on the key pages of
// each role. Every page's serious and critical violations are printed and written to
// target/axe-report.json; none is allowed (issue 11: 0 critical and 0 serious).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { apiToken, openBrowser, settled, signIn, signOut, startPortal, targetDir } from './harness.mjs'
import { client } from './credit-api.mjs'

const require = createRequire(import.meta.url)
// evaluated through the DevTools protocol, so the portal's strict CSP (script-src 'self') is not loosened
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

let portal
let browser
let page
let api
let agency
const password = 'Axe-e2e-2026'
const staffName = `axstaff${Date.now() % 100000}`
const report = {}

before(async () => {
  portal = await startPortal({ name: 'axe' })
  ;({ browser, page } = await openBrowser())
  api = client(portal.url)
  const admin = await apiToken(portal.url, 'admin', portal.adminPassword)
  await api.createUser(admin, staffName, 'STAFF', password)
  agency = await api.approvedAgency(admin, '南京无障碍会计师事务所', password)
})

after(async () => {
  mkdirSync(targetDir, { recursive: true })
  writeFileSync(join(targetDir, 'axe-report.json'), JSON.stringify(report, null, 2))
  await browser?.close()
  await portal?.stop()
})

/** Serious and critical violations of the page as it is now: [{ id, impact, help, targets }]. */
async function axe(name) {
  await settled(page) // what a person sees once the page has loaded, not a transition half-way
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource)
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }))
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      html: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 300)),
      why: v.nodes.slice(0, 3).map((n) => (n.any[0] || n.all[0] || {}).message) }))
  report[name] = bad
  for (const v of bad) console.log(`axe ${name}: ${v.impact} ${v.id} (${v.help}) ${v.targets.join(' | ')}`)
  return bad
}

async function check(name, path) {
  await page.goto(portal.url + path)
  return axe(name)
}

test('public pages', async () => {
  await check('login', '/login')
  await check('registration', '/register')
  await check('directory', '/directory')
  await check('public-blacklist', '/public/blacklist')
})

test('staff pages', async () => {
  await signIn(page, portal.url, staffName, password)
  await check('dashboard', '/')
  await check('agency-list', '/agencies')
  await check('agency-record', `/agencies/${agency.id}`)
  await check('engagement-list', '/engagements')
  await check('credit-events', '/credit/events')
  await signOut(page)
})

test('agency pages', async () => {
  await signIn(page, portal.url, agency.username, password)
  await check('agency-home', '/')
  await check('profile', '/agency/profile')
  await check('credit-record', '/credit/me')
  await signOut(page)
})

test('admin pages', async () => {
  await signIn(page, portal.url, 'admin', portal.adminPassword)
  await check('audit-log', '/admin/audit-log')
  await check('users', '/admin/users')
  await signOut(page)
})

test('no page has a serious or critical finding', () => {
  for (const [name, found] of Object.entries(report)) assert.deepEqual(found, [], name)
  assert.ok(Object.keys(report).length >= 12, `axe ran on ${Object.keys(report).length} pages`)
})
