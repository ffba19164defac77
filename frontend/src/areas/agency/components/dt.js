/** A data-test name for a field path: leadEvaluators[0].name → leadEvaluators-0-name. */
export function dt(path) {
  return String(path).replace(/\[(\d+)]/g, '-$1').replace(/\./g, '-')
}
