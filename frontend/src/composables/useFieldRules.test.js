// A check asked for before the server's rules have arrived waits for them: a quick click on 提交审核 right
// after the page opened must find what is missing, not "nothing wrong".
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { i18n } from '@/i18n'

let answer
vi.mock('@/api/http', () => ({
  http: { get: vi.fn(() => new Promise((resolve) => { answer = resolve })) }
}))
const { useFieldRules } = await import('./useFieldRules')

describe('useFieldRules', () => {
  it('checks a model with the rules even when they arrive after the check was asked for', async () => {
    let fields
    mount(defineComponent({ setup() { fields = useFieldRules('profile', { submission: true }); return () => h('div') } }),
      { global: { plugins: [i18n] } })
    const problems = fields.checkAll({ name: '' })
    answer({ data: { rules: [{ field: 'name', kind: 'NotBlank', params: {}, message: '机构名称：不能为空' }] } })
    expect(await problems).toEqual({ name: '机构名称：不能为空' })
    expect(fields.loaded.value).toBe(true)
  })
})
