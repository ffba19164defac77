// Irreversible actions ask first and say what follows (issue 11): one box for every such button.
// Answers true when the user confirmed, false when they cancelled or closed the box.
import { i18n } from '@/i18n'

/**
 * @param {string} message what will follow, e.g. "付款后评分将锁定"
 * @param {{ title?: string, confirm?: string, type?: string }} options
 */
export async function confirmAction(message, { title, confirm, type = 'warning' } = {}) {
  const t = i18n.global.t
  try {
    await ElMessageBox.confirm(message, title || t('common.confirmTitle'), {
      type,
      confirmButtonText: confirm || t('common.confirm'),
      cancelButtonText: t('common.cancel'),
      customClass: 'portal-confirm',
      confirmButtonClass: 'portal-confirm-ok',
      cancelButtonClass: 'portal-confirm-cancel',
      distinguishCancelAndClose: false,
      closeOnClickModal: false
    })
    return true
  } catch {
    return false
  }
}
