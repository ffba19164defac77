import { describe, expect, it } from 'vitest'
import { changeRows, objectRoute } from './auditChanges'

describe('changeRows', () => {
  it('puts a moved value in before/after and a recorded value in after', () => {
    expect(changeRows('{"status":{"from":"SUBMITTED","to":"APPROVED"},"decision":"APPROVE","fieldComments":0}')).toEqual([
      { field: 'status', before: 'SUBMITTED', after: 'APPROVED' },
      { field: 'decision', before: '', after: 'APPROVE' },
      { field: 'fieldComments', before: '', after: '0' }])
  })
  it('shows null as a dash and keeps text that is not JSON', () => {
    expect(changeRows('{"until":{"from":"null","to":"2029-12-01"}}')).toEqual([{ field: 'until', before: '—', after: '2029-12-01' }])
    expect(changeRows('not json')).toEqual([{ field: '', before: '', after: 'not json' }])
    expect(changeRows(null)).toEqual([])
  })
})

describe('objectRoute', () => {
  it('links agencies and engagements, nothing else', () => {
    expect(objectRoute('Agency', '4')).toEqual({ name: 'agency-detail', params: { id: '4' } })
    expect(objectRoute('Engagement', '9')).toEqual({ name: 'engagement', params: { id: '9' } })
    expect(objectRoute('User', '2')).toBeNull()
    expect(objectRoute('Agency', null)).toBeNull()
  })
})
