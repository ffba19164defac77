// Small display helpers of this area (the server computes every amount; these only format).
export const TYPES = ['EX_ANTE_ASSESSMENT', 'TARGET_REVIEW', 'MONITORING', 'KEY_EVALUATION', 'DEPARTMENT_OVERALL',
  'SELF_EVALUATION_REVIEW', 'POLICY_EVALUATION', 'OTHER']

export const STATES = ['CREATED', 'AGENCY_SELECTED', 'ACCEPTED_BY_AGENCY', 'PLAN_SUBMITTED', 'PLAN_APPROVED', 'IN_FIELDWORK',
  'REPORT_SUBMITTED', 'REPORT_APPROVED', 'ACCEPTED', 'SETTLED', 'CLOSED', 'TERMINATED']

/** Element Plus tag type for a state. */
export function stateTag(state) {
  if (state === 'TERMINATED') return 'danger'
  if (state === 'CLOSED') return 'info'
  if (['SETTLED', 'ACCEPTED'].includes(state)) return 'success'
  if (['AGENCY_SELECTED', 'PLAN_SUBMITTED', 'REPORT_SUBMITTED', 'REPORT_APPROVED'].includes(state)) return 'warning'
  return 'primary'
}

export function gradeTag(grade) {
  return { EXCELLENT: 'success', GOOD: 'primary', PASS: 'warning', FAIL: 'danger' }[grade] || 'info'
}

/** A fraction (0.95) as a percentage (95%). */
export function percent(ratio) {
  if (ratio === null || ratio === undefined || ratio === '') return ''
  return `${Math.round(Number(ratio) * 10000) / 100}%`
}

/** Sum of numbers given as strings or numbers, for a preview next to a form; the server decides. */
export function sum(values) {
  return Math.round(values.reduce((a, v) => a + (Number(v) || 0), 0) * 100) / 100
}


/** A draw's pool with the chosen agency first (the rest keep their order). */
export function winnerFirst(pool, selectedId) {
  const list = pool || []
  return [...list.filter((r) => r.agencyId === selectedId), ...list.filter((r) => r.agencyId !== selectedId)]
}
