// A loading state for a widget or record that loads once: v-loading="loading" on its panel while
// track(load) runs, so that nothing looks empty before it has arrived.
import { ref } from 'vue'

export function useLoading(initial = true) {
  const loading = ref(initial)
  async function track(load) {
    loading.value = true
    try {
      return await load()
    } finally {
      loading.value = false
    }
  }
  return { loading, track }
}
