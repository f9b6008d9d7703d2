import type { SourceIdea } from "../../src/domain/ideas.js";
import { useI18n } from "../context.js";

/**
 * Where a question or a scenario came from: the ideas-round items promoted into it and those merged into
 * them, each linked to its place on the review page. Renders nothing when it came from no item.
 */
export function IdeaSources({
  forumId,
  sources,
  into,
  id,
}: {
  forumId: number;
  sources: readonly SourceIdea[] | undefined;
  into: "question" | "scenario";
  id: string;
}) {
  const { t } = useI18n();
  if (!sources || sources.length === 0) return null;
  const list = (
    <ul>
      {sources.map((i) => (
        <li>
          <a href={`/forums/${forumId}/rounds/${i.roundNumber}/ideas#review-idea-${i.id}`}>“{i.title}”</a>{" "}
          {into === "question"
            ? t(i.merged ? "ideas.sources.merged" : "ideas.sources.promoted", { number: i.roundNumber })
            : t(i.merged ? "ideas.sources.scenarioMerged" : "ideas.sources.scenarioPromoted", {
                number: i.roundNumber,
              })}
        </li>
      ))}
    </ul>
  );
  return into === "question" ? (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("ideas.sources.title")}</h2>
      {list}
    </section>
  ) : (
    <div class="idea-sources" id={id}>
      <strong>{t("ideas.sources.scenarioTitle")}</strong>
      {list}
    </div>
  );
}
