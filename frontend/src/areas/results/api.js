// The results API (API.md "Results and rectification"): budget units, results, letters, rectification,
// result application, publication and the public results.
import { http, download } from '@/api/http'

const data = (r) => r.data

export const resultsApi = {
  units: (params) => http.get('/api/budget-units', { params }).then(data),
  createUnit: (body) => http.post('/api/budget-units', body).then(data),
  updateUnit: (id, body) => http.put(`/api/budget-units/${id}`, body).then(data),
  createUnitUser: (body) => http.post('/api/users', { ...body, roles: ['UNIT'] }).then(data),
  results: (engagementId) => http.get(`/api/engagements/${engagementId}/results`).then(data),
  record: (engagementId, evaluatedUnitId, body) => http.put(`/api/engagements/${engagementId}/results/${evaluatedUnitId}`, body).then(data),
  revisions: (engagementId, evaluatedUnitId) => http.get(`/api/engagements/${engagementId}/results/${evaluatedUnitId}/revisions`).then(data),
  issueLetter: (engagementId, evaluatedUnitId) => http.post(`/api/engagements/${engagementId}/results/${evaluatedUnitId}/letter`, {}).then(data),
  publication: (engagementId) => http.get(`/api/engagements/${engagementId}/publication`).then(data),
  publish: (engagementId, file, summary) => {
    const form = new FormData()
    form.append('file', file)
    form.append('summary', summary)
    return http.post(`/api/engagements/${engagementId}/publication`, form).then(data)
  },
  feedback: (engagementId, body) => http.post(`/api/engagements/${engagementId}/unit-feedback`, body).then(data),
  letters: (params) => http.get('/api/feedback-letters', { params }).then(data),
  letterPdf: (letter) => download(`/api/feedback-letters/${letter.id}/pdf`, {}, `feedback-letter-${letter.id}.pdf`),
  tasks: (params) => http.get('/api/rectifications', { params }).then(data),
  board: () => http.get('/api/rectifications/board').then(data),
  task: (id) => http.get(`/api/rectifications/${id}`).then(data),
  answer: (id, measures) => http.post(`/api/rectifications/${id}/answer`, { measures }).then(data),
  upload: (id, file) => {
    const form = new FormData()
    form.append('file', file)
    return http.post(`/api/rectifications/${id}/files`, form).then(data)
  },
  openFile: (task, file) => download(`/api/rectifications/${task.id}/files/${file.id}`, {}, file.fileName),
  review: (id, decision, comment) => http.post(`/api/rectifications/${id}/review`, { decision, comment }).then(data),
  askExtension: (id, body) => http.post(`/api/rectifications/${id}/extension`, body).then(data),
  decideExtension: (id, body) => http.post(`/api/rectifications/${id}/extension/decision`, body).then(data),
  applications: (params) => http.get('/api/result-applications', { params }).then(data),
  exportApplications: (params) => download('/api/result-applications/export', params, 'result-applications.xlsx'),
  decide: (evaluatedUnitId, body) => http.put(`/api/result-applications/${evaluatedUnitId}`, body).then(data)
}

export const publicResultsApi = {
  list: (params) => http.get('/api/public/results', { params }).then(data),
  pdf: (row) => download(`/api/public/results/${row.id}/pdf`, {}, `report-${row.id}.pdf`)
}

export const CONCLUSIONS = ['EXCELLENT', 'GOOD', 'MEDIUM', 'POOR']
export const CATEGORIES = ['DECISION', 'BUDGET_EXECUTION', 'FUND_MANAGEMENT', 'PROJECT_MANAGEMENT', 'OUTPUT', 'BENEFIT', 'OTHER']
export const ACTIONS = ['COMMEND_PRIORITY', 'RECTIFY', 'REDUCE', 'CANCEL']
export const TASK_STATUSES = ['OPEN', 'ANSWERED', 'RETURNED', 'ACCEPTED']

export function conclusionType(c) {
  return { EXCELLENT: 'success', GOOD: 'primary', MEDIUM: 'warning', POOR: 'danger' }[c] || 'info'
}

export function statusType(s) {
  return { OPEN: 'info', ANSWERED: 'warning', RETURNED: 'danger', ACCEPTED: 'success' }[s] || 'info'
}
