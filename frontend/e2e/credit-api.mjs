// Calls of the portal's API for the credit browser test: accounts, an approved agency made as a real
// agency and reviewer would (register, profile, licence, submit, approve), credit events.
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

/** A valid unified social credit code (GB 32100-2015) with a random organisation body. */
export function uscc() {
  let body = ''
  for (let i = 0; i < 8; i++) body += '0123456789'[Math.floor(Math.random() * 10)]
  const orgSum = [...body].reduce((s, c, i) => s + Number(c) * ORG_WEIGHTS[i], 0)
  const orgCheck = 11 - (orgSum % 11)
  const org = body + (orgCheck === 10 ? 'X' : orgCheck === 11 ? '0' : String(orgCheck))
  const first17 = '91' + '320100' + org
  const sum = [...first17].reduce((s, c, i) => s + USCC_ALPHABET.indexOf(c) * USCC_WEIGHTS[i], 0)
  return first17 + USCC_ALPHABET[(31 - (sum % 31)) % 31]
}

/** A valid resident ID number (GB 11643) of someone born on the given date. */
export function residentId(region = '320102', birth = '19800512', seq = '123') {
  const first17 = region + birth + seq
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * ID_WEIGHTS[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

export function client(baseUrl) {
  async function call(method, path, { token, body, form } = {}) {
    const headers = { Accept: 'application/json' }
    if (token) headers.Authorization = `Bearer ${token}`
    let payload
    if (form) payload = form
    else if (body !== undefined) { headers['Content-Type'] = 'application/json'; payload = JSON.stringify(body) }
    const res = await fetch(baseUrl + path, { method, headers, body: payload })
    const text = await res.text()
    const json = text && (text.startsWith('{') || text.startsWith('[')) ? JSON.parse(text) : null
    if (!res.ok) {
      const err = new Error(`${method} ${path} → ${res.status} ${text}`)
      err.status = res.status
      err.json = json
      throw err
    }
    return json
  }
  const api = {
    call,
    get: (path, token) => call('GET', path, { token }),
    post: (path, body, token) => call('POST', path, { token, body }),
    put: (path, body, token) => call('PUT', path, { token, body }),
    async login(username, password) {
      return (await call('POST', '/login', { body: { username, password } })).access_token
    },
    async createUser(adminToken, username, role, password) {
      await call('POST', '/api/users', { token: adminToken, body: { username, displayName: `${role === 'ADMIN' ? '科长' : '业务员'}${username}`, roles: [role], password } })
      return api.login(username, password)
    },
    /** Registers an agency, fills in its profile, uploads its licence, submits it and approves it. */
    async approvedAgency(adminToken, name, password) {
      const username = 'ag' + Date.now().toString(36) + Math.floor(Math.random() * 1000)
      const code = uscc()
      const { agencyId } = await call('POST', '/api/registrations', { body: { username, password, agencyName: name, uscc: code,
        agencyType: 'ACCOUNTING_FIRM', contactName: '王联系', contactPhone: '13912345678', email: 'contact@example.cn' } })
      const token = await api.login(username, password)
      await call('PUT', '/api/agencies/me', { token, body: profile(name, code) })
      const form = new FormData()
      form.append('file', new Blob([PDF], { type: 'application/pdf' }), '营业执照.pdf')
      form.append('category', 'BUSINESS_LICENCE')
      await call('POST', '/api/agencies/me/documents', { token, form })
      await call('POST', '/api/agencies/me/submission', { token })
      await call('POST', `/api/agencies/${agencyId}/review`, { token: adminToken, body: { decision: 'APPROVE' } })
      return { id: agencyId, username, token, name, uscc: code }
    }
  }
  return api
}

export const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'

// every agency its own people, phone and address: one practitioner is listed by one agency, and a shared
// phone or address would make the agencies related (DOMAIN.md §12, issue 16)
let agencies = 0
const RUN = Math.floor(Math.random() * 1000)

function own(n) {
  const day = new Date(Date.UTC(1950, 0, 1) + (n % 18000) * 86400000).toISOString().slice(0, 10).replaceAll('-', '')
  return { day, seq: String(RUN).padStart(3, '0') }
}

function profile(name, code) {
  const n = ++agencies
  const rep = own(2 * n)
  const lead = own(2 * n + 1)
  const later = new Date(Date.now() + 2 * 365 * 86400000).toISOString().slice(0, 10)
  return {
    name, uscc: code, agencyType: 'ACCOUNTING_FIRM', independentLegalPerson: true, registeredAddress: `江苏省南京市鼓楼区中山北路 ${RUN}-${n} 号`,
    foundedOn: '2008-06-18', registeredCapital: '5000000.00', contactName: '王联系', contactPhone: `025-8${String(RUN).padStart(3, '0')}${String(n % 10000).padStart(4, '0')}`, email: 'contact@example.cn',
    businessScope: '审计、会计咨询、预算绩效评价', qualitySystem: '三级复核制度；项目资料保密制度',
    legalRepresentative: { name: '陈法人', idType: 'RESIDENT_ID', idNumber: residentId('320106', rep.day, rep.seq), phone: '13800138000' },
    leadEvaluators: [{ name: '张主评', idType: 'RESIDENT_ID', idNumber: residentId('320102', lead.day, lead.seq), title: '高级会计师', yearsExperience: 12,
      certificates: [{ certType: '注册会计师', certNumber: '320100010023', issuedOn: '2010-01-01', expiresOn: later }] }],
    branches: [], experts: [], otherPractitioners: [],
    trackRecord: [{ client: '南京市某区财政局', project: '2023 年义务教育经费绩效评价', year: 2024, amount: '180000.00', result: '优秀', workType: 'KEY_EVALUATION' }],
    declarationAccepted: true, interestUnits: []
  }
}
