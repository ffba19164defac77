// The words of the bureau's own documents (issue 11), in the screens' texts and in the server's
// messages (Excel, PDF, inbox, errors): 委托服务费 not 委托费用, 尾款 not 结算款, a proposed credit
// record is 异议期内/待生效 and 已告知机构 (nothing is public yet: not 公示中), the scoring stages are
// 前期准备/组织实施/报告撰写 (事前/事中/事后 means something else in 预算绩效管理), and the public list
// is 严重失信主体名单.
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { mergeMessages } from './index'
import shell from './shell'

const areaTexts = Object.values(import.meta.glob('../areas/*/i18n.js', { eager: true })).map((m) => m.default)
const AVOID = [/委托费用/, /结算款/, /公示中/, /信用事件公示/, /黑名单公示/, /(^|[^绩])事[前中后](?!绩效)/]

function texts(obj, prefix = '') {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? texts(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]]))
}

describe("the bureau's terms", () => {
  it('are used by the screens', () => {
    const zh = texts(mergeMessages([shell, ...areaTexts])['zh-CN'])
    expect(zh.filter(([, v]) => AVOID.some((r) => r.test(v))).map(([k, v]) => `${k}: ${v}`)).toEqual([])
    const all = Object.fromEntries(zh)
    expect(all['eng.fee.fee']).toBe('委托服务费')
    expect(all['eng.fee.kinds.PAYMENT']).toBe('尾款')
    expect(all['creditStatus.PROPOSED']).toMatch(/异议期内/)
    expect([all['eng.assessment.stages.BEFORE'], all['eng.assessment.stages.DURING'], all['eng.assessment.stages.AFTER']])
      .toEqual(['前期准备', '组织实施', '报告撰写'])
    expect(all['credit.publicBlacklistTitle']).toBe('严重失信主体名单')
  })

  it("are used by the server's messages", () => {
    const dir = join(__dirname, '../../../backend/src/main/resources/i18n')
    const lines = readdirSync(dir).filter((f) => f.endsWith('.properties') && !f.includes('_en'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').map((l) => `${f}: ${l}`))
      .filter((l) => !l.includes(': #'))
    expect(lines.filter((l) => AVOID.some((r) => r.test(l.split('=').slice(1).join('='))))).toEqual([])
  })
})
