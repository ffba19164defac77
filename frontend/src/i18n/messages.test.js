import { describe, expect, it } from 'vitest'
import { mergeMessages } from './index'
import shell from './shell'

const areaTexts = Object.values(import.meta.glob('../areas/*/i18n.js', { eager: true })).map((m) => m.default)

function keys(obj, prefix = '') {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])
}

describe('translations', () => {
  it('has every text in Chinese and in English', () => {
    const all = mergeMessages([shell, ...areaTexts])
    const zh = keys(all['zh-CN']).sort()
    const en = keys(all.en).sort()
    expect(en.filter((k) => !zh.includes(k))).toEqual([])
    expect(zh.filter((k) => !en.includes(k))).toEqual([])
  })

  it('merges areas without losing shell texts', () => {
    const merged = mergeMessages([{ 'zh-CN': { a: { x: '1' } }, en: { a: { x: '1' } } }, { 'zh-CN': { a: { y: '2' } }, en: {} }])
    expect(merged['zh-CN'].a).toEqual({ x: '1', y: '2' })
  })
})
