import { http } from '@/api/http'

export const dashboardApi = {
  get: (months) => http.get('/api/dashboard', { params: { months } }).then((r) => r.data)
}
