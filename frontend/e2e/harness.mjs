// Browser-test harness: starts the packaged portal (backend/target/portal.jar) on a free port with a
// fresh data directory and the embedded database, and opens Debian's chromium through
// playwright-core. Every process it starts is stopped again, also when a test fails.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { mkdirSync, openSync, existsSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
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

/** Starts the jar; answers { url, adminPassword, demoPassword, dataDir, logFile, stop() }. */
export async function startPortal({ demo = false, env = {}, name = 'portal' } = {}) {
  if (!existsSync(jar)) {
    throw new Error(`${jar} is missing: build it first (mvn -DskipTests package)`)
  }
  const port = await freePort()
  const dataDir = join(targetDir, 'e2e-data', `${name}-${port}-${Date.now()}`)
  mkdirSync(dataDir, { recursive: true })
  const logFile = join(dataDir, 'portal.log')
  const log = openSync(logFile, 'a')
  const adminPassword = 'E2e-admin-2026'
  const demoPassword = 'E2e-demo-2026'
  const childEnv = { ...process.env, ...env }
  delete childEnv.DB_URL // always the embedded database
  Object.assign(childEnv, {
    PORTAL_DATA_DIR: dataDir,
    MICRONAUT_SERVER_PORT: String(port),
    PORTAL_ADMIN_PASSWORD: adminPassword,
    PORTAL_DEMO: demo ? 'true' : 'false',
    PORTAL_DEMO_PASSWORD: demoPassword,
    ...env
  })
  const child = spawn('java', ['-jar', jar], { env: childEnv, stdio: ['ignore', log, log] })
  running.add(child)
  const exited = new Promise((ok) => child.once('exit', (code) => { running.delete(child); ok(code) }))
  const url = `http://127.0.0.1:${port}`
  // E2E_START_SECONDS: more time on a loaded machine (the demo data takes longest)
  const deadline = Date.now() + Number(process.env.E2E_START_SECONDS || 120) * 1000
  while (true) {
    if (child.exitCode !== null) throw new Error(`the portal exited with ${child.exitCode}; see ${logFile}`)
    try {
      const r = await fetch(`${url}/health`)
      if (r.ok) break
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the portal did not become healthy in time; see ${logFile}`)
    }
    await new Promise((ok) => setTimeout(ok, 250))
  }
  return {
    url,
    adminPassword,
    demoPassword,
    dataDir,
    logFile,
    async stop({ keepData = false } = {}) {
      if (child.exitCode === null) {
        child.kill('SIGTERM') // the JVM's shutdown hook stops the embedded MariaDB
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
        await exited
        clearTimeout(timer)
      }
      if (!keepData && !process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true })
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

function wrapNewContext(newContext, cspViolations) {
  return async (options) => {
    const context = await newContext(options)
    await context.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue()
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
