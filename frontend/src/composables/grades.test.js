import { describe, expect, it } from 'vitest'
import { GRADES, GRADE_COLORS, GRADE_HEX, gradeType } from './grades'

describe('credit grades', () => {
  it('knows the four grades, best first, with a colour each', () => {
    expect(GRADES).toEqual(['A', 'B', 'C', 'D'])
    expect(Object.keys(GRADE_COLORS)).toEqual(GRADES)
    expect(Object.keys(GRADE_HEX)).toEqual(GRADES)
  })

  it('gives a tag type for a grade, and a neutral one for none', () => {
    expect(GRADES.map(gradeType)).toEqual(['success', 'primary', 'warning', 'danger'])
    expect(gradeType(null)).toBe('info')
    expect(gradeType('E')).toBe('info')
  })
})
