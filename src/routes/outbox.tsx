import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const outboxRoutes = new Hono<AppEnv>();
