import { describe, expect, it } from 'vitest'
import { checkValue, ruleField } from './fieldRules'

const r = (kind, params = {}, message = kind) => ({ field: 'x', kind, params, message })

describe('field rules published by the server', () => {
  it('names list fields as the server publishes them', () => {
    expect(ruleField('leadEvaluators[12].certificates[0].certType')).toBe('leadEvaluators[].certificates[].certType')
  })
  it('requires, measures and matches as the constraints do', () => {
    expect(checkValue([r('NotBlank')], '  ')).toBe('NotBlank')
    expect(checkValue([r('NotBlank')], 'a')).toBeNull()
    expect(checkValue([r('Size', { min: 0, max: 3 })], '四个字符')).toBe('Size')
    expect(checkValue([r('Size', { min: 0, max: 3 })], null)).toBeNull()
    expect(checkValue([r('Pattern', { regexp: '^[a-z]{3}$' })], 'ab')).toBe('Pattern')
  })
  it('reads numbers as the server does', () => {
    expect(checkValue([r('Digits', { integer: 3, fraction: 1 })], '12.25')).toBe('Digits')
    expect(checkValue([r('Digits', { integer: 3, fraction: 1 })], 12.5)).toBeNull()
    expect(checkValue([r('Positive')], 0)).toBe('Positive')
    expect(checkValue([r('PositiveOrZero')], -1)).toBe('PositiveOrZero')
  })
  it('refuses a score above its item maximum with the server message', () => {
    const rules = [r('ItemMax', {}, '得分不能超过该项满分 {0} 分')]
    expect(checkValue(rules, 11, { max: 10 })).toBe('得分不能超过该项满分 10 分')
    expect(checkValue(rules, 10, { max: 10 })).toBeNull()
  })
  it('asks what a submission needs only when submitting', () => {
    expect(checkValue([r('Submission')], '', {})).toBeNull()
    expect(checkValue([r('Submission')], '', { submission: true })).toBe('Submission')
  })
})

import { expand, valueAt } from './fieldRules'
describe('paths in a model', () => {
  const model = { people: [{ name: 'a', certs: [{ n: 1 }, { n: 2 }] }, { name: '' }] }
  it('expands list fields and reads values', () => {
    expect(expand('people[].certs[].n', model)).toEqual(['people[0].certs[0].n', 'people[0].certs[1].n'])
    expect(valueAt(model, 'people[0].certs[1].n')).toBe(2)
    expect(valueAt(model, 'people[1].name')).toBe('')
  })
})
