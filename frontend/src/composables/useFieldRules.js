// A form's field rules as the server publishes them (fieldRules.js), for Element Plus forms:
// `rules(path)` for an el-form-item's :rules (its required mark comes from the server's NotBlank),
// `required(path)` for a mark without checks, `check(path, value)` for a box that checks itself.
import { computed, reactive, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { http } from '@/api/http'
import { checkValue, expand, isRequiredRule, ruleField, valueAt } from './fieldRules'

const cache = new Map()

function load(name, language) {
  const key = `${name}|${language}`
  if (!cache.has(key)) {
    const request = http.get(`/api/forms/${name}`, { headers: { 'Accept-Language': language } })
      .then((r) => r.data.rules)
      .catch((e) => { cache.delete(key); throw e })
    cache.set(key, request)
  }
  return cache.get(key)
}

export function useFieldRules(name, { submission = false } = {}) {
  const { locale } = useI18n()
  const state = reactive({ byField: {}, loaded: false })

  let pending = Promise.resolve()
  function refresh() {
    pending = load(name, locale.value).then((list) => {
      const byField = {}
      for (const rule of list) (byField[rule.field] ||= []).push(rule)
      state.byField = byField
      state.loaded = true
    }, () => { /* the server still checks on saving */ })
    return pending
  }
  watch(locale, refresh, { immediate: true })

  const of = (path) => state.byField[ruleField(path)] || []
  const ctxOf = (extra) => ({ submission: typeof submission === 'function' ? submission() : submission, ...extra })

  /** Element Plus rules for a field (el-form-item :rules with its prop); `ctx` adds { max } for ItemMax, { parse }. */
  function rules(path, ctx = {}) {
    const list = of(path)
    if (!list.length) return []
    const requiredMark = list.some(isRequiredRule) || (ctxOf().submission && list.some((r) => r.kind === 'Submission'))
    return [{
      required: requiredMark,
      trigger: ['blur', 'change'],
      validator: (_rule, value, callback) => {
        const c = typeof ctx === 'function' ? ctx() : ctx
        // ctx.parse: what the form sends for what was typed (money as 12,000,000 or 1.2万)
        const sent = c.parse && value !== '' && value != null ? c.parse(value) : value
        const message = checkValue(list, sent, ctxOf(c))
        return message ? callback(new Error(message)) : callback()
      }
    }]
  }

  /** Whether the field is marked required: always needed, or needed for a submission. */
  function required(path) {
    const list = of(path)
    return list.some(isRequiredRule) || list.some((r) => r.kind === 'Submission')
  }

  function check(path, value, ctx = {}) {
    return checkValue(of(path), value, ctxOf(ctx))
  }

  /**
   * Every problem of a model, { path: message }: what the server would say before it is asked. Waits for the
   * rules when they are still on their way (a quick click after the page opened must not find "nothing wrong").
   */
  async function checkAll(model, ctx = {}) {
    await pending
    const out = {}
    for (const field of Object.keys(state.byField)) {
      for (const path of expand(field, model)) {
        const message = checkValue(state.byField[field], valueAt(model, path), ctxOf(ctx))
        if (message) out[path] = message
      }
    }
    return out
  }

  return { rules, required, check, checkAll, loaded: computed(() => state.loaded) }
}
