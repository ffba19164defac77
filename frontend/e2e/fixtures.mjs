// Data a browser test needs but does not exercise through the screens, made through the API as the
// people concerned would make it (the engagement test covers the same steps through the screens); and
// steps through the screens that more than one test takes the same way.
import assert from 'node:assert/strict'
import { apiCall, apiToken, signIn, signOut } from './harness.mjs'
import { PDF } from './credit-api.mjs'

/** The engagement's states in the order engagementUpTo reaches them. */
const STEPS = ['CREATED', 'AGENCY_SELECTED', 'ACCEPTED_BY_AGENCY', 'PLAN_SUBMITTED', 'PLAN_APPROVED', 'IN_FIELDWORK', 'REPORT_SUBMITTED']

/** A date in Beijing, n days from today, as the API takes it (yyyy-mm-dd). */
export const beijingDay = (n = 0) => new Date(Date.now() + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10)

async function ok(response, status = 200) {
  assert.equal(response.status, status, response.text)
  return response.body
}

/**
 * A new engagement taken through the API to `state` (one of STEPS): staff create it (fields in
 * `engagement` replace the defaults) and choose the agency by merit; the agency accepts with its
 * no-conflict declaration and submits a work plan (its lead evaluator, and one member when it lists
 * another person); staff approve the plan; the agency starts fieldwork and submits its final report, a
 * PDF named `reportName`. `staff` and `agency` are accounts ({ username, password }); by default the
 * demo accounts staff and agency1. Answers { id, staff, agency } (the two tokens).
 */
export async function engagementUpTo(portal, state, { staff, agency, engagement = {}, reportName = '评价报告.pdf' } = {}) {
  const last = STEPS.indexOf(state)
  if (last < 0) throw new Error(`engagementUpTo: ${state} is not one of ${STEPS.join(', ')}`)
  const call = (method, path, token, body) => apiCall(portal.url, method, path, { token, body })
  const staffToken = await apiToken(portal.url, staff?.username ?? 'staff', staff?.password ?? portal.demoPassword)
  const agencyToken = await apiToken(portal.url, agency?.username ?? 'agency1', agency?.password ?? portal.demoPassword)
  const staffMe = await ok(await call('GET', '/api/me', staffToken))
  const created = await ok(await call('POST', '/api/engagements', staffToken, {
    title: `浏览器测试委托 ${Date.now() % 100000}`, type: 'KEY_EVALUATION', commissioningUnit: '南京市财政局',
    evaluatedUnits: [{ unit: '南京市测试中心', project: '测试专项', funds: '1000000.00' }],
    fundsInvolved: '3000000.00', fee: '60000.00', plannedStart: beijingDay(), plannedEnd: beijingDay(90), supervisorId: staffMe.id,
    ...engagement
  }), 201)
  const id = created.id
  let plan
  const steps = {
    async AGENCY_SELECTED() {
      const agencyMe = await ok(await call('GET', '/api/me', agencyToken))
      await ok(await call('POST', `/api/engagements/${id}/selection`, staffToken,
        { method: 'MERIT', agencyId: agencyMe.agencyId, justification: '信用良好，同类业绩多' }))
    },
    async ACCEPTED_BY_AGENCY() {
      await ok(await call('POST', `/api/engagements/${id}/confirmation`, agencyToken, { accept: true, noConflictOfInterest: true }))
    },
    async PLAN_SUBMITTED() {
      const people = await ok(await call('GET', `/api/engagements/${id}/people`, agencyToken))
      const lead = people.find((p) => p.role === 'LEAD_EVALUATOR')
      const team = [{ personId: lead.id, role: 'LEAD', duty: '项目负责' }]
      const other = people.find((p) => p.role !== 'LEAD_EVALUATOR')
      if (other) team.push({ personId: other.id, role: 'MEMBER', duty: '数据采集' })
      plan = await ok(await call('POST', `/api/engagements/${id}/plans`, agencyToken, {
        team, schedule: [{ name: '现场调研', dueOn: beijingDay(10) }],
        indicators: [{ name: '决策', weight: 20 }, { name: '过程', weight: 30 }, { name: '产出', weight: 25 }, { name: '效益', weight: 25 }],
        samplingCoverage: '抽取 30% 的单位', method: '资料核查、现场勘察' }), 201)
    },
    async PLAN_APPROVED() {
      await ok(await call('POST', `/api/engagements/${id}/plans/${plan.id}/review`, staffToken, { decision: 'APPROVE' }))
    },
    async IN_FIELDWORK() {
      await ok(await call('POST', `/api/engagements/${id}/fieldwork`, agencyToken), 204)
    },
    async REPORT_SUBMITTED() {
      const form = new FormData()
      form.append('purpose', 'REPORT')
      form.append('file', new Blob([PDF], { type: 'application/pdf' }), reportName)
      const up = await fetch(`${portal.url}/api/engagements/${id}/documents`, { method: 'POST', body: form,
        headers: { Authorization: `Bearer ${agencyToken}` } })
      assert.equal(up.status, 201, await up.clone().text())
      const doc = await up.json()
      await ok(await call('POST', `/api/engagements/${id}/reports`, agencyToken, { kind: 'FINAL', documentId: doc.id }), 201)
    }
  }
  for (const step of STEPS.slice(1, last + 1)) await steps[step]()
  const detail = await ok(await call('GET', `/api/engagements/${id}`, staffToken))
  assert.equal(detail.state, state, `engagement ${id}`)
  return { id, staff: staffToken, agency: agencyToken }
}

/**
 * The ADMIN decides the pending objection of the named agency on the objections page (outcome UPHELD or
 * DISMISSED, with the comment) and signs out once the page has no pending objection left.
 */
export async function adminDecidesObjection(page, portal, { agencyName, outcome, comment }) {
  await signIn(page, portal.url, 'admin', portal.adminPassword)
  await page.click('[data-test=menu-group-credit]')
  await page.click('[data-test="menu-/credit/objections"]')
  await page.waitForSelector(`[data-test=objections-table] >> text=${agencyName}`)
  await page.locator('[data-test^=decide-row-]').first().click()
  await page.click(`[data-test=row-outcome-${outcome}]`)
  await page.fill('[data-test=row-decision-comment]', comment)
  await page.click('[data-test=row-decide-submit]')
  await page.waitForSelector('[data-test=objections-table] >> text=暂无数据')
  await signOut(page)
}
