// The server's field rules (GET /api/forms/{name}, common.FormRulesController) applied in the browser:
// each rule is a jakarta constraint of the request record (NotBlank, Size, Digits ...), a need of the
// submission check (Submission) or a score's item maximum (ItemMax), with the message the server
// would answer. Nothing here is a second copy of a rule: only how to test a value against a kind.

/** `leadEvaluators[2].name` → `leadEvaluators[].name`, as the server publishes list fields. */
export function ruleField(path) {
  return String(path).replace(/\[\d+\]/g, '[]')
}

export function isBlank(v) {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0)
}

const REQUIRED = new Set(['NotNull', 'NotBlank', 'NotEmpty'])

export function isRequiredRule(rule) {
  return REQUIRED.has(rule.kind)
}

function decimal(v) {
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN
  const s = String(v).trim()
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : NaN
}

/**
 * The message of the first rule `value` breaks, or null. `ctx.max` is the item maximum for ItemMax;
 * `ctx.submission` includes the Submission rules (what a submission needs; a draft may lack them).
 */
export function checkValue(rules, value, ctx = {}) {
  for (const rule of rules) {
    const message = broken(rule, value, ctx)
    if (message) return message
  }
  return null
}

function broken(rule, value, ctx) {
  const p = rule.params || {}
  if (REQUIRED.has(rule.kind)) return isBlank(value) ? rule.message : null
  if (rule.kind === 'Submission') return ctx.submission && isBlank(value) ? rule.message : null
  if (isBlank(value)) return null // the other constraints, as the server's, accept an absent value
  switch (rule.kind) {
    case 'Size': {
      const n = typeof value === 'string' ? [...value].length : null
      return n !== null && (n < p.min || n > p.max) ? rule.message : null
    }
    case 'Pattern':
      return new RegExp(p.regexp).test(String(value)) ? null : rule.message
    case 'Email':
      return /^[^@\s]+@[^@\s]+$/.test(String(value)) ? null : rule.message
    case 'Min': case 'DecimalMin':
      return decimal(value) < Number(p.value) ? rule.message : null
    case 'Max': case 'DecimalMax':
      return decimal(value) > Number(p.value) ? rule.message : null
    case 'Positive':
      return !(decimal(value) > 0) ? rule.message : null
    case 'PositiveOrZero':
      return !(decimal(value) >= 0) ? rule.message : null
    case 'Digits': {
      const s = typeof value === 'number' ? String(value) : String(value).trim().replace(/^[+-]/, '')
      const m = /^(\d*)(?:\.(\d*))?$/.exec(s)
      if (!m) return rule.message
      const whole = m[1].replace(/^0+(?=\d)/, '')
      return whole.length > p.integer || (m[2] || '').replace(/0+$/, '').length > p.fraction ? rule.message : null
    }
    case 'ItemMax':
      return ctx.max != null && decimal(value) > Number(ctx.max) ? rule.message.replace('{0}', String(ctx.max)) : null
    default:
      return null
  }
}

/** The value at a server path (`leadEvaluators[0].name`) of a model. */
export function valueAt(model, path) {
  let v = model
  for (const part of String(path).replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (v === null || v === undefined) return undefined
    v = v[part]
  }
  return v
}

/** The concrete paths of a published field in a model: `people[].name` → `people[0].name`, `people[1].name` … */
export function expand(field, model) {
  const at = field.indexOf('[]')
  if (at < 0) return [field]
  const list = valueAt(model, field.slice(0, at))
  if (!Array.isArray(list)) return []
  const rest = field.slice(at + 2)
  return list.flatMap((_, i) => expand(`${field.slice(0, at)}[${i}]${rest}`, model))
}
