/**
 * The status cell of something that can be revoked (a shared link, an API token): what ended it, or
 * "active" with a button that posts to `action`.
 */
export function RevokeStatus(p: { action: string; ended: string | null; active: string; revoke: string }) {
  if (p.ended !== null) return <>{p.ended}</>;
  return (
    <form method="post" action={p.action} class="inline">
      {p.active} <button type="submit">{p.revoke}</button>
    </form>
  );
}
