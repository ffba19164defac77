// The supervision API (API.md "Supervision"): inspections and their items, the agency's side, credit repair, disclosure.
import { http, download } from '@/api/http'

const data = (r) => r.data

export const supervisionApi = {
  inspections: (params) => http.get('/api/inspections', { params }).then(data),
  open: (body) => http.post('/api/inspections', body).then(data),
  inspection: (id) => http.get(`/api/inspections/${id}`).then(data),
  verify: (id) => http.get(`/api/inspections/${id}/verification`).then(data),
  publish: (id) => http.post(`/api/inspections/${id}/publication`, {}).then(data),
  requestPapers: (id, itemId, body) => http.post(`/api/inspections/${id}/items/${itemId}/workpaper-request`, body).then(data),
  uploadPapers: (id, itemId, file) => {
    const form = new FormData()
    form.append('file', file)
    return http.post(`/api/inspections/${id}/items/${itemId}/workpapers`, form).then(data)
  },
  openPaper: (item, paper) => download(`/api/inspections/${item.inspectionId}/items/${item.id}/workpapers/${paper.id}`, {}, paper.fileName),
  finding: (id, itemId, body) => http.post(`/api/inspections/${id}/items/${itemId}/findings`, body).then(data),
  rectify: (id, itemId, answer) => http.post(`/api/inspections/${id}/items/${itemId}/rectification`, { answer }).then(data),
  conclude: (id, itemId, body) => http.post(`/api/inspections/${id}/items/${itemId}/conclusion`, body).then(data),
  myItems: (params) => http.get('/api/agencies/me/inspection-items', { params }).then(data),
  applyRepair: (body) => http.post('/api/agencies/me/credit-repairs', body).then(data),
  // the agency's own credit record (API.md "Credit"), for choosing what to repair
  agencyCredit: (agencyId) => http.get(`/api/agencies/${agencyId}/credit`).then(data),
  myRepairs: (params) => http.get('/api/agencies/me/credit-repairs', { params }).then(data),
  repairs: (params) => http.get('/api/credit-repairs', { params }).then(data),
  reviewRepair: (id, body) => http.post(`/api/credit-repairs/${id}/review`, body).then(data),
  decideRepair: (id, body) => http.post(`/api/credit-repairs/${id}/decision`, body).then(data),
  eventTypes: () => http.get('/api/rules/credit.event-types').then((r) => r.data.content.types)
}

export const publicSupervisionApi = {
  results: (params) => http.get('/api/public/inspection-results', { params }).then(data),
  repairs: (params) => http.get('/api/public/credit-repairs', { params }).then(data)
}

/** The codes of the area, typed once. */
export const KINDS = ['RECHECK', 'PRACTICE_QUALITY']
export const CONCLUSIONS = ['SATISFACTORY', 'MINOR_ISSUES', 'MAJOR_ISSUES']
export const CHECK_RESULTS = ['MET', 'PARTLY_MET', 'NOT_MET']
export const REPAIR_STATUSES = ['APPLIED', 'REVIEWED', 'GRANTED', 'REFUSED']
export const CONCLUSION_COLORS = { SATISFACTORY: 'success', MINOR_ISSUES: 'warning', MAJOR_ISSUES: 'danger' }
