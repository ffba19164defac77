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
  const { locale, t } = useI18n()
  const typeName = (e) => (locale.value === 'en' ? e.typeNameEn || e.eventTypeNameEn : e.typeNameZh || e.eventTypeNameZh) || e.type || e.eventType
  const ruleTypeName = (x) => (locale.value === 'en' ? x.nameEn : x.nameZh)
  // The API keeps people's words only; why the system withdrew an event or closed an objection is said here.
  const withdrawalText = (e) => {
    if (e.superseded) return t('credit.superseded')
    if (e.objection && e.objection.status === 'UPHELD') return t('credit.withdrawnUpheld', { reason: e.withdrawalReason })
    return e.withdrawalReason
  }
  const decisionText = (o) => (o.superseded ? t('credit.superseded') : o.decisionComment)
  return { typeName, ruleTypeName, withdrawalText, decisionText }
}
