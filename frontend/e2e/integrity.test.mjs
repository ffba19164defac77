// The selection-integrity browser test (issue 16): two agencies share a person who leads evaluations for one
// and represents the other → the bureau's relations page shows them as one group with the evidence → a
// random draw records them as one entrant, and the draw record on the engagement's page says so.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { apiCall, apiToken, openBrowser, screenshot, signIn, startPortal } from './harness.mjs'
import { client, PDF, residentId, uscc } from './credit-api.mjs'

let portal
let browser
let page
let api
let admin
let staff
const password = 'Integrity-2026'
const RUN = String(Date.now() % 1000).padStart(3, '0')
const shared = residentId('320104', '19760315', RUN) // the person both agencies name
let first
let second

/** A full profile of this test's own: the lead evaluator and the legal representative given, the rest its own. */
function profile(name, code, n, { lead, rep }) {
  return {
    name, uscc: code, agencyType: 'ACCOUNTING_FIRM', independentLegalPerson: true, registeredAddress: `江苏省南京市玄武区北京东路 ${RUN}-${n} 号`,
    foundedOn: '2010-03-01', registeredCapital: '3000000.00', contactName: '周联系', contactPhone: `025-5${RUN}${String(n).padStart(4, '0')}`,
    email: 'office@example.cn', businessScope: '审计、预算绩效评价', qualitySystem: '三级复核制度',
    legalRepresentative: { name: '孙法人', idType: 'RESIDENT_ID', idNumber: rep, phone: '13800138000' },
    leadEvaluators: [{ name: '吴主评', idType: 'RESIDENT_ID', idNumber: lead, title: '高级会计师', yearsExperience: 10,
      certificates: [{ certType: '注册会计师', certNumber: '320100020034', issuedOn: '2012-01-01', expiresOn: '2030-12-31' }] }],
    branches: [], experts: [], otherPractitioners: [], trackRecord: [], declarationAccepted: true, interestUnits: []
  }
}

async function approved(name, n, people) {
  const username = `it${RUN}${n}${Math.floor(Math.random() * 1000)}`
  const code = uscc()
  const { agencyId } = await api.post('/api/registrations', { username, password, agencyName: name, uscc: code, agencyType: 'ACCOUNTING_FIRM',
    contactName: '周联系', contactPhone: '13912345678', email: 'office@example.cn' })
  const token = await api.login(username, password)
  await api.put('/api/agencies/me', profile(name, code, n, people), token)
  const form = new FormData()
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), '营业执照.pdf')
  form.append('category', 'BUSINESS_LICENCE')
  await api.call('POST', '/api/agencies/me/documents', { token, form })
  await api.post('/api/agencies/me/submission', undefined, token)
  await api.post(`/api/agencies/${agencyId}/review`, { decision: 'APPROVE' }, admin)
  return { id: agencyId, name }
}

const own = (n) => residentId('320105', `19${60 + n}0101`, RUN)

before(async () => {
  portal = await startPortal({ name: 'integrity' })
  ;({ browser, page } = await openBrowser())
  api = client(portal.url)
  admin = await apiToken(portal.url, 'admin', portal.adminPassword)
  staff = `staff${RUN}`
  await api.createUser(admin, staff, 'STAFF', password)
  first = await approved(`恒信会计师事务所${RUN}`, 1, { lead: shared, rep: own(1) })
  second = await approved(`恒达咨询${RUN}`, 2, { lead: own(2), rep: shared })
  await approved(`明远会计师事务所${RUN}`, 3, { lead: own(3), rep: own(4) })
  await approved(`正则评估${RUN}`, 4, { lead: own(5), rep: own(6) })
})

after(async () => {
  await browser?.close()
  await portal?.stop()
})

test('the bureau sees the two agencies as one group with the evidence', async () => {
  await signIn(page, portal.url, staff, password)
  await page.goto(`${portal.url}/integrity/relations`)
  const group = page.locator(`[data-test=relation-group-${first.id}]`)
  await group.waitFor()
  assert.match(await group.innerText(), new RegExp(first.name))
  assert.match(await group.innerText(), new RegExp(second.name))
  const evidence = await group.locator('[data-test=relation-evidence]').first().innerText()
  assert.match(evidence, /主评人 吴主评/)
  assert.match(evidence, /法定代表人 孙法人/)
  assert.match(evidence, /3201\*+/, 'the ID number is shown masked')
  assert.ok(!evidence.includes(shared), 'never the whole ID number')
  await screenshot(page, 'integrity-relations')
})

test('a draw records them as one entrant', async () => {
  const staffToken = await apiToken(portal.url, staff, password)
  const me = (await apiCall(portal.url, 'GET', '/api/me', { token: staffToken })).body
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
  const later = new Date(Date.now() + 8 * 3600_000 + 90 * 86400_000).toISOString().slice(0, 10)
  const created = await apiCall(portal.url, 'POST', '/api/engagements', { token: staffToken, body: {
    title: `重点绩效评价 ${RUN}`, type: 'KEY_EVALUATION', commissioningUnit: '南京市财政局',
    evaluatedUnits: [{ unit: '南京市玄武区卫生健康委员会', project: '基层医疗服务能力提升', funds: '3000000.00' }],
    fundsInvolved: '3000000.00', fee: '120000.00', plannedStart: today, plannedEnd: later, supervisorId: me.id } })
  assert.equal(created.status, 201, created.text)
  const drawn = await apiCall(portal.url, 'POST', `/api/engagements/${created.body.id}/selection`, { token: staffToken, body: { method: 'DRAW' } })
  assert.equal(drawn.status, 200, drawn.text)
  assert.deepEqual(drawn.body.groups, [{ agencyIds: [first.id, second.id] }])

  await page.goto(`${portal.url}/engagements/${created.body.id}`)
  await page.click('[data-test=engagement-tabs] .el-tabs__item:has-text("选定机构")').catch(() => {})
  const record = page.locator('[data-test=selection-round-1]')
  await record.waitFor()
  const groups = await record.locator('[data-test=draw-groups]').innerText()
  assert.match(groups, /作为一个参与者/)
  assert.match(groups, new RegExp(`${first.name}、${second.name}`))
  await record.locator(`[data-test=draw-group-${first.id}]`).waitFor()
  await record.locator(`[data-test=draw-group-${second.id}]`).waitFor()
  await screenshot(page, 'integrity-draw-record')
})
