import { createMiddleware } from "hono/factory";

/**
 * Who may call a route is said on the route itself: every route's handler chain starts with a guard
 * (forumAccess(...roles), requireUser, or publicRoute), or the route sits under a prefix whose one
 * middleware is a guard (/api/v1 and /dev). No wildcard middleware decides access for routes mounted
 * beside it, so the order in which sub-apps are mounted never matters; tests/integration/route-guards
 * checks every registered route.
 */
const names = new WeakMap<object, string>();

/** Marks `middleware` as the access guard named `name` (shown by the route-guard test). */
export function guard<T extends object>(name: string, middleware: T): T {
  names.set(middleware, name);
  return middleware;
}

/** The guard's name when `handler` is one, else undefined. */
export function guardName(handler: unknown): string | undefined {
  return typeof handler === "function" ? names.get(handler) : undefined;
}

/** Says that a route is open to anyone, signed in or not (sign-in, invitations, unsubscribe links). */
export const publicRoute = guard(
  "public",
  createMiddleware(async (_c, next) => {
    await next();
  }),
);
