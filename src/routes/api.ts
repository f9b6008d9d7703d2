import { Hono } from "hono";
import type { AppEnv } from "../env.js";

export const api = new Hono<AppEnv>();
