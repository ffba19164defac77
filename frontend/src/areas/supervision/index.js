// Supervision after acceptance (监督检查, DOMAIN.md §11): inspections for the bureau, the agency's items and
// credit repair, and the yearly public results (reachable from the sign-in page).
import { DocumentChecked, FirstAidKit, Search } from '@element-plus/icons-vue'

const BUREAU = ['STAFF', 'ADMIN']

export default {
  publicRoutes: [
    { path: '/public/inspection-results', name: 'public-inspection-results', component: () => import('./pages/PublicInspectionResultsPage.vue'), meta: { public: true } }
  ],
  publicLinks: [
    { name: 'public-inspection-results', title: 'nav.publicInspections', order: 32 }
  ],
  routes: [
    { path: 'supervision/inspections', name: 'inspections', component: () => import('./pages/InspectionsPage.vue'), meta: { roles: BUREAU } },
    { path: 'supervision/inspections/:id', name: 'inspection', component: () => import('./pages/InspectionPage.vue'), meta: { roles: BUREAU } },
    { path: 'supervision/repairs', name: 'credit-repairs', component: () => import('./pages/RepairsPage.vue'), meta: { roles: BUREAU } },
    { path: 'supervision/me', name: 'my-inspections', component: () => import('./pages/MyInspectionsPage.vue'), meta: { roles: ['AGENCY'] } },
    { path: 'supervision/my-repairs', name: 'my-repairs', component: () => import('./pages/MyRepairsPage.vue'), meta: { roles: ['AGENCY'] } }
  ],
  menuGroups: [
    { key: 'supervision', title: 'nav.supervision', icon: Search, order: 65 }
  ],
  menu: [
    { path: '/supervision/inspections', title: 'nav.inspections', icon: Search, roles: BUREAU, group: 'supervision', order: 66 },
    { path: '/supervision/repairs', title: 'nav.repairs', icon: FirstAidKit, roles: BUREAU, group: 'supervision', order: 67 },
    { path: '/supervision/me', title: 'nav.myInspections', icon: DocumentChecked, roles: ['AGENCY'], order: 66 },
    { path: '/supervision/my-repairs', title: 'nav.myRepairs', icon: FirstAidKit, roles: ['AGENCY'], order: 67 }
  ]
}
