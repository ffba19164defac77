// The shared parts of the list pages: the toolbar (filters, 查询, 重置, 导出), the pager and the row's action.
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount, flushPromises } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ElTable } from 'element-plus'
import { i18n } from '@/i18n'
import { useList } from '@/composables/useList'
import ListToolbar from './ListToolbar.vue'
import ListPager from './ListPager.vue'
import RowActionColumn from './RowActionColumn.vue'

const page = (content, totalElements = content.length) => ({ content, totalElements })
const router = () => createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/', component: { render: () => null } },
    { path: '/agencies/:id', name: 'agency-detail', component: { render: () => null } }
  ]
})

describe('ListToolbar', () => {
  it('searches from the first page with the filters typed, resets them, and exports what they select', async () => {
    const fetch = vi.fn(async () => page([]))
    const exporter = vi.fn(async () => {})
    const list = useList(fetch, { filters: { q: '' }, sort: 'name' })
    list.state.page = 3
    const w = mount(ListToolbar, { props: { list, exporter, testId: 'pool' }, global: { plugins: [i18n] },
      slots: { default: () => h('input', { 'data-test': 'filter' }) } })
    expect(w.find('[data-test=filter]').exists()).toBe(true)
    list.state.filters.q = '南京'
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(fetch).toHaveBeenLastCalledWith({ page: 0, size: 20, sort: 'name', q: '南京' })
    expect(w.find('[data-test=pool-search]').text()).toBe('查询')

    await w.find('[data-test=pool-export]').trigger('click')
    await flushPromises()
    expect(exporter).toHaveBeenCalledWith({ sort: 'name', q: '南京' })
    expect(w.find('[data-test=pool-export]').text()).toBe('导出 Excel')

    await w.find('[data-test=pool-reset]').trigger('click')
    await flushPromises()
    expect(list.state.filters.q).toBe('')
    expect(fetch).toHaveBeenLastCalledWith({ page: 0, size: 20, sort: 'name' })
  })

  it('has no export button where the list has no export', () => {
    const list = useList(async () => page([]))
    const w = mount(ListToolbar, { props: { list, testId: 'objections' }, global: { plugins: [i18n] } })
    expect(w.find('[data-test=objections-search]').exists()).toBe(true)
    expect(w.find('[data-test=objections-export]').exists()).toBe(false)
  })
})

describe('ListPager', () => {
  it('says to narrow the filters when more rows match than the list counts', async () => {
    const list = useList(async () => ({ ...page([{ id: 1 }], 10000), capped: true }))
    await list.load()
    const w = mount(ListPager, { props: { list }, global: { plugins: [i18n] } })
    expect(w.find('[data-test=list-capped]').text()).toContain('10000')
  })
})

describe('RowActionColumn', () => {
  it('links each row to its record: 审核 where a review waits, else 查看', async () => {
    const r = router()
    const rows = [{ id: 4, status: 'SUBMITTED' }, { id: 5, status: 'APPROVED' }]
    const Host = defineComponent({
      render: () => h(ElTable, { data: rows }, () => [h(RowActionColumn, {
        to: (row) => ({ name: 'agency-detail', params: { id: row.id } }),
        review: (row) => row.status === 'SUBMITTED',
        testId: 'pool-action'
      })])
    })
    const w = mount(Host, { global: { plugins: [i18n, r] }, attachTo: document.body })
    await r.isReady()
    await flushPromises()
    await nextTick()
    const four = w.find('[data-test=pool-action-4]')
    expect(four.text()).toBe('审核')
    expect(four.attributes('href')).toBe('/agencies/4')
    expect(w.find('[data-test=pool-action-5]').text()).toBe('查看')
    w.unmount()
  })
})
