import { ForumNav } from "./ForumNav.js";

/** An import page's head: its title, the forum's nav, then how many were just imported (`done`), if any. */
export function ImportHead({
  forumId,
  title,
  done,
}: {
  forumId: number;
  title: string;
  done: string | undefined;
}) {
  return (
    <>
      <h1>{title}</h1>
      <ForumNav forumId={forumId} />
      {done !== undefined && (
        <p class="notice" role="status" id="import-done">
          {done}
        </p>
      )}
    </>
  );
}
