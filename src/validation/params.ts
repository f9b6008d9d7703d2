import * as v from "valibot";

/** A row id in a path: a positive integer. */
export const idInPath = v.pipe(v.string(), v.regex(/^[1-9]\d{0,14}$/), v.transform(Number));
/** A round number in a path; 0 is the ideas round. */
export const roundNumberInPath = v.pipe(v.string(), v.regex(/^(0|[1-9]\d{0,5})$/), v.transform(Number));
