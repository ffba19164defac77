// An audit entry's "what changed" (audit.Changes on the server: a JSON object whose fields are either
// {from, to} for a value that moved, or the value recorded as it is) as rows of a before/after table.
export function changeRows(changes) {
  if (!changes) return []
  let fields
  try {
    fields = JSON.parse(changes)
  } catch {
    return [{ field: '', before: '', after: String(changes) }]
  }
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return [{ field: '', before: '', after: String(changes) }]
  return Object.entries(fields).map(([field, value]) => {
    if (value && typeof value === 'object' && !Array.isArray(value) && 'from' in value && 'to' in value) {
      return { field, before: text(value.from), after: text(value.to) }
    }
    return { field, before: '', after: text(value) }
  })
}

function text(v) {
  if (v === null || v === undefined || v === 'null') return '—'
  return typeof v === 'object' ? JSON.stringify(v) : String(v)
}

/** The page of the portal an audited object is seen on, for the entity types that have one. */
export function objectRoute(entityType, entityId) {
  if (!entityId) return null
  const name = { Agency: 'agency-detail', Engagement: 'engagement' }[entityType]
  return name ? { name, params: { id: entityId } } : null
}
