// The experts API (专家库、专家组、专家意见、专家费), one function per endpoint.
import { http, download } from '@/api/http'

const data = (r) => r.data

export const expertsApi = {
  list: (params) => http.get('/api/experts', { params }).then(data),
  get: (id) => http.get(`/api/experts/${id}`).then(data),
  create: (body) => http.post('/api/experts', body).then(data),
  update: (id, body) => http.put(`/api/experts/${id}`, body).then(data),
  review: (id, body) => http.post(`/api/experts/${id}/review`, body).then(data),
  status: (id, body) => http.post(`/api/experts/${id}/status`, body).then(data),
  specialties: () => http.get('/api/expert-specialties').then(data),
  register: (body) => http.post('/api/expert-registrations', body).then(data),

  drawPanel: (engagementId, body) => http.post(`/api/engagements/${engagementId}/expert-panels`, body).then(data),
  panelsOf: (engagementId) => http.get(`/api/engagements/${engagementId}/expert-panels`).then(data),
  panels: (params) => http.get('/api/expert-panels', { params }).then(data),
  panel: (id) => http.get(`/api/expert-panels/${id}`).then(data),
  verify: (id) => http.get(`/api/expert-panels/${id}/verification`).then(data),
  decline: (id, expertId, reason) => http.post(`/api/expert-panels/${id}/members/${expertId}/decline`, { reason }).then(data),
  opinion: (id, body) => http.post(`/api/expert-panels/${id}/opinions`, body).then(data),
  rate: (id, body) => http.post(`/api/expert-panels/${id}/ratings`, body).then(data),
  downloadFile: (id, documentId, name) => download(`/api/expert-panels/${id}/files/${documentId}`, {}, name),

  fees: (params) => http.get('/api/expert-fees', { params }).then(data),
  exportFees: (params) => download('/api/expert-fees/export', params, 'expert-fees.xlsx'),
  pay: (id, body) => http.post(`/api/expert-fees/${id}/payment`, body).then(data)
}
