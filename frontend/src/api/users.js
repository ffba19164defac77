import { download, http } from './http'

export const usersApi = {
  list: (params) => http.get('/api/users', { params }).then((r) => r.data),
  get: (id) => http.get(`/api/users/${id}`).then((r) => r.data),
  create: (body) => http.post('/api/users', body).then((r) => r.data),
  update: (id, body) => http.put(`/api/users/${id}`, body).then((r) => r.data),
  resetPassword: (id) => http.post(`/api/users/${id}/password-reset`).then((r) => r.data),
  unlock: (id) => http.post(`/api/users/${id}/unlock`).then((r) => r.data)
}

export const auditApi = {
  list: (params) => http.get('/api/audit-log', { params }).then((r) => r.data),
  verify: () => http.get('/api/audit-log/verification').then((r) => r.data),
  facets: () => http.get('/api/audit-log/facets').then((r) => r.data),
  export: (params) => download('/api/audit-log/export', params, 'audit-log.xlsx')
}
