// The signed-in user's roles, asked in one place: what a screen shows or offers by role. The server
// decides what is allowed; a screen only hides what would be refused.
import { computed } from 'vue'
import { useSession } from '@/stores/session'

export function useRoles() {
  const session = useSession()
  const has = (role) => computed(() => session.roles.includes(role))
  return {
    isAgency: has('AGENCY'),
    isStaff: has('STAFF'),
    isAdmin: has('ADMIN'),
    isUnit: has('UNIT'),
    isExpert: has('EXPERT'),
    isBureau: computed(() => session.roles.includes('STAFF') || session.roles.includes('ADMIN')),
    /** True when the user has one of the roles (or none are asked for): menus, widgets, routes. */
    hasAny: (roles) => session.hasAnyRole(roles)
  }
}
