import { describe, expect, it } from 'vitest'
import { mergeMessages } from './index'
import shell from './shell'

const areaTexts = Object.values(import.meta.glob('../areas/*/i18n.js', { eager: true })).map((m) => m.default)

function entries(obj, prefix = '') {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? entries(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]))
}

describe('English texts (issue 11)', () => {
  it('use English punctuation, not the full-width forms of Chinese ("Deadline：", "（Fee cap …）")', () => {
    const en = entries(mergeMessages([shell, ...areaTexts]).en)
    // Chinese names may stay inside English texts (the language switch "中文", a Chinese document title)
    const wrong = en.filter(([, v]) => typeof v === 'string' && /[：（）；，。、！？]/.test(v)).map(([k, v]) => `${k}: ${v}`)
    expect(wrong).toEqual([])
  })
})

describe('templates (issue 11)', () => {
  it('put no Chinese punctuation between texts and values: t(\'punct.colon\') and friends follow the language', () => {
    const sources = import.meta.glob('../**/*.vue', { query: '?raw', import: 'default', eager: true })
    const literal = /}}[：（），]|[：（），]{{|>[：（），]{{|'[：（），]'/
    const wrong = Object.entries(sources).flatMap(([file, text]) => text.slice(0, text.indexOf('<script')).split('\n')
      .filter((line) => literal.test(line)).map((line) => `${file}: ${line.trim()}`))
    expect(wrong).toEqual([])
  })
})
