// The inbox (消息): in-app notifications of decisions, with the unread count in the header.
import { markRaw } from 'vue'
import InboxBell from './components/InboxBell.vue'

export default {
  routes: [
    { path: 'inbox', name: 'inbox', component: () => import('./pages/InboxPage.vue') }
  ],
  menu: [
    { path: '/inbox', title: 'inbox.title', icon: 'Bell', order: 85 }
  ],
  headerWidgets: [
    { component: markRaw(InboxBell), order: 10 }
  ]
}
