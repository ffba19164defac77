import { describe, expect, it } from 'vitest'
import { axisAmount, barOption, feesOption, pieOption } from './charts'

describe('dashboard charts', () => {
  const counts = [{ key: 'A', count: 3 }, { key: 'B', count: 0 }, { key: 'C', count: 5 }]

  it('leaves empty slices out of a pie and keeps grade colours', () => {
    const option = pieOption(counts, (k) => `grade ${k}`, { A: 'green' })
    expect(option.series[0].data).toEqual([
      { name: 'grade A', value: 3, itemStyle: { color: 'green' } },
      { name: 'grade C', value: 5, itemStyle: undefined }
    ])
  })

  it('keeps every category of a bar chart, zeros included', () => {
    const option = barOption(counts, (k) => k)
    expect(option.xAxis.data).toEqual(['A', 'B', 'C'])
    expect(option.series[0].data).toEqual([3, 0, 5])
    const horizontal = barOption(counts, (k) => k, { horizontal: true })
    expect(horizontal.yAxis.data).toEqual(['A', 'B', 'C'])
  })

  it('shows contracted and paid fees of each month as numbers', () => {
    const option = feesOption([{ month: '2026-10', contracted: '100000.00', paid: '30000.50' }], (k) => k)
    expect(option.xAxis.data).toEqual(['2026-10'])
    expect(option.series.map((s) => s.data)).toEqual([[100000], [30000.5]])
  })

  it('labels the money axis in ten-thousands in Chinese and in thousands in English', () => {
    const zh = feesOption([], (k) => k, 'zh-CN').yAxis.axisLabel.formatter
    expect([0, 2500, 10000, 25000, 125000, 120000000].map(zh)).toEqual(['0', '2500', '1万', '2.5万', '12.5万', '1.2亿'])
    const en = feesOption([], (k) => k, 'en').yAxis.axisLabel.formatter
    expect([0, 2500, 25000, 125000, 2500000].map(en)).toEqual(['0', '2.5K', '25K', '125K', '2.5M'])
    expect(axisAmount()(25000)).toBe('2.5万')
  })
})
