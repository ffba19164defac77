// Engagements (委托业务) and their acceptance and fee: lists, the detail page with every step, the
// bureau's rule tables for this area, and the home-page to-dos.
import { defineAsyncComponent, markRaw } from 'vue'
import { Operation, Tickets } from '@element-plus/icons-vue'

export default {
  routes: [
    { path: 'engagements', name: 'engagements', component: () => import('./pages/EngagementListPage.vue'), meta: { roles: ['AGENCY', 'STAFF', 'ADMIN'] } },
    { path: 'engagements/new', name: 'engagement-new', component: () => import('./pages/EngagementFormPage.vue'), meta: { roles: ['STAFF', 'ADMIN'] } },
    { path: 'engagements/:id/edit', name: 'engagement-edit', component: () => import('./pages/EngagementFormPage.vue'), meta: { roles: ['STAFF', 'ADMIN'] } },
    { path: 'engagements/:id', name: 'engagement', component: () => import('./pages/EngagementDetailPage.vue'), meta: { roles: ['AGENCY', 'STAFF', 'ADMIN'] } },
    { path: 'admin/engagement-rules', name: 'engagement-rules', component: () => import('./pages/RuleTablesPage.vue'), meta: { roles: ['STAFF', 'ADMIN'] } }
  ],
  menu: [
    { path: '/engagements', title: 'nav.engagements', icon: Tickets, roles: ['STAFF', 'ADMIN'], order: 30 },
    { path: '/engagements', title: 'nav.myEngagements', icon: Tickets, roles: ['AGENCY'], order: 30 },
    { path: '/admin/engagement-rules', title: 'nav.engagementRules', icon: Operation, roles: ['ADMIN'], group: 'system', order: 93 }
  ],
  agencyTabs: [
    { name: 'engagements', label: 'nav.engagements', roles: ['STAFF', 'ADMIN'], order: 10,
      component: markRaw(defineAsyncComponent(() => import('./components/AgencyEngagementsTab.vue'))) }
  ],
  homeWidgets: [
    { component: markRaw(defineAsyncComponent(() => import('./components/EngagementHomeWidget.vue'))), roles: ['AGENCY', 'STAFF', 'ADMIN'], order: 30 }
  ]
}
