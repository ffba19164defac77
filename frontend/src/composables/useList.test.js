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
})
