// The credit API (API.md "Credit"): the ledger, objections, blacklist, evidence files, rule tables, disclosure.
import { http, download } from '@/api/http'

const data = (r) => r.data

export const creditApi = {
  agencyCredit: (agencyId) => http.get(`/api/agencies/${agencyId}/credit`).then(data),
  agencyEvents: (agencyId, params) => http.get(`/api/agencies/${agencyId}/credit/events`, { params }).then(data),
  events: (params) => http.get('/api/credit-events', { params }).then(data),
  exportEvents: (params) => download('/api/credit-events/export', params, 'credit-ledger.xlsx'),
  propose: (body) => http.post('/api/credit-events', body).then(data),
  confirm: (id, comment) => http.post(`/api/credit-events/${id}/confirmation`, { comment }).then(data),
  withdraw: (id, reason) => http.post(`/api/credit-events/${id}/withdrawal`, { reason }).then(data),
  waive: (id) => http.post(`/api/credit-events/${id}/waiver`, {}).then(data),
  object: (id, body) => http.post(`/api/credit-events/${id}/objections`, body).then(data),
  objections: (params) => http.get('/api/objections', { params }).then(data),
  exportObjections: (params) => download('/api/objections/export', params, 'credit-objections.xlsx'),
  decide: (id, body) => http.post(`/api/objections/${id}/decision`, body).then(data),
  blacklist: (agencyId, body) => http.post(`/api/agencies/${agencyId}/blacklist`, body).then(data),
  repair: (agencyId, reason) => http.delete(`/api/agencies/${agencyId}/blacklist`, { data: { reason } }).then(data),
  blacklistEntries: (params) => http.get('/api/blacklist', { params }).then(data),
  standings: (params) => http.get('/api/credit-standings', { params }).then(data),
  exportStandings: (params) => download('/api/credit-standings/export', params, 'credit-standings.xlsx'),
  summary: () => http.get('/api/credit-summary').then(data),
  upload: (file) => {
    const form = new FormData()
    form.append('file', file)
    return http.post('/api/credit-files', form).then(data)
  },
  openFile: (file) => download(`/api/credit-files/${file.id}`, {}, file.fileName),
  publishResults: (body) => http.post('/api/credit-results', body).then(data),
  rule: (key) => http.get(`/api/rules/${key}`).then(data),
  publishRule: (key, content, reason) => http.put(`/api/rules/${key}`, { content, reason }).then(data)
}

export const publicCreditApi = {
  blacklist: (params) => http.get('/api/public/blacklist', { params }).then(data),
  publications: () => http.get('/api/public/credit-results').then(data),
  results: (year, params) => http.get(`/api/public/credit-results/${year}`, { params }).then(data)
}

export const RULE_KEYS = {
  eventTypes: 'credit.event-types',
  bands: 'credit.bands',
  window: 'credit.objection-window',
  blacklistPeriod: 'credit.blacklist-period'
}
