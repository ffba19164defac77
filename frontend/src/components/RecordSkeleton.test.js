// The first load of a record page: a skeleton, then the record; a load that ends without one ends the
// skeleton with a message and a retry (never a skeleton that stays).
import { describe, expect, it } from 'vitest'
import { h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import RecordSkeleton from './RecordSkeleton.vue'

const record = (props) => mount(RecordSkeleton, {
  props,
  slots: { default: () => h('p', { 'data-test': 'the-record' }, '南京某会计师事务所') },
  global: { plugins: [i18n] }
})
const has = (w, testId) => w.find(`[data-test="${testId}"]`).exists()

describe('RecordSkeleton', () => {
  it('shows a skeleton before the record comes, then the record instead of it', async () => {
    const w = record({ loading: true, ready: false })
    expect(has(w, 'record-skeleton')).toBe(true)
    expect(has(w, 'the-record')).toBe(false)
    expect(w.find('[role=status]').text()).toBe('加载中…')
    await w.setProps({ loading: false, ready: true })
    expect(has(w, 'record-skeleton')).toBe(false)
    expect(w.find('[data-test=the-record]').text()).toBe('南京某会计师事务所')
  })

  it('shows the skeleton also before the page starts loading (the first render)', () => {
    const w = record({ loading: false, ready: false })
    expect(has(w, 'record-skeleton')).toBe(true)
    expect(has(w, 'record-failed')).toBe(false)
  })

  it('ends the skeleton when the load ends without a record: a message and a retry that asks the page again', async () => {
    const w = record({ loading: true, ready: false })
    await w.setProps({ loading: false })
    expect(has(w, 'record-skeleton')).toBe(false)
    expect(w.find('[data-test=record-failed]').text()).toContain('未能加载')
    await w.find('[data-test=record-retry]').trigger('click')
    expect(w.emitted('retry')).toHaveLength(1)
    await w.setProps({ loading: true })
    expect(has(w, 'record-skeleton')).toBe(true)
  })

  it('keeps the record on screen while it reloads', async () => {
    const w = record({ loading: false, ready: true })
    await w.setProps({ loading: true })
    await nextTick()
    expect(has(w, 'the-record')).toBe(true)
    expect(has(w, 'record-skeleton')).toBe(false)
  })

  it('speaks English to an English reader', async () => {
    i18n.global.locale.value = 'en'
    try {
      const w = record({ loading: true, ready: false })
      await w.setProps({ loading: false })
      expect(w.text()).toContain('Could not load; please try again')
      expect(w.find('[data-test=record-retry]').text()).toBe('Try again')
    } finally {
      i18n.global.locale.value = 'zh-CN'
    }
  })
})
