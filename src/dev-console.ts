import type { Bindings } from "./env.js";

/**
 * A line for the developer's console, printed only in local development (`DEV_TOOLS=1`, which only
 * `npm start` sets): sign-in and invitation links are credentials, and the Workers log of a deployed
 * app is read by more people than the link's owner, so they are never logged there, whatever MAIL_MODE.
 */
export function devConsole(env: Pick<Bindings, "DEV_TOOLS">, line: string): void {
  if (env.DEV_TOOLS === "1") console.log(line);
}
