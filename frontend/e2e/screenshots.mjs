// Screenshots of every screen, on demand (not part of the test run): starts the packaged portal with the
// demo data, signs in as each role (ADMIN, STAFF, AGENCY, EXPERT, UNIT, and signed out), opens every menu
// entry and the first record of each list, and saves each screen at 1440 and 390 px wide, in Chinese and
// in English, under frontend/target/screens/<language>-<width>/ (outside git), each folder with an index.txt of
// its screens and one index.txt of all of them above. Arguments choose roles and folders (default: all), so that
// a run may be split; the indexes list what the folders hold after the run.
//   mvn -o -q package -DskipTests && node frontend/e2e/screenshots.mjs [role ...] [zh-CN-1440|zh-CN-390|en-1440|en-390 ...]
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openBrowser, startPortal, targetDir } from './harness.mjs'

const ROLES = { anonymous: null, admin: 'admin', staff: 'staff', agency: 'agency1', expert: 'expert1', unit: 'unit1' }
const PUBLIC = ['/login', '/register', '/directory', '/public/blacklist', '/public/credit-results']
const SIZES = [{ width: 1440, height: 900 }, { width: 390, height: 844 }]
const LANGUAGES = ['zh-CN', 'en']
const out = join(targetDir, 'screens')
const FOLDERS = LANGUAGES.flatMap((language) => SIZES.map((size) => `${language}-${size.width}`))
const args = process.argv.slice(2)
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

run().catch((e) => { console.error(e); process.exit(1) })
