// Display formats shared by all pages.
export function formatTime(value) {
  if (!value) return ''
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  const pad = (n) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}

/** Money as the API sends it (a decimal string in yuan) shown with thousands separators. */
export function formatMoney(value) {
  if (value === null || value === undefined || value === '') return ''
  const [whole, fraction = ''] = String(value).split('.')
  const negative = whole.startsWith('-')
  const digits = negative ? whole.slice(1) : whole
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${negative ? '-' : ''}¥${grouped}.${(fraction + '00').slice(0, 2)}`
}

/** A file size for people: 900 B, 12.3 KB, 4.5 MB. */
export function formatSize(bytes) {
  if (bytes === null || bytes === undefined) return ''
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/**
 * Money as people type it, as the decimal text the API takes: "12,000,000", "１２０００", "¥ 1,200.5",
 * "1.2万" (×10,000) and "3亿" (×100,000,000) become "12000000", "12000", "1200.5", "12000", "300000000".
 * Anything else is given back trimmed, unchanged, for the server to name the problem beside the field.
 */
export function parseMoney(text) {
  if (text === null || text === undefined) return text
  const raw = String(text).trim()
  const plain = raw.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^[¥￥]\s*/, '').replace(/,(?=\d{3}(\D|$))/g, '').replace(/\s*元$/, '')
  const m = /^(-?\d+(?:\.\d+)?)\s*(万|亿)?$/.exec(plain)
  if (!m) return raw
  if (!m[2]) return m[1]
  // scale by moving the decimal point in the text: no binary floating point in money
  const shift = m[2] === '万' ? 4 : 8
  const negative = m[1].startsWith('-')
  const [whole, fraction = ''] = (negative ? m[1].slice(1) : m[1]).split('.')
  const digits = (whole + fraction.padEnd(shift, '0').slice(0, shift)).replace(/^0+(?=\d)/, '')
  const rest = fraction.length > shift ? '.' + fraction.slice(shift) : ''
  return (negative ? '-' : '') + digits + rest
}

/** Today's date on the reader's calendar as yyyy-mm-dd (not the UTC date toISOString gives: in China that is yesterday until 08:00). */
export function localToday(now = new Date()) {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10)
}
