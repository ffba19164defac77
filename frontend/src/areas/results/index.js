// Results (评价结果反馈、整改与应用, DOMAIN.md §9): budget units, the bureau's rectification board and
// result-application list, the unit's own home, the result tab on an engagement (ResultsPanel), and the
// public results page.
import { Document, Finished, OfficeBuilding, Tickets } from '@element-plus/icons-vue'

const BUREAU = ['STAFF', 'ADMIN']

export default {
  publicRoutes: [
    { path: '/public/results', name: 'public-evaluation-results', component: () => import('./pages/PublicEvaluationResultsPage.vue'), meta: { public: true } }
  ],
  publicLinks: [
    { name: 'public-evaluation-results', title: 'nav.publicEvaluationResults', order: 32 }
  ],
  routes: [
    { path: 'unit', name: 'unit-home', component: () => import('./pages/UnitHomePage.vue'), meta: { roles: ['UNIT'] } },
    { path: 'budget-units', name: 'budget-units', component: () => import('./pages/BudgetUnitsPage.vue'), meta: { roles: BUREAU } },
    { path: 'rectifications', name: 'rectifications', component: () => import('./pages/RectificationsPage.vue'), meta: { roles: [...BUREAU, 'UNIT'] } },
    { path: 'rectifications/:id', name: 'rectification', component: () => import('./pages/TaskPage.vue'), meta: { roles: [...BUREAU, 'UNIT'] } },
    { path: 'result-applications', name: 'result-applications', component: () => import('./pages/ApplicationsPage.vue'), meta: { roles: BUREAU } }
  ],
  menuGroups: [
    { key: 'results', title: 'nav.results', icon: Finished, order: 55 }
  ],
  menu: [
    { path: '/unit', title: 'nav.unitHome', icon: Document, roles: ['UNIT'], order: 20 },
    { path: '/rectifications', title: 'nav.rectifications', icon: Tickets, roles: ['UNIT'], order: 21 },
    { path: '/budget-units', title: 'nav.budgetUnits', icon: OfficeBuilding, roles: BUREAU, group: 'results', order: 55 },
    { path: '/rectifications', title: 'nav.rectifications', icon: Tickets, roles: BUREAU, group: 'results', order: 56 },
    { path: '/result-applications', title: 'nav.resultApplications', icon: Finished, roles: BUREAU, group: 'results', order: 57 }
  ]
}
