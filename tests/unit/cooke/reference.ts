import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type CookeInput, parseExcalibur } from "../../../src/domain/cooke/index.js";

/** The shared reference data, read in place at ../shared/reference/cooke from the project root. */
const ROOT = new URL("../../../../shared/reference/cooke/", import.meta.url);

export type ReferenceCase = {
  readonly name: string;
  readonly available: boolean;
  /** The missing path, for the skip message. */
  readonly path: string;
  /** describe() title: the case name, or why it is skipped. */
  readonly title: string;
  readonly load: () => CookeInput;
  readonly bytes: () => { dtt: Uint8Array; rls: Uint8Array };
};

export function referenceCase(name: string): ReferenceCase {
  const dtt = new URL(`${name}/${name}.dtt`, ROOT);
  const rls = new URL(`${name}/${name}.rls`, ROOT);
  const available = existsSync(dtt) && existsSync(rls);
  const path = fileURLToPath(available ? ROOT : existsSync(dtt) ? rls : dtt);
  const bytes = () => ({ dtt: new Uint8Array(readFileSync(dtt)), rls: new Uint8Array(readFileSync(rls)) });
  return {
    name,
    available,
    path,
    title: available ? name : `${name} (skipped: missing ${path})`,
    bytes,
    load: () => {
      const b = bytes();
      return parseExcalibur(b.dtt, b.rls);
    },
  };
}

/** Relative closeness: |actual − expected| ≤ tol·|expected|. */
export function expectClose(actual: number, expected: number, tol: number): void {
  const error = Math.abs(actual - expected) / Math.abs(expected);
  if (!(error <= tol)) throw new Error(`expected ${actual} to be within ${tol} (relative) of ${expected}`);
}

/** The tolerance the reference README asks for: 1e-5, or 1e-4 below 1e-6 (printed to 6 digits). */
export function referenceTolerance(expected: number): number {
  return Math.abs(expected) < 1e-6 ? 1e-4 : 1e-5;
}
