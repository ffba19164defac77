import { describe, expect, it, vi } from 'vitest'

vi.mock('vue-i18n', () => ({
  useI18n: () => ({ locale: { value: 'zh-CN' }, t: (key, args) => (args ? `${key} ${JSON.stringify(args)}` : key) })
}))

const { useCreditText } = await import('./text')

describe('credit texts the API leaves to the screens', () => {
  const { withdrawalText, decisionText } = useCreditText()

  it('says why an event was withdrawn: a new score, an upheld objection, or the admin\'s own reason', () => {
    expect(withdrawalText({ superseded: true, withdrawalReason: null })).toBe('credit.superseded')
    expect(withdrawalText({ superseded: false, withdrawalReason: '报备属实', objection: { status: 'UPHELD' } }))
      .toBe('credit.withdrawnUpheld {"reason":"报备属实"}')
    expect(withdrawalText({ superseded: false, withdrawalReason: '文件未印发', objection: { status: 'DISMISSED' } })).toBe('文件未印发')
    expect(withdrawalText({ superseded: false, withdrawalReason: '文件未印发', objection: null })).toBe('文件未印发')
  })

  it('says an objection closed by a new score was superseded, and otherwise shows the decision as written', () => {
    expect(decisionText({ superseded: true, decisionComment: null })).toBe('credit.superseded')
    expect(decisionText({ superseded: false, decisionComment: '理由不成立' })).toBe('理由不成立')
  })
})
