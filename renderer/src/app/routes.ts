// The screens the sidebar offers, in the order a director meets them, and how each is written in the address.
export const routeIds = ['dashboard', 'policies', 'staff', 'meetings', 'planning', 'training', 'ethics', 'settings'] as const;
export type RouteId = (typeof routeIds)[number];

export const defaultRoute: RouteId = 'dashboard';

export function routeFromHash(hash: string): RouteId {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (routeIds as readonly string[]).includes(name) ? (name as RouteId) : defaultRoute;
}

export function hashFor(route: RouteId): string {
  return `#/${route}`;
}
