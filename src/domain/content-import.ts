/** A content import (scenario sets and questions from CSV) as parsed and previewed. Types only. */
import type { NewQuestion } from "./questions.js";

export type ImportError = { key: string; field?: string };

export type ImportSet = {
  type: "set";
  line: string;
  title: string;
  scenarios: { title: string; narrative: string; drivers: string }[];
  errors: ImportError[];
};

export type ImportQuestion = {
  type: "question";
  line: string;
  kind: string;
  title: string;
  /** The validated question; for an allocation over a set of this file, config.scenarios is filled in SQL. */
  output: NewQuestion | null;
  /** Title of a scenario set created by this import (allocation only). */
  newSetTitle: string | null;
  errors: ImportError[];
};

export type ImportItem = ImportSet | ImportQuestion;
