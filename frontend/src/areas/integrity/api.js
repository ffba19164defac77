// Selection integrity (API.md "Selection integrity"): related agencies, the credit forecast, the filing form.
import { http, download } from '@/api/http'

const data = (r) => r.data

export const integrityApi = {
  relations: () => http.get('/api/agency-relations').then(data),
  dismiss: (linkId, reason) => http.post(`/api/agency-relations/links/${linkId}/dismissal`, { reason }).then(data),
  confirm: (groupId, comment) => http.post(`/api/agency-relations/groups/${groupId}/confirmation`, { comment }).then(data),
  forecast: (agencyId, on) => http.get(`/api/agencies/${agencyId}/credit/forecast`, { params: on ? { on } : {} }).then(data),
  filingForm: (agencyId) => download(`/api/agencies/${agencyId}/filing-form`, {}, `filing-form-${agencyId}.xlsx`)
}
