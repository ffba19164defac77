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

/**
 * The breadcrumb of a page: home, the menu group and the menu entry it belongs to (the entry whose path
 * is the longest prefix of the page's), and "details" for a page below the entry (a record, a form).
 * Answers [{ title, path? }] with i18n keys; the last has no path. Home itself has no breadcrumb.
 */
export function breadcrumb(menu, path) {
  if (path === '/') return []
  const entries = menu.flatMap((m) => (m.kind === 'group' ? m.children.map((c) => ({ ...c, groupTitle: m.title })) : [m]))
  const match = entries.filter((e) => e.path !== '/' && (path === e.path || path.startsWith(e.path + '/')))
    .sort((a, b) => b.path.length - a.path.length)[0]
  const out = [{ title: 'nav.home', path: '/' }]
  if (match?.groupTitle) out.push({ title: match.groupTitle })
  if (match) out.push({ title: match.title, path: match.path === path ? undefined : match.path })
  if (!match || match.path !== path) out.push({ title: 'common.details' })
  return out
}
