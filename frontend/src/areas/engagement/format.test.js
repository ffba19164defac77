import { describe, expect, it } from 'vitest'
import { percent, stateTag, sum, STATES, winnerFirst } from './format'
import { formatSize as fileSize } from '@/composables/format'
import texts from './i18n'

describe('engagement formats', () => {
  it('shows fractions as percentages', () => {
    expect(percent('0.95')).toBe('95%')
    expect(percent(1)).toBe('100%')
    expect(percent('0.8525')).toBe('85.25%')
    expect(percent(null)).toBe('')
  })

  it('adds weights for the preview', () => {
    expect(sum(['20', 30, '25.5', ''])).toBe(75.5)
  })

  it('tags final and waiting states', () => {
    expect(stateTag('TERMINATED')).toBe('danger')
    expect(stateTag('PLAN_SUBMITTED')).toBe('warning')
    expect(stateTag('SETTLED')).toBe('success')
  })

  it('sizes files', () => {
    expect(fileSize(512)).toBe('512 B')
    expect(fileSize(2048)).toBe('2.0 KB')
  })

  it('names every state in both languages', () => {
    for (const lang of ['zh-CN', 'en']) {
      expect(Object.keys(texts[lang].eng.states).sort()).toEqual([...STATES].sort())
    }
  })
})

describe('rule table titles', () => {
  it('has a title for every rule table of the area in both languages', () => {
    const keys = ['feeCaps', 'eligibility', 'draw', 'deadlines', 'scoringTemplate', 'gradeBands', 'feeRatios', 'advanceShare', 'lowFee', 'historyConflicts']
    for (const lang of ['zh-CN', 'en']) {
      expect(Object.keys(texts[lang].eng.rules.tables).sort()).toEqual([...keys].sort())
    }
  })
})

describe('winnerFirst', () => {
  it('puts the chosen agency first and keeps the others in order', () => {
    const pool = [{ agencyId: 1 }, { agencyId: 2 }, { agencyId: 3 }, { agencyId: 4 }]
    expect(winnerFirst(pool, 3).map((r) => r.agencyId)).toEqual([3, 1, 2, 4])
    expect(winnerFirst(pool, 9).map((r) => r.agencyId)).toEqual([1, 2, 3, 4])
    expect(winnerFirst(null, 1)).toEqual([])
  })
})
