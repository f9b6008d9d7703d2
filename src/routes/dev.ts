import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const dev = new Hono<AppEnv>();
