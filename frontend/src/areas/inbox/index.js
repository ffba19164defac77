// The inbox (消息): in-app notifications of decisions, with the unread count in the header.
import { defineAsyncComponent, markRaw } from 'vue'
import { Bell } from '@element-plus/icons-vue'

export default {
  routes: [
    { path: 'inbox', name: 'inbox', component: () => import('./pages/InboxPage.vue') }
  ],
  menu: [
    { path: '/inbox', title: 'inbox.title', icon: Bell, order: 85 }
  ],
  headerWidgets: [
    { component: markRaw(defineAsyncComponent(() => import('./components/InboxBell.vue'))), order: 10 }
  ]
}
