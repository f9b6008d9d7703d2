/**
 * The confirm step shared by the import previews: the checked text travels back in a hidden field and
 * one button writes the valid rows; with no valid row, a sentence says there is nothing to import.
 */
export function ImportConfirm(p: {
  action: string;
  field: string;
  text: string;
  valid: number;
  confirmLabel: string;
  nothingLabel: string;
}) {
  if (p.valid === 0) return <p>{p.nothingLabel}</p>;
  return (
    <form method="post" action={p.action} id="import-confirm">
      <textarea name={p.field} hidden>
        {p.text}
      </textarea>
      <button type="submit" name="step" value="confirm" class="primary">
        {p.confirmLabel}
      </button>
    </form>
  );
}
