// Builds the menu a user sees: only entries whose roles include one of the user's.
export function buildMenu(items, groups, roles) {
  const allowed = (entry) => !entry.roles || entry.roles.some((r) => roles.includes(r))
  const visible = items.filter(allowed).sort((a, b) => (a.order ?? 50) - (b.order ?? 50))
  const top = []
  const byGroup = new Map()
  for (const item of visible) {
    if (item.group) {
      if (!byGroup.has(item.group)) byGroup.set(item.group, [])
      byGroup.get(item.group).push(item)
    } else {
      top.push({ ...item, kind: 'item' })
    }
  }
  for (const [key, children] of byGroup) {
    const group = groups.find((g) => g.key === key) || { key, title: key, order: 50 }
    top.push({ ...group, kind: 'group', children })
  }
  return top.sort((a, b) => (a.order ?? 50) - (b.order ?? 50))
}
