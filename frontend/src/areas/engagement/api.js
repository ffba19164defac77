// The engagement and acceptance API (委托业务、验收考核与费用), one function per endpoint.
import { http, download } from '@/api/http'

const base = (id) => `/api/engagements/${id}`
const data = (r) => r.data

export const engagementApi = {
  list: (params) => http.get('/api/engagements', { params }).then(data),
  export: (params) => download('/api/engagements/export', params, 'engagements.xlsx'),
  supervisors: () => http.get('/api/engagements/supervisors').then(data),
  get: (id) => http.get(base(id)).then(data),
  create: (body) => http.post('/api/engagements', body).then(data),
  update: (id, body) => http.put(base(id), body).then(data),
  terminate: (id, reason) => http.post(`${base(id)}/termination`, { reason }).then(data),
  close: (id) => http.post(`${base(id)}/closure`).then(data),

  eligibility: (id) => http.get(`${base(id)}/eligibility`).then(data),
  select: (id, body) => http.post(`${base(id)}/selection`, body).then(data),
  selections: (id) => http.get(`${base(id)}/selections`).then(data),
  verify: (id) => http.get(`${base(id)}/selection/verification`).then(data),
  confirm: (id, body) => http.post(`${base(id)}/confirmation`, body).then(data),

  documents: (id) => http.get(`${base(id)}/documents`).then(data),
  upload: (id, purpose, file) => {
    const form = new FormData()
    form.append('purpose', purpose)
    form.append('file', file)
    return http.post(`${base(id)}/documents`, form).then(data)
  },
  downloadDocument: (id, documentId, name) => download(`${base(id)}/documents/${documentId}`, {}, name),
  people: (id) => http.get(`${base(id)}/people`).then(data),
  plans: (id) => http.get(`${base(id)}/plans`).then(data),
  submitPlan: (id, body) => http.post(`${base(id)}/plans`, body).then(data),
  reviewPlan: (id, planId, body) => http.post(`${base(id)}/plans/${planId}/review`, body).then(data),
  startFieldwork: (id) => http.post(`${base(id)}/fieldwork`).then(data),
  reports: (id) => http.get(`${base(id)}/reports`).then(data),
  submitReport: (id, body) => http.post(`${base(id)}/reports`, body).then(data),
  reviewReport: (id, reportId, body) => http.post(`${base(id)}/reports/${reportId}/review`, body).then(data),
  issues: (id) => http.get(`${base(id)}/issues`).then(data),
  raiseIssue: (id, body) => http.post(`${base(id)}/issues`, body).then(data),
  resolveIssue: (id, issueId, resolution) => http.post(`${base(id)}/issues/${issueId}/resolution`, { resolution }).then(data)
}

export const acceptanceApi = {
  template: () => http.get('/api/scoring-templates/current').then(data),
  assess: (id, body) => http.post(`${base(id)}/assessment`, body).then(data),
  assessment: (id) => http.get(`${base(id)}/assessment`).then(data),
  preview: (id, body) => http.post(`${base(id)}/assessment/preview`, body).then((r) => r.data),
  sheet: (id) => download(`${base(id)}/assessment/sheet`, {}, `scoring-sheet-${id}.pdf`),
  reopen: (id, reason) => http.post(`${base(id)}/assessment/reopening`, { reason }).then(data),
  fee: (id) => http.get(`${base(id)}/fee`).then(data),
  pay: (id, body) => http.post(`${base(id)}/payments`, body).then(data)
}

export const ruleApi = {
  current: (key) => http.get(`/api/rules/${key}`).then(data),
  versions: (key) => http.get(`/api/rules/${key}/versions`).then(data),
  publish: (key, content, reason) => http.put(`/api/rules/${key}`, { content, reason }).then(data)
}
