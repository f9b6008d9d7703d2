import { Hono } from "hono";
import type { ForumEnv } from "../middleware/forum-access.js";

export const answering = new Hono<ForumEnv>();
