// 统计分析: the bureau's overview (DOMAIN.md §7).
import { DataAnalysis } from '@element-plus/icons-vue'
export default {
  routes: [
    { path: 'dashboard', name: 'dashboard', component: () => import('./pages/DashboardPage.vue'), meta: { roles: ['STAFF', 'ADMIN'] } }
  ],
  menu: [
    { path: '/dashboard', title: 'nav.dashboard', icon: DataAnalysis, roles: ['STAFF', 'ADMIN'], order: 80 }
  ]
}
