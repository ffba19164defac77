// The credit event types in force (rule table credit.event-types), loaded once per page.
import { computed, ref } from 'vue'
import { creditApi, RULE_KEYS } from '../api'

export function useEventTypes() {
  const types = ref([])
  async function load() {
    try { types.value = (await creditApi.rule(RULE_KEYS.eventTypes)).content.types } catch { types.value = [] }
  }
  const proposable = computed(() => types.value.filter((x) => !x.code.startsWith('ACCEPTANCE_')))
  return { types, proposable, load }
}
