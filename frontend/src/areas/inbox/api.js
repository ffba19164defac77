import { http } from '@/api/http'

export const inboxApi = {
  list: (params) => http.get('/api/inbox', { params }).then((r) => r.data),
  unreadCount: () => http.get('/api/inbox/unread-count').then((r) => r.data.count),
  read: (id) => http.post(`/api/inbox/${id}/read`).then((r) => r.data),
  readAll: () => http.post('/api/inbox/read-all').then((r) => r.data.count)
}
