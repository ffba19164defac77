// Agencies: registration, the agency's profile, the pool for the bureau, the public directory (reachable
// from the sign-in page and the public pages' frame through publicLinks).
import { defineAsyncComponent, markRaw } from 'vue'
import { OfficeBuilding, Reading } from '@element-plus/icons-vue'

export default {
  publicRoutes: [
    { path: '/register', name: 'register', component: () => import('./pages/RegisterPage.vue'), meta: { public: true } },
    { path: '/directory', name: 'directory', component: () => import('./pages/DirectoryPage.vue'), meta: { public: true } },
    { path: '/directory/:id', name: 'directory-card', component: () => import('./pages/PublicCardPage.vue'), meta: { public: true } }
  ],
  publicLinks: [
    { name: 'directory', title: 'agency.nav.directory', order: 20 }
  ],
  routes: [
    { path: 'agency/profile', name: 'agency-profile', component: () => import('./pages/ProfilePage.vue'), meta: { roles: ['AGENCY'] } },
    { path: 'agencies', name: 'agency-pool', component: () => import('./pages/AgencyListPage.vue'), meta: { roles: ['STAFF', 'ADMIN'] } },
    { path: 'agencies/:id', name: 'agency-detail', component: () => import('./pages/AgencyDetailPage.vue'), meta: { roles: ['STAFF', 'ADMIN'] } }
  ],
  menu: [
    { path: '/agency/profile', title: 'agency.nav.profile', icon: OfficeBuilding, roles: ['AGENCY'], order: 10 },
    { path: '/agencies', title: 'agency.nav.pool', icon: OfficeBuilding, roles: ['STAFF', 'ADMIN'], order: 10 },
    { path: '/directory', title: 'agency.nav.directory', icon: Reading, order: 80 }
  ],
  homeWidgets: [
    { component: markRaw(defineAsyncComponent(() => import('./components/AgencyHomeWidget.vue'))), roles: ['AGENCY'], order: 10 },
    { component: markRaw(defineAsyncComponent(() => import('./components/ReviewQueueWidget.vue'))), roles: ['STAFF', 'ADMIN'], order: 10 }
  ]
}
