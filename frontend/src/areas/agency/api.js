// The agency API (API.md "Agencies"): registration, the agency's own profile, the pool, the directory.
import { http, download } from '@/api/http'

export const agencyApi = {
  register: (body) => http.post('/api/registrations', body).then((r) => r.data),
  mine: () => http.get('/api/agencies/me').then((r) => r.data),
  saveMine: (profile, version) =>
    http.put('/api/agencies/me', profile, { params: version == null ? {} : { version } }).then((r) => r.data),
  submit: () => http.post('/api/agencies/me/submission').then((r) => r.data),
  discardChange: () => http.delete('/api/agencies/me/change').then((r) => r.data),
  confirmYear: () => http.post('/api/agencies/me/annual-confirmation').then((r) => r.data),
  withdrawMine: (reason) => http.post('/api/agencies/me/withdrawal', { reason }).then((r) => r.data),
  upload: (file, category, onProgress) => {
    const form = new FormData()
    form.append('file', file)
    form.append('category', category)
    return http.post('/api/agencies/me/documents', form, {
      onUploadProgress: (e) => onProgress && e.total && onProgress(Math.round((e.loaded * 100) / e.total))
    }).then((r) => r.data)
  },
  removeDocument: (id) => http.delete(`/api/agencies/me/documents/${id}`),

  list: (params) => http.get('/api/agencies', { params }).then((r) => r.data),
  exportExcel: (params) => download('/api/agencies/export', params, 'agencies.xlsx'),
  get: (id) => http.get(`/api/agencies/${id}`).then((r) => r.data),
  versions: (id) => http.get(`/api/agencies/${id}/versions`).then((r) => r.data),
  version: (id, number) => http.get(`/api/agencies/${id}/versions/${number}`).then((r) => r.data),
  review: (id, body) => http.post(`/api/agencies/${id}/review`, body).then((r) => r.data),
  suspend: (id, reason) => http.post(`/api/agencies/${id}/suspension`, { reason }).then((r) => r.data),
  reinstate: (id, reason) => http.post(`/api/agencies/${id}/reinstatement`, { reason }).then((r) => r.data),
  withdraw: (id, reason) => http.post(`/api/agencies/${id}/withdrawal`, { reason }).then((r) => r.data),
  /** The approved profile as the national filing form (xlsx), and a filing form read back into a profile (nothing saved). */
  filingForm: (agencyId) => download(`/api/agencies/${agencyId}/filing-form`, {}, `filing-form-${agencyId}.xlsx`),
  readFilingForm: (file) => {
    const body = new FormData()
    body.append('file', file)
    return http.post('/api/registrations/filing-form', body).then((r) => r.data)
  },
  downloadDocument: (agencyId, doc) => download(`/api/agencies/${agencyId}/documents/${doc.id}`, {}, doc.fileName),
  openDocument: async (agencyId, doc) => {
    const r = await http.get(`/api/agencies/${agencyId}/documents/${doc.id}`, { params: { inline: true }, responseType: 'blob' })
    const href = URL.createObjectURL(r.data)
    window.open(href, '_blank', 'noopener')
    setTimeout(() => URL.revokeObjectURL(href), 60_000)
  }
}

export const directoryApi = {
  list: (params) => http.get('/api/public/agencies', { params }).then((r) => r.data),
  card: (id) => http.get(`/api/public/agencies/${id}`).then((r) => r.data)
}
