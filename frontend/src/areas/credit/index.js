// Credit (信用): the agency's own record, the bureau's ledger, objections, blacklist and rules, and the
// public disclosure pages (reachable from the sign-in page through publicLinks).
import { defineAsyncComponent, markRaw } from 'vue'
import './credit.css'
import { ChatLineSquare, CircleClose, List, Medal, Operation, TrendCharts } from '@element-plus/icons-vue'

const BUREAU = ['STAFF', 'ADMIN']

export default {
  publicRoutes: [
    { path: '/public/blacklist', name: 'public-blacklist', component: () => import('./pages/PublicBlacklistPage.vue'), meta: { public: true } },
    { path: '/public/credit-results', name: 'public-credit-results', component: () => import('./pages/PublicResultsPage.vue'), meta: { public: true } }
  ],
  publicLinks: [
    { name: 'public-blacklist', title: 'nav.publicBlacklist', order: 30 },
    { name: 'public-credit-results', title: 'nav.publicResults', order: 31 }
  ],
  agencyTabs: [
    { name: 'credit', label: 'nav.agencyCredit', roles: BUREAU, order: 20,
      component: markRaw(defineAsyncComponent(() => import('./components/CreditRecord.vue'))) }
  ],
  routes: [
    { path: 'credit/me', name: 'my-credit', component: () => import('./pages/MyCreditPage.vue'), meta: { roles: ['AGENCY'] } },
    { path: 'credit/events', name: 'credit-ledger', component: () => import('./pages/CreditLedgerPage.vue'), meta: { roles: BUREAU } },
    { path: 'credit/objections', name: 'credit-objections', component: () => import('./pages/ObjectionsPage.vue'), meta: { roles: BUREAU } },
    { path: 'credit/standings', name: 'credit-standings', component: () => import('./pages/CreditStandingsPage.vue'), meta: { roles: BUREAU } },
    { path: 'credit/agencies/:id', name: 'credit-agency', component: () => import('./pages/AgencyCreditPage.vue'), meta: { roles: BUREAU } },
    { path: 'credit/blacklist', name: 'credit-blacklist', component: () => import('./pages/BlacklistPage.vue'), meta: { roles: BUREAU } },
    { path: 'admin/credit-rules', name: 'credit-rules', component: () => import('./pages/CreditRulesPage.vue'), meta: { roles: ['ADMIN'] } }
  ],
  menuGroups: [
    { key: 'credit', title: 'nav.credit', icon: Medal, order: 60 }
  ],
  menu: [
    { path: '/credit/me', title: 'nav.myCredit', icon: Medal, roles: ['AGENCY'], order: 60 },
    { path: '/credit/events', title: 'nav.creditLedger', icon: List, roles: BUREAU, group: 'credit', order: 61 },
    { path: '/credit/objections', title: 'nav.creditObjections', icon: ChatLineSquare, roles: BUREAU, group: 'credit', order: 62 },
    { path: '/credit/standings', title: 'nav.creditStandings', icon: TrendCharts, roles: BUREAU, group: 'credit', order: 63 },
    { path: '/credit/blacklist', title: 'nav.blacklist', icon: CircleClose, roles: BUREAU, group: 'credit', order: 64 },
    { path: '/admin/credit-rules', title: 'nav.creditRules', icon: Operation, roles: ['ADMIN'], group: 'system', order: 95 }
  ],
  homeWidgets: [
    { component: markRaw(defineAsyncComponent(() => import('./components/CreditHomeWidget.vue'))), roles: ['AGENCY', 'STAFF', 'ADMIN'], order: 60 }
  ]
}
