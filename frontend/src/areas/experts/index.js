// Experts (专家库, DOMAIN.md §10): the pool, panels drawn for review rounds, opinions, fees.
import { defineAsyncComponent, markRaw } from 'vue'
import { Avatar, Money, Stamp } from '@element-plus/icons-vue'

const BUREAU = ['STAFF', 'ADMIN']

export default {
  publicRoutes: [
    { path: '/expert-register', name: 'expert-register', component: () => import('./pages/ExpertRegisterPage.vue'), meta: { public: true } }
  ],
  publicLinks: [
    { name: 'expert-register', title: 'experts.registerLink', order: 40 }
  ],
  routes: [
    { path: 'experts', name: 'experts', component: () => import('./pages/ExpertListPage.vue'), meta: { roles: BUREAU } },
    { path: 'experts/:id', name: 'expert', component: () => import('./pages/ExpertDetailPage.vue'), meta: { roles: [...BUREAU, 'EXPERT'] } },
    { path: 'expert-panels', name: 'expert-panels', component: () => import('./pages/PanelListPage.vue'), meta: { roles: [...BUREAU, 'EXPERT'] } },
    { path: 'expert-panels/:id', name: 'expert-panel', component: () => import('./pages/PanelPage.vue'), meta: { roles: [...BUREAU, 'EXPERT'] } },
    { path: 'expert-fees', name: 'expert-fees', component: () => import('./pages/ExpertFeesPage.vue'), meta: { roles: BUREAU } },
    { path: 'my-expert-record', name: 'my-expert-record', component: () => import('./pages/ExpertDetailPage.vue'), meta: { roles: ['EXPERT'] } }
  ],
  menu: [
    { path: '/experts', title: 'nav.experts', icon: Avatar, roles: BUREAU, order: 15 },
    { path: '/expert-panels', title: 'nav.expertPanels', icon: Stamp, roles: BUREAU, order: 16 },
    { path: '/expert-fees', title: 'nav.expertFees', icon: Money, roles: BUREAU, order: 17 },
    { path: '/expert-panels', title: 'nav.myPanels', icon: Stamp, roles: ['EXPERT'], order: 10 },
    { path: '/my-expert-record', title: 'nav.myExpertRecord', icon: Avatar, roles: ['EXPERT'], order: 11 }
  ],
  homeWidgets: [
    { component: markRaw(defineAsyncComponent(() => import('./components/ExpertHomeWidget.vue'))), roles: ['EXPERT'], order: 10 }
  ],
  engagementTabs: [
    { name: 'experts', label: 'nav.expertPanels', roles: BUREAU, order: 10,
      component: markRaw(defineAsyncComponent(() => import('./components/EngagementPanelsTab.vue'))) }
  ]
}
