// Credit grades (DOMAIN.md §6) as every screen shows them: A best, D worst.

export const GRADES = ['A', 'B', 'C', 'D']

/** Element Plus tag type of each grade. */
export const GRADE_COLORS = { A: 'success', B: 'primary', C: 'warning', D: 'danger' }

/** Tag type of a grade, for el-tag; 'info' for none. */
export function gradeType(grade) {
  return GRADE_COLORS[grade] || 'info'
}

/** The same colours as hex, for charts and gauges: the theme's palette in src/styles.css. */
export const GRADE_HEX = { A: '#276b2b', B: '#1f5fbf', C: '#9a5b00', D: '#c62828' }
