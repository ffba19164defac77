// State of a list page: filters, paging and sorting, loaded through one fetch function that
// answers the API's page shape { content, totalElements, page, size }.
import { reactive, ref } from 'vue'

export function useList(fetchPage, { filters = {}, sort = '', size = 20 } = {}) {
  const initial = { ...filters }
  const state = reactive({
    filters: { ...filters },
    page: 1,
    size,
    sort,
    rows: [],
    total: 0,
    // more rows match than the list counts (a list pages through its first 10,000): narrow the filters
    capped: false
  })
  const loading = ref(false)

  function params() {
    const p = { page: state.page - 1, size: state.size }
    if (state.sort) p.sort = state.sort
    for (const [k, v] of Object.entries(state.filters)) {
      if (v !== '' && v !== null && v !== undefined) p[k] = v
    }
    return p
  }

  // the answer to the last request asked for wins: an earlier one that comes back later (the first page,
  // slow, after a quick search) must not overwrite the rows the reader asked for since
  let latest = 0
  async function load() {
    const ticket = ++latest
    loading.value = true
    try {
      const data = await fetchPage(params())
      if (ticket !== latest) return
      state.rows = data.content
      state.total = data.totalElements
      state.capped = !!data.capped
    } catch (e) {
      if (ticket === latest) ElMessage.error(e.message)
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  function search() {
    state.page = 1
    return load()
  }

  function reset() {
    state.filters = { ...initial }
    return search()
  }

  /** el-table @sort-change handler: prop names are the API's sort names */
  function onSort({ prop, order }) {
    state.sort = order ? `${prop},${order === 'descending' ? 'desc' : 'asc'}` : sort
    return load()
  }

  return { state, loading, load, search, reset, onSort, params }
}
