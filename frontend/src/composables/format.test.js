import { describe, expect, it } from 'vitest'
import { formatMoney } from './format'

describe('formatMoney', () => {
  it('groups thousands and keeps two decimals', () => {
    expect(formatMoney('1234567.5')).toBe('¥1,234,567.50')
    expect(formatMoney('-300.00')).toBe('-¥300.00')
    expect(formatMoney(12)).toBe('¥12.00')
    expect(formatMoney(null)).toBe('')
  })
})
