import { describe, expect, it } from 'vitest'
import { formatMoney, localToday, parseMoney } from './format'

describe('formatMoney', () => {
  it('groups thousands and keeps two decimals', () => {
    expect(formatMoney('1234567.5')).toBe('¥1,234,567.50')
    expect(formatMoney('-300.00')).toBe('-¥300.00')
    expect(formatMoney(12)).toBe('¥12.00')
    expect(formatMoney(null)).toBe('')
  })
})

describe('parseMoney', () => {
  it('takes money as people type it', () => {
    expect(parseMoney('12,000,000')).toBe('12000000')
    expect(parseMoney(' ¥1,200.50 ')).toBe('1200.50')
    expect(parseMoney('1.2万')).toBe('12000')
    expect(parseMoney('120万')).toBe('1200000')
    expect(parseMoney('0.05万')).toBe('500')
    expect(parseMoney('1.23456万')).toBe('12345.6')
    expect(parseMoney('3亿')).toBe('300000000')
    expect(parseMoney('１２，０００')).toBe('12000')
    expect(parseMoney('5000元')).toBe('5000')
    expect(parseMoney('120000.00')).toBe('120000.00')
  })
  it('leaves what is not money to the server, trimmed', () => {
    expect(parseMoney(' abc ')).toBe('abc')
    expect(parseMoney('1,20')).toBe('1,20')
    expect(parseMoney('')).toBe('')
    expect(parseMoney(null)).toBe(null)
  })
})

describe('localToday', () => {
  it('answers the date on the reader\'s calendar, not the UTC date', () => {
    const now = new Date(2026, 11, 6, 7, 30) // 07:30 local time on 6 December
    expect(localToday(now)).toBe('2026-12-06')
  })
})
