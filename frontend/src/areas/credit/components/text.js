// Small display helpers of the credit screens.
import { useI18n } from 'vue-i18n'

export const STATUS_COLORS = { PROPOSED: 'warning', OBJECTED: 'danger', EFFECTIVE: 'success', EXPIRED: 'info', WITHDRAWN: 'info' }
export const OBJECTION_COLORS = { PENDING: 'warning', UPHELD: 'success', DISMISSED: 'info' }
export const SOURCES = ['ACCEPTANCE', 'INSPECTION', 'COMPLAINT', 'DEADLINE', 'COMMENDATION']
export const STATUSES = ['PROPOSED', 'OBJECTED', 'EFFECTIVE', 'EXPIRED', 'WITHDRAWN']
// The grades live in composables/grades.js; PublicResultsPage still imports them from here until its imports move.
export { GRADES } from '@/composables/grades'

/** "+3" / "-10" / "0": points as the ledger shows them. */
export function signed(points) {
  if (points === null || points === undefined) return ''
  return points > 0 ? `+${points}` : String(points)
}

export function useCreditText() {
  const { locale } = useI18n()
  const typeName = (e) => (locale.value === 'en' ? e.typeNameEn || e.eventTypeNameEn : e.typeNameZh || e.eventTypeNameZh) || e.type || e.eventType
  const ruleTypeName = (t) => (locale.value === 'en' ? t.nameEn : t.nameZh)
  return { typeName, ruleTypeName }
}
