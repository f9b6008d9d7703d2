import * as v from "valibot";
import { email, text } from "./forms.js";

export const signInForm = v.object({ email, next: text(300) });
export const tokenParam = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/));
