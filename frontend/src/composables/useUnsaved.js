// Unsaved edits are never discarded without a word (issue 11): the one guard for every form and
// dialog. It compares what the user has now with what was loaded or saved last:
//  - leaving the page (a link, the menu, back) asks first, and so does closing or reloading the tab;
//  - a dialog binds :before-close="guard.beforeClose" (Esc, a click outside, ×) and its cancel button
//    calls guard.close(() => open.value = false).
// After loading or saving, call markClean(); a form that is not being edited passes `enabled: () => false`.
import { computed, onBeforeUnmount, onMounted, ref } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'
import { confirmAction } from './confirm'
import { i18n } from '@/i18n'

const snapshot = (value) => JSON.stringify(value ?? null)

/**
 * @param {() => any} current what the form holds now (a getter over its reactive state)
 * @param {{ route?: boolean, enabled?: () => boolean }} options route: guard leaving the page (default true)
 */
export function useUnsaved(current, { route = true, enabled = () => true } = {}) {
  const baseline = ref(snapshot(current()))
  const dirty = computed(() => enabled() && snapshot(current()) !== baseline.value)

  function markClean() {
    baseline.value = snapshot(current())
  }

  /** true when nothing is lost, or the user agreed to discard */
  async function confirmDiscard() {
    if (!dirty.value) return true
    const t = i18n.global.t
    const ok = await confirmAction(t('common.unsavedMessage'), { title: t('common.unsavedTitle'), confirm: t('common.unsavedDiscard') })
    if (ok) markClean()
    return ok
  }

  /** for el-dialog :before-close */
  function beforeClose(done) {
    confirmDiscard().then((ok) => { if (ok) done() })
  }

  /** for a dialog's own cancel button */
  async function close(doClose) {
    if (await confirmDiscard()) doClose()
  }

  if (route) {
    onBeforeRouteLeave(() => confirmDiscard())
    const onUnload = (event) => {
      if (!dirty.value) return
      event.preventDefault()
      event.returnValue = ''
    }
    onMounted(() => window.addEventListener('beforeunload', onUnload))
    onBeforeUnmount(() => window.removeEventListener('beforeunload', onUnload))
  }

  return { dirty, markClean, confirmDiscard, beforeClose, close }
}
