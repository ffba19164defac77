// The specialty codes (API: GET /api/expert-specialties), named by i18n experts.specialty.<code>.
export const ENGAGEMENT_TYPES = ['EX_ANTE_ASSESSMENT', 'TARGET_REVIEW', 'MONITORING', 'KEY_EVALUATION', 'DEPARTMENT_OVERALL',
  'SELF_EVALUATION_REVIEW', 'POLICY_EVALUATION', 'OTHER']
export const SECTORS = ['EDUCATION', 'HEALTH', 'AGRICULTURE', 'TRANSPORT', 'ENVIRONMENT', 'SOCIAL_SECURITY', 'SCIENCE_TECHNOLOGY',
  'CULTURE_TOURISM', 'INFRASTRUCTURE', 'PUBLIC_SAFETY', 'FINANCE_ACCOUNTING', 'LAW']
export const SPECIALTIES = [...ENGAGEMENT_TYPES, ...SECTORS]
export const TITLES = ['SENIOR', 'INTERMEDIATE', 'OTHER']
export const VERDICTS = ['PASS', 'REVISE', 'FAIL']

export const verdictTag = (v) => ({ PASS: 'success', REVISE: 'warning', FAIL: 'danger' })[v] || 'info'
export const statusTag = (s) => ({ ACTIVE: 'success', SUBMITTED: 'warning', PAUSED: 'info', REMOVED: 'danger', REJECTED: 'danger' })[s] || 'info'

/** Sum of an opinion's points. */
export function totalPoints(items) {
  return (items || []).reduce((sum, i) => sum + Number(i.points || 0), 0)
}
