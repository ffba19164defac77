import { describe, expect, it, beforeEach } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSession } from '@/stores/session'
import { useRoles } from './useRoles'

describe('useRoles', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('answers from the signed-in user and follows a change of user', () => {
    const session = useSession()
    session.me = { roles: ['AGENCY'] }
    const roles = useRoles()
    expect(roles.isAgency.value).toBe(true)
    expect(roles.isAdmin.value).toBe(false)
    expect(roles.isBureau.value).toBe(false)
    session.me = { roles: ['STAFF'] }
    expect(roles.isAgency.value).toBe(false)
    expect(roles.isBureau.value).toBe(true)
    expect(roles.hasAny(['ADMIN'])).toBe(false)
    expect(roles.hasAny(['STAFF', 'ADMIN'])).toBe(true)
    expect(roles.hasAny([])).toBe(true)
  })
})
