// Opens a page of the portal in Debian's chromium and lists every JS and CSS file it loaded: its size,
// its size gzipped (-9) and the bytes the server sent. Run by bench/frontend.sh with the pinned node.
// usage: node bench/frontend-bytes.mjs <url>
import { createRequire } from 'node:module'
import { gzipSync } from 'node:zlib'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const frontend = join(dirname(fileURLToPath(import.meta.url)), '..', 'frontend')
const { chromium } = createRequire(join(frontend, 'package.json'))('playwright-core')
const url = process.argv[2]

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
})
try {
  const page = await browser.newPage()
  const loaded = []
  page.on('requestfinished', async (request) => {
    const type = request.resourceType()
    if (type !== 'script' && type !== 'stylesheet') return
    loaded.push((async () => {
      const response = await request.response()
      const body = await response.body()
      const sizes = await request.sizes()
      return { file: new URL(request.url()).pathname, type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, sent: sizes.responseBodySize }
    })())
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  const files = (await Promise.all(loaded)).sort((a, b) => b.gzip - a.gzip)
  const kb = (n) => (n / 1024).toFixed(1).padStart(8)
  console.log(`${'file'.padEnd(60)}      raw     gzip     sent (KB)`)
  for (const f of files) console.log(`${f.file.padEnd(60)} ${kb(f.raw)} ${kb(f.gzip)} ${kb(f.sent)}`)
  const sum = (key, type) => files.filter((f) => !type || f.type === type).reduce((s, f) => s + f[key], 0)
  console.log(`${`total: ${files.length} files (JS ${kb(sum('gzip', 'script')).trim()} KB + CSS ${kb(sum('gzip', 'stylesheet')).trim()} KB gzipped)`.padEnd(60)} ${kb(sum('raw'))} ${kb(sum('gzip'))} ${kb(sum('sent'))}`)
} finally {
  await browser.close()
}
