import { describe, expect, it } from 'vitest'
import { SPECIALTIES, totalPoints, verdictTag } from './specialties'
import texts from './i18n'

describe('experts specialties', () => {
  it('names every specialty in both languages', () => {
    for (const lang of ['zh-CN', 'en']) {
      for (const s of SPECIALTIES) expect(texts[lang].experts.specialty[s], `${lang} ${s}`).toBeTruthy()
    }
  })
  it('adds up points and tags verdicts', () => {
    expect(totalPoints([{ points: '7.5' }, { points: 10 }])).toBe(17.5)
    expect(totalPoints(null)).toBe(0)
    expect(verdictTag('FAIL')).toBe('danger')
  })
})
