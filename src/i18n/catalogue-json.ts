/** A catalogue as the Worker's static asset holds it: keys sorted, one message per line, UTF-8. */
export function catalogueJson(catalogue: Readonly<Record<string, string>>): string {
  const keys = Object.keys(catalogue).sort();
  const lines = keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(catalogue[k])}`);
  return `{\n${lines.join(",\n")}\n}\n`;
}
