// Saving a form: keeps what the user typed when saving fails, and puts the server's per-field
// messages next to the fields (bind :error="errors.<field>").
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'

export function useForm() {
  const errors = ref({})
  const saving = ref(false)
  const { t } = useI18n()

  async function submit(action, { success } = {}) {
    saving.value = true
    errors.value = {}
    try {
      const result = await action()
      if (success !== false) ElMessage.success(success || t('common.done'))
      return { ok: true, result }
    } catch (e) {
      if (e.fieldErrors && e.fieldErrors.length) {
        errors.value = e.fields
        ElMessage.error(e.message || t('common.fixErrors'))
      } else {
        ElMessage.error(e.message)
      }
      return { ok: false, error: e }
    } finally {
      saving.value = false
    }
  }

  return { errors, saving, submit }
}
