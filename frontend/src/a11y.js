// Accessibility fixes for Element Plus parts that cannot be given a label through their props
// (checked by axe in e2e/accessibility.test.mjs): el-pagination's page-size select renders an <input>
// without a name. A MutationObserver names every such input as lists appear, in the current language.
export function labelUnnamedInputs(root, label) {
  const name = () => {
    for (const input of root.querySelectorAll('.el-pagination__sizes input:not([aria-label])')) {
      input.setAttribute('aria-label', label())
    }
  }
  name()
  const observer = new MutationObserver(name)
  observer.observe(root, { childList: true, subtree: true })
  return observer
}
