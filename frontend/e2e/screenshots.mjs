// Screenshots of every screen, on demand (not part of the test run): starts the packaged portal with the
// demo data, signs in as each role (ADMIN, STAFF, AGENCY, EXPERT, UNIT, and signed out), opens every menu
// entry and the first record of each list, and saves each screen at 1440 and 390 px wide, in Chinese and
// in English, under frontend/target/screens/<language>-<width>/ (outside git), each folder with an index.txt of
// its screens and one index.txt of all of them above. Arguments choose roles and folders (default: all), so that
// a run may be split; the indexes list what the folders hold after the run.
//   mvn -o -q package -DskipTests && node frontend/e2e/screenshots.mjs [role ...] [zh-CN-1440|zh-CN-390|en-1440|en-390 ...]
// With --readme it saves only the README's pictures instead: eight main screens as small JPEGs in
// docs/screenshots/ (committed; README "What it looks like").
//   mvn -o -q package -DskipTests && node frontend/e2e/screenshots.mjs --readme
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { apiCall, apiToken, openBrowser, repoDir, startPortal, targetDir } from './harness.mjs'

const ROLES = { anonymous: null, admin: 'admin', staff: 'staff', agency: 'agency1', expert: 'expert1', unit: 'unit1' }
const PUBLIC = ['/login', '/register', '/directory', '/public/blacklist', '/public/credit-results']
const SIZES = [{ width: 1440, height: 900 }, { width: 390, height: 844 }]
const LANGUAGES = ['zh-CN', 'en']
const out = join(targetDir, 'screens')
const FOLDERS = LANGUAGES.flatMap((language) => SIZES.map((size) => `${language}-${size.width}`))
const args = process.argv.slice(2).filter((a) => a !== '--readme')
const unknown = args.filter((a) => !(a in ROLES) && !FOLDERS.includes(a))
if (unknown.length) {
  console.error(`unknown: ${unknown.join(' ')}; roles: ${Object.keys(ROLES).join(' ')}; folders: ${FOLDERS.join(' ')}`)
  process.exit(2)
}
const wanted = args.filter((a) => a in ROLES)
const folders = args.filter((a) => FOLDERS.includes(a))
const slug = (path) => path.replace(/^\//, '').replace(/[/:?=&]+/g, '_') || 'home'
const files = []

async function settle(page) {
  await page.waitForLoadState('networkidle').catch(() => {})
  // no spinner and no record skeleton left (a record page's first load)
  await page.waitForFunction(() => !document.querySelector('.el-loading-mask:not([style*="display: none"]), [data-test=record-skeleton]'),
    null, { timeout: 10_000 }).catch(() => {})
  await page.waitForTimeout(300)
}

async function save(page, dir, name) {
  const file = join(dir, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  files.push(file.slice(out.length + 1))
}

/** Every menu path of the signed-in user: the groups are opened so that their entries are in the page. */
async function menuPaths(page, phone) {
  if (phone) await page.click('[data-test=menu-toggle]')
  for (const group of await page.locator('[data-test^="menu-group-"]').all()) {
    await group.locator('.el-sub-menu__title').click().catch(() => {})
  }
  await page.waitForTimeout(300)
  const paths = await page.$$eval('[data-test^="menu-/"]', (els) => els.map((e) => e.getAttribute('data-test').slice(5)))
  if (phone) await page.keyboard.press('Escape')
  return [...new Set(paths)]
}

async function run() {
  const portal = await startPortal({ demo: true, name: 'screens' })
  const { browser } = await openBrowser()
  try {
    for (const language of LANGUAGES) {
      for (const size of SIZES) {
        if (folders.length && !folders.includes(`${language}-${size.width}`)) continue
        const dir = join(out, `${language}-${size.width}`)
        mkdirSync(dir, { recursive: true })
        for (const [role, username] of Object.entries(ROLES)) {
          if (wanted.length && !wanted.includes(role)) continue
          const context = await browser.newContext({ locale: language, viewport: size })
          await context.addInitScript((lang) => localStorage.setItem('portal.language', lang), language)
          const page = await context.newPage()
          page.setDefaultTimeout(20_000)
          try {
            if (!username) {
              for (const path of PUBLIC) {
                await page.goto(portal.url + path)
                await settle(page)
                await save(page, dir, `anonymous-${slug(path)}`)
              }
              continue
            }
            await page.goto(`${portal.url}/login`)
            await page.fill('[data-test=username]', username)
            await page.fill('[data-test=password]', username === 'admin' ? portal.adminPassword : portal.demoPassword)
            await page.click('[data-test=login-submit]')
            await page.waitForSelector('[data-test=menu], [data-test=menu-toggle]')
            for (const path of await menuPaths(page, size.width < 768)) {
              await page.goto(portal.url + path)
              await settle(page)
              await save(page, dir, `${role}-${slug(path)}`)
              // the first record of a list: its own page, when the row links to one
              const link = page.locator('.el-table__row a[href^="/"]').first()
              if (await link.count()) {
                const href = await link.getAttribute('href')
                if (href && href !== path) {
                  await page.goto(portal.url + href)
                  await settle(page)
                  await save(page, dir, `${role}-${slug(path)}-record`)
                }
              }
            }
          } catch (e) {
            console.error(`${language} ${size.width} ${role}: ${e.message}`)
          } finally {
            await context.close()
          }
        }
      }
    }
  } finally {
    await browser.close().catch((e) => console.error(e.message))
    await portal.stop()
  }
  // the indexes: what each folder holds now (also screens of earlier runs for other roles), and all of it
  const all = []
  for (const folder of FOLDERS) {
    let names
    try {
      names = readdirSync(join(out, folder)).filter((f) => f.endsWith('.png')).sort()
    } catch {
      continue
    }
    writeFileSync(join(out, folder, 'index.txt'), names.join('\n') + '\n')
    all.push(...names.map((n) => `${folder}/${n}`))
    console.log(`${folder}: ${names.length} screens`)
  }
  writeFileSync(join(out, 'index.txt'), all.join('\n') + '\n')
  console.log(`${files.length} screenshots taken in this run; ${all.length} in ${out} (index.txt lists them)`)
}

// ------------------------------------------------------------------ the README's pictures

const README_DIR = join(repoDir, 'docs', 'screenshots')
const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }

/** The README's screens: [file, role, viewport, path or async function answering a path, what to wait for]. */
async function readmeScreens(portal) {
  const staff = await apiToken(portal.url, 'staff', portal.demoPassword)
  const rows = async (path) => {
    const r = await apiCall(portal.url, 'GET', path, { token: staff })
    if (r.status !== 200) throw new Error(`GET ${path}: ${r.status} ${r.text}`)
    return r.body.content
  }
  const engagements = await rows('/api/engagements?size=100')
  const inState = (...states) => engagements.find((e) => states.includes(e.state) && e.agencyId) ?? engagements.find((e) => e.agencyId)
  const working = inState('IN_FIELDWORK', 'REPORT_SUBMITTED', 'PLAN_APPROVED', 'PLAN_SUBMITTED')
  // the scoring: an engagement whose acceptance was scored (the panel shows the items, total, grade and fee ratio)
  let scored = null
  for (const e of engagements.filter((x) => ['ACCEPTED', 'SETTLED', 'CLOSED'].includes(x.state))) {
    const r = await apiCall(portal.url, 'GET', `/api/engagements/${e.id}/assessment`, { token: staff })
    if (r.status === 200 && r.body?.total != null) { scored = e; break }
  }
  if (!scored) throw new Error('the demo data has no scored engagement')
  const agencies = await rows('/api/agencies?status=APPROVED&size=20')
  const agency = agencies.find((a) => a.id === working.agencyId) ?? agencies[0]
  return [
    ['01-sign-in', null, DESKTOP, '/login', '[data-test=login-submit]'],
    ['02-agency-pool', 'staff', DESKTOP, '/agencies', '.el-table__row'],
    ['03-agency-record', 'staff', DESKTOP, `/agencies/${agency.id}`, '.page-title'],
    ['04-engagement', 'staff', DESKTOP, `/engagements/${working.id}`, '[data-test=engagement-info]'],
    ['05-scoring', 'staff', DESKTOP, `/engagements/${scored.id}`, '[data-test=assessment-total]'],
    ['06-credit-record', 'staff', DESKTOP, `/credit/agencies/${scored.agencyId}`, '[data-test=credit-summary]'],
    ['07-dashboard', 'staff', DESKTOP, '/dashboard', '[data-test=chart-grades] canvas'],
    ['08-phone-engagements', 'agency1', PHONE, '/engagements', '[data-test=menu-toggle]']
  ]
}

async function readme() {
  const portal = await startPortal({ demo: true, name: 'readme-screens' })
  const { browser } = await openBrowser()
  mkdirSync(README_DIR, { recursive: true })
  for (const old of readdirSync(README_DIR)) if (old.endsWith('.jpg')) rmSync(join(README_DIR, old))
  const written = []
  try {
    for (const [name, username, viewport, path, ready] of await readmeScreens(portal)) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport })
      await context.addInitScript(() => localStorage.setItem('portal.language', 'zh-CN'))
      const page = await context.newPage()
      page.setDefaultTimeout(20_000)
      try {
        if (username) {
          await page.goto(`${portal.url}/login`)
          await page.fill('[data-test=username]', username)
          await page.fill('[data-test=password]', portal.demoPassword)
          await page.click('[data-test=login-submit]')
          await page.waitForSelector('[data-test=menu], [data-test=menu-toggle]')
        }
        await page.goto(portal.url + path)
        if (name === '05-scoring') await page.click('#tab-assessment')
        await page.waitForSelector(ready).catch((e) => { throw new Error(`${name}: ${path} shows no ${ready} (${e.message})`) })
        await settle(page)
        if (name === '05-scoring') await page.locator('[data-test=engagement-tabs]').evaluate((el) => el.scrollIntoView())
        await page.waitForTimeout(500)
        const file = join(README_DIR, `${name}.jpg`)
        await page.screenshot({ path: file, type: 'jpeg', quality: 70 })
        written.push(`${name}.jpg ${Math.round(statSync(file).size / 1024)} KB`)
      } finally {
        await context.close()
      }
    }
  } finally {
    await browser.close().catch((e) => console.error(e.message))
    await portal.stop()
  }
  console.log(`${written.length} screenshots in ${README_DIR}:\n${written.join('\n')}`)
}

const main = process.argv.includes('--readme') ? readme : run
main().catch((e) => { console.error(e); process.exit(1) })
