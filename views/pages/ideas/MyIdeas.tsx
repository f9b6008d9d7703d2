import type { MyIdea } from "../../../src/domain/ideas.js";
import { useI18n } from "../../context.js";

/** What became of the expert's own items: merged, edited, rejected with a reason, or promoted. */
export function MyIdeasPage({ items }: { items: MyIdea[] }) {
  const { t } = useI18n();
  return (
    <section id="my-ideas">
      <h1>{t("myIdeas.title")}</h1>
      <p>{t("myIdeas.intro")}</p>
      {items.length === 0 ? (
        <p>{t("myIdeas.none")}</p>
      ) : (
        <ul class="idea-outcomes">
          {items.map((i) => (
            <li id={`my-idea-${i.id}`} class={`idea-${i.status}`}>
              <p>
                <strong>{i.title}</strong>
                {i.explanation && <> — {i.explanation}</>}
              </p>
              <p class="meta">
                {t("myIdeas.prompt")}: {i.prompt}
              </p>
              {i.editedTitle && <p>{t("myIdeas.edited", { title: i.editedTitle })}</p>}
              <p class={`outcome outcome-${i.status}`}>{outcome(t, i)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function outcome(t: ReturnType<typeof useI18n>["t"], i: MyIdea): string {
  switch (i.status) {
    case "merged": {
      const merged = t("myIdeas.status.merged", { title: i.mergedIntoTitle ?? "" });
      return i.promotedTitle ? `${merged} · ${promoted(t, i)}` : merged;
    }
    case "rejected":
      return t("myIdeas.status.rejected", { reason: i.rejectReason ?? "" });
    case "promoted":
      return promoted(t, i);
    default:
      return t("myIdeas.status.submitted");
  }
}

const promoted = (t: ReturnType<typeof useI18n>["t"], i: MyIdea) =>
  i.promotedRound != null
    ? t("myIdeas.status.promotedRound", { title: i.promotedTitle ?? "", number: i.promotedRound })
    : t("myIdeas.status.promoted", { title: i.promotedTitle ?? "" });
