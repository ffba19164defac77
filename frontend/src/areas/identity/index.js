// Identity: sign-in, the home page, users and the audit log.
import { Document, HomeFilled, Setting, Tools, User } from '@element-plus/icons-vue'
// the sign-in page is where most visits start: part of the first download, not one round trip later
import LoginPage from './pages/LoginPage.vue'
export default {
  publicRoutes: [
    { path: '/login', name: 'login', component: LoginPage, meta: { public: true } }
  ],
  routes: [
    { path: '', name: 'home', component: () => import('./pages/HomePage.vue') },
    { path: 'account/password', name: 'change-password', component: () => import('./pages/ChangePasswordPage.vue') },
    { path: 'admin/users', name: 'users', component: () => import('./pages/UsersPage.vue'), meta: { roles: ['ADMIN'] } },
    { path: 'admin/settings', name: 'portal-settings', component: () => import('./pages/PortalSettingsPage.vue'), meta: { roles: ['ADMIN'] } },
    { path: 'admin/audit-log', name: 'audit-log', component: () => import('./pages/AuditLogPage.vue'), meta: { roles: ['ADMIN'] } }
  ],
  menuGroups: [
    { key: 'system', title: 'nav.system', icon: Setting, order: 90 }
  ],
  menu: [
    { path: '/', title: 'nav.home', icon: HomeFilled, order: 0 },
    { path: '/admin/users', title: 'nav.users', icon: User, roles: ['ADMIN'], group: 'system', order: 91 },
    { path: '/admin/settings', title: 'nav.portalSettings', icon: Tools, roles: ['ADMIN'], group: 'system', order: 95 },
    { path: '/admin/audit-log', title: 'nav.audit', icon: Document, roles: ['ADMIN'], group: 'system', order: 99 }
  ]
}
