import { describe, expect, it } from 'vitest'
import { passwordChecks, passwordKinds } from './passwordRule'

const failed = (pw) => passwordChecks(pw).filter((c) => !c.ok).map((c) => c.key)

describe('the password rule shown while typing', () => {
  it('counts upper case, lower case, digits and symbols; any other character is a symbol', () => {
    expect(passwordKinds('')).toBe(0)
    expect(passwordKinds('abcdefgh')).toBe(1)
    expect(passwordKinds('abcdefgh1')).toBe(2)
    expect(passwordKinds('Abcdefgh1')).toBe(3)
    expect(passwordKinds('Abc-defg1')).toBe(4)
    expect(passwordKinds('绩效评价2026abc')).toBe(3)
  })

  it('needs 8 characters, 3 kinds and at most 72 bytes', () => {
    expect(failed('Ab1-xyz')).toEqual(['length'])
    expect(failed('abcdefgh1')).toEqual(['kinds'])
    expect(failed('Zhang-San-2026')).toEqual([])
    expect(failed('Aa1-' + 'x'.repeat(68))).toEqual([])
    expect(failed('Aa1-' + 'x'.repeat(69))).toEqual(['bytes'])
    // Chinese characters are 3 bytes each
    expect(failed('密'.repeat(23) + 'Ab1-')).toEqual(['bytes'])
  })
})

describe('the rule as the screen says it', () => {
  it('names the examples of common passwords literally in both languages', async () => {
    const { i18n } = await import('@/i18n')
    for (const lang of ['zh-CN', 'en']) {
      i18n.global.locale.value = lang
      expect(i18n.global.t('password.rule')).toContain('Admin@123')
      expect(i18n.global.t('password.rule')).toMatch(/8/)
    }
  })
})
