// How pages get Element Plus, its icons and ECharts, so that each page loads only what it uses
// (vite.config.js): <el-…> tags and El… names in scripts are imported on demand together with their
// CSS; icons and ECharts modules are imported explicitly by the file that uses them.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = join(process.cwd(), 'src') // vitest runs in frontend/
const sources = (function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return walk(path)
    return /\.(vue|js)$/.test(e.name) && !e.name.endsWith('.test.js') ? [{ file: relative(root, path), text: readFileSync(path, 'utf8') }] : []
  })
})(root)

const offending = (pattern) => sources.filter((s) => pattern.test(s.text)).map((s) => s.file)

describe('imports that keep pages light', () => {
  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(50)
    expect(sources.map((s) => s.file)).toContain('main.js')
  })

  it('never imports Element Plus whole or by hand (its CSS would be missing)', () => {
    expect(offending(/from\s+['"]element-plus['"]/)).toEqual([])
    expect(offending(/['"]element-plus\/dist\//)).toEqual([])
    expect(offending(/\.use\(\s*ElementPlus\b/)).toEqual([])
  })

  it('imports icons by name, never the whole set', () => {
    expect(offending(/import\s+\*\s+as\s+\w+\s+from\s+['"]@element-plus\/icons-vue['"]/)).toEqual([])
  })

  it('gives icons as components, not as names of globally registered ones', () => {
    // icon="Plus" or icon: 'Setting' would render nothing: no icon is registered globally
    expect(offending(/(?<![:\w-])(?:prefix-|suffix-)?icon="[A-Z]/)).toEqual([])
    expect(offending(/\bicon:\s*['"][A-Z]/)).toEqual([])
  })

  it('builds charts from ECharts modules, not the whole library', () => {
    expect(offending(/from\s+['"]echarts['"]/)).toEqual([])
  })
})
