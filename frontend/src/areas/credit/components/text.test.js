import { describe, expect, it } from 'vitest'
import { STATUSES, signed } from './text'
import { GRADE_COLORS } from '@/composables/grades'
import area from '../index'

describe('credit display helpers', () => {
  it('signs points as the ledger shows them', () => {
    expect(signed(3)).toBe('+3')
    expect(signed(-40)).toBe('-40')
    expect(signed(0)).toBe('0')
    expect(signed(null)).toBe('')
  })

  it('knows every grade and status the API answers', () => {
    expect(Object.keys(GRADE_COLORS)).toEqual(['A', 'B', 'C', 'D'])
    expect(STATUSES).toEqual(['PROPOSED', 'OBJECTED', 'EFFECTIVE', 'EXPIRED', 'WITHDRAWN'])
  })
})

describe('credit area registration', () => {
  it('restricts every signed-in page to the roles that may use it', () => {
    for (const route of area.routes) expect(route.meta?.roles?.length, route.path).toBeGreaterThan(0)
    expect(area.routes.find((r) => r.name === 'my-credit').meta.roles).toEqual(['AGENCY'])
    expect(area.routes.find((r) => r.name === 'credit-rules').meta.roles).toEqual(['ADMIN'])
  })

  it('offers the public pages without sign-in, linked from the sign-in page', () => {
    expect(area.publicRoutes.every((r) => r.meta.public)).toBe(true)
    expect(area.publicLinks.map((l) => l.name)).toEqual(area.publicRoutes.map((r) => r.name))
  })
})
