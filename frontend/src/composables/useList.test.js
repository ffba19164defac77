import { describe, expect, it, vi } from 'vitest'

vi.mock('element-plus', () => ({ ElMessage: { error: vi.fn() } }))

const { useList } = await import('./useList')

describe('useList', () => {
  it('asks for the page from 0 with the filters set, and keeps whether the count was capped', async () => {
    const fetchPage = vi.fn(async () => ({ content: [{ id: 1 }], totalElements: 10000, page: 2, size: 20, capped: true }))
    const list = useList(fetchPage, { filters: { status: 'EFFECTIVE', q: '' }, sort: 'proposedOn,desc' })
    list.state.page = 3
    await list.load()
    expect(fetchPage).toHaveBeenCalledWith({ page: 2, size: 20, sort: 'proposedOn,desc', status: 'EFFECTIVE' })
    expect(list.state.total).toBe(10000)
    expect(list.state.capped).toBe(true)

    fetchPage.mockResolvedValueOnce({ content: [], totalElements: 0, page: 0, size: 20 })
    await list.search()
    expect(list.state.page).toBe(1)
    expect(list.state.capped).toBe(false)
  })

  it('keeps the rows of the last request when an earlier answer comes back later', async () => {
    const answers = []
    const fetchPage = vi.fn(() => new Promise((resolve) => answers.push(resolve)))
    const list = useList(fetchPage, { filters: { q: '' } })
    const first = list.load() // the unfiltered first page, slow
    list.state.filters.q = 'ux'
    const searched = list.search() // the reader's search, answered first
    answers[1]({ content: [{ id: 2 }], totalElements: 1 })
    await searched
    answers[0]({ content: [{ id: 1 }, { id: 2 }, { id: 3 }], totalElements: 3 })
    await first
    expect(list.state.rows).toEqual([{ id: 2 }])
    expect(list.state.total).toBe(1)
    expect(list.loading.value).toBe(false)
  })
})
