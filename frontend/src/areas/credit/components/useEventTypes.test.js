import { describe, expect, it, vi } from 'vitest'

vi.mock('../api', () => ({
  RULE_KEYS: { eventTypes: 'credit.event-types' },
  creditApi: {
    rule: vi.fn(async () => ({
      content: {
        types: [
          { code: 'ACCEPTANCE_GOOD', source: 'ACCEPTANCE' },
          { code: 'ACCEPTANCE_AUDIT_FINDING', source: 'INSPECTION' },
          { code: 'LATE_SUBMISSION', source: 'DEADLINE' }
        ]
      }
    }))
  }
}))

const { isSystemType, useEventTypes } = await import('./useEventTypes')

describe('credit event types', () => {
  it('treats a type as the system\'s by its source, as the server does, not by its code', () => {
    expect(isSystemType({ code: 'ACCEPTANCE_FAIL', source: 'ACCEPTANCE' })).toBe(true)
    expect(isSystemType({ code: 'ACCEPTANCE_AUDIT_FINDING', source: 'INSPECTION' })).toBe(false)
  })

  it('offers staff every type but the acceptance results', async () => {
    const eventTypes = useEventTypes()
    await eventTypes.load()
    expect(eventTypes.types.value).toHaveLength(3)
    expect(eventTypes.proposable.value.map((x) => x.code)).toEqual(['ACCEPTANCE_AUDIT_FINDING', 'LATE_SUBMISSION'])
  })
})
