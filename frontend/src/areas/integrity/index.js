// Selection integrity (防围标、利害关系与信用解释, DOMAIN.md §12): the bureau's related-agency groups, and the
// credit forecast for an agency (its own) and for the bureau (any agency).
import { Connection, DataLine } from '@element-plus/icons-vue'

const BUREAU = ['STAFF', 'ADMIN']

export default {
  routes: [
    { path: 'integrity/relations', name: 'agency-relations', component: () => import('./pages/RelationsPage.vue'), meta: { roles: BUREAU } },
    { path: 'integrity/forecast', name: 'my-credit-forecast', component: () => import('./pages/ForecastPage.vue'), meta: { roles: ['AGENCY'] } },
    { path: 'integrity/forecast/:id', name: 'credit-forecast', component: () => import('./pages/ForecastPage.vue'), meta: { roles: BUREAU } }
  ],
  menu: [
    { path: '/integrity/relations', title: 'nav.agencyRelations', icon: Connection, roles: BUREAU, group: 'credit', order: 65 },
    { path: '/integrity/forecast', title: 'nav.creditForecast', icon: DataLine, roles: ['AGENCY'], order: 61 }
  ]
}
