// ECharts options for the dashboard, built from GET /api/dashboard; pure functions (tested).

export function pieOption(counts, label, colors = {}) {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [{
      type: 'pie', radius: ['40%', '68%'], center: ['50%', '44%'], avoidLabelOverlap: true,
      label: { formatter: '{b}\n{c}' },
      data: counts.filter((c) => c.count > 0).map((c) => ({ name: label(c.key), value: c.count, itemStyle: colors[c.key] ? { color: colors[c.key] } : undefined }))
    }]
  }
}

export function barOption(counts, label, { horizontal = false, color = '#b71c1c' } = {}) {
  const names = counts.map((c) => label(c.key))
  const values = counts.map((c) => c.count)
  const category = { type: 'category', data: names, axisLabel: { interval: 0, rotate: horizontal ? 0 : 30 } }
  const value = { type: 'value', minInterval: 1 }
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: horizontal ? 110 : 40, right: 20, top: 20, bottom: horizontal ? 30 : 70 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true, axisLabel: { interval: 0 } } : value,
    series: [{ type: 'bar', data: values, itemStyle: { color }, label: { show: true, position: horizontal ? 'right' : 'top' } }]
  }
}

/**
 * An amount in yuan on an axis, short in the reader's language: 2.5万 in Chinese, 25K in English
 * (Intl's compact notation knows where each language groups digits).
 */
export function axisAmount(locale = 'zh-CN') {
  const format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 })
  return (v) => format.format(v)
}

/** Contracted against paid by month, in yuan: a bar for each. */
export function feesOption(months, t, locale = 'zh-CN') {
  const contracted = months.map((m) => Number(m.contracted))
  const paid = months.map((m) => Number(m.paid))
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `¥${Number(v).toLocaleString(locale, { minimumFractionDigits: 2 })}` },
    legend: { bottom: 0 },
    grid: { left: 70, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: { type: 'value', axisLabel: { formatter: axisAmount(locale) } },
    series: [
      { name: t('dashboard.contracted'), type: 'bar', data: contracted, itemStyle: { color: '#1d2b3a' } },
      { name: t('dashboard.paid'), type: 'bar', data: paid, itemStyle: { color: '#e6a23c' } }
    ]
  }
}
