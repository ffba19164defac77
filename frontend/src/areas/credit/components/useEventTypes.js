// The credit event types in force (rule table credit.event-types), loaded once per page.
import { computed, ref } from 'vue'
import { creditApi, RULE_KEYS } from '../api'

/** Recorded by the system from acceptance scores, never proposed by staff: the server's rule is the source ACCEPTANCE. */
export const isSystemType = (type) => type.source === 'ACCEPTANCE'

export function useEventTypes() {
  const types = ref([])
  async function load() {
    try { types.value = (await creditApi.rule(RULE_KEYS.eventTypes)).content.types } catch { types.value = [] }
  }
  const proposable = computed(() => types.value.filter((x) => !isSystemType(x)))
  return { types, proposable, load }
}
