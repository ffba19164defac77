// Every area of the portal (identity, agency, engagement, credit ...) describes itself in
// areas/<area>/index.js: its pages (routes), its menu entries and the roles that may use them.
// The shell assembles them here, so an area is added without editing shared files.
const modules = import.meta.glob('./*/index.js', { eager: true })

export const areas = Object.values(modules).map((m) => m.default)

/** Pages inside the signed-in layout. */
export const layoutRoutes = areas.flatMap((a) => a.routes || [])

/** Pages outside it (sign-in, registration, the public directory). */
export const publicRoutes = areas.flatMap((a) => a.publicRoutes || [])

/** Links to public pages shown on the sign-in page (and the public pages' header): { name, title, order }. */
export const publicLinks = areas.flatMap((a) => a.publicLinks || []).sort((a, b) => (a.order ?? 50) - (b.order ?? 50))

/** Menu groups: { key, title, icon, order }. */
export const menuGroups = areas.flatMap((a) => a.menuGroups || [])

/** Menu entries: { path, title, icon, roles, group, order }. */
export const menuItems = areas.flatMap((a) => a.menu || [])

/** Components shown in the header for signed-in users, e.g. the inbox's unread count: { component, roles, order }. */
export const headerWidgets = areas.flatMap((a) => a.headerWidgets || [])

/**
 * Tabs other areas add to the bureau's agency record (its engagements, its credit record):
 * { name, label, component, roles, order }; the component receives the agency's id as `agencyId`.
 */
export const agencyTabs = areas.flatMap((a) => a.agencyTabs || []).sort((a, b) => (a.order ?? 50) - (b.order ?? 50))

/**
 * Tabs other areas add to an engagement's page (the experts' panels): { name, label, component, roles, order };
 * the component receives the engagement as its `engagement` prop.
 */
export const engagementTabs = areas.flatMap((a) => a.engagementTabs || []).sort((a, b) => (a.order ?? 50) - (b.order ?? 50))
