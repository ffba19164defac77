import { describe, expect, it } from 'vitest'
import { buildMenu } from './menu'
import { menuItems, menuGroups } from '@/areas/registry'

const items = [
  { path: '/', title: 'home', order: 0 },
  { path: '/admin/users', title: 'users', roles: ['ADMIN'], group: 'system', order: 91 },
  { path: '/agencies', title: 'agencies', roles: ['STAFF', 'ADMIN'], order: 20 },
  { path: '/profile', title: 'profile', roles: ['AGENCY'], order: 10 }
]
const groups = [{ key: 'system', title: 'system', order: 90 }]

describe('buildMenu', () => {
  it('shows staff only what staff may use', () => {
    const menu = buildMenu(items, groups, ['STAFF'])
    expect(menu.map((m) => m.path || m.key)).toEqual(['/', '/agencies'])
  })

  it('groups administration entries for an admin', () => {
    const menu = buildMenu(items, groups, ['ADMIN'])
    expect(menu.map((m) => m.path || m.key)).toEqual(['/', '/agencies', 'system'])
    expect(menu[2].children.map((c) => c.path)).toEqual(['/admin/users'])
  })

  it('gives an agency its own pages only', () => {
    expect(buildMenu(items, groups, ['AGENCY']).map((m) => m.path)).toEqual(['/', '/profile'])
  })

  it('never offers the real user administration to staff', () => {
    const paths = buildMenu(menuItems, menuGroups, ['STAFF']).flatMap((m) => m.children ? m.children.map((c) => c.path) : [m.path])
    expect(paths).not.toContain('/admin/users')
    expect(paths).not.toContain('/admin/audit-log')
  })
})

import { breadcrumb } from './menu'
describe('breadcrumbs', () => {
  const menu = [
    { kind: 'item', path: '/', title: 'nav.home' },
    { kind: 'item', path: '/engagements', title: 'nav.engagements' },
    { kind: 'group', title: 'nav.system', children: [{ path: '/admin/users', title: 'nav.users' }] }
  ]
  it('names the group and the entry, and details below it', () => {
    expect(breadcrumb(menu, '/')).toEqual([])
    expect(breadcrumb(menu, '/admin/users')).toEqual([{ title: 'nav.home', path: '/' }, { title: 'nav.system' }, { title: 'nav.users', path: undefined }])
    expect(breadcrumb(menu, '/engagements/12')).toEqual([{ title: 'nav.home', path: '/' }, { title: 'nav.engagements', path: '/engagements' }, { title: 'common.details' }])
  })
})
