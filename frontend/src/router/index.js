import { createRouter, createWebHistory } from 'vue-router'
import { layoutRoutes, publicRoutes } from '@/areas/registry'
import { useSession } from '@/stores/session'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    ...publicRoutes,
    { path: '/', component: () => import('@/layout/AppLayout.vue'), children: layoutRoutes },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/layout/NotFoundPage.vue'), meta: { public: true } }
  ],
  scrollBehavior: () => ({ top: 0 })
})

/**
 * Signed-out users go to the sign-in page, which brings them back afterwards; a page the user's
 * roles do not allow sends them home. The server checks every call anyway.
 */
router.beforeEach(async (to) => {
  if (to.meta.public) return true
  const session = useSession()
  if (!session.signedIn) {
    return { name: 'login', query: { redirect: to.fullPath } }
  }
  if (!session.me) {
    try { await session.loadMe() } catch { return { name: 'login', query: { redirect: to.fullPath } } }
  }
  // a temporary password must be changed before anything else (the server enforces it too)
  if (session.me?.mustChangePassword && to.name !== 'change-password') {
    return { name: 'change-password' }
  }
  const roles = to.matched.flatMap((r) => r.meta.roles || [])
  if (roles.length && !session.hasAnyRole(roles)) {
    return { name: 'home' }
  }
  return true
})
