import type { IdeaOutcome } from "../../src/domain/ideas.js";
import { ColumnHeads } from "../components/ColumnHeads.js";
import { useI18n } from "../context.js";

/**
 * Readers' dashboard: what the panel proposed in the ideas round and what became of each item
 * (promoted into a question, merged, not taken up, not reviewed yet). Never who proposed it.
 */
export function IdeaOutcomes({ items }: { items: IdeaOutcome[] }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  const fate = (i: IdeaOutcome) => {
    if (i.status === "promoted" || (i.status === "merged" && i.promotedTitle))
      return t("ideas.outcomes.promoted", { title: i.promotedTitle ?? "" });
    if (i.status === "merged") return t("ideas.outcomes.merged", { title: i.mergedIntoTitle ?? "" });
    return t(i.status === "rejected" ? "ideas.outcomes.rejected" : "ideas.outcomes.submitted");
  };
  return (
    <section id="idea-outcomes" aria-labelledby="idea-outcomes-title">
      <h2 id="idea-outcomes-title">{t("ideas.outcomes.title")}</h2>
      <p class="hint">{t("ideas.outcomes.intro")}</p>
      <table class="stats">
        <ColumnHeads cols={[t("myIdeas.prompt"), t("ideas.outcomes.item"), t("ideas.outcomes.fate")]} />
        <tbody>
          {items.map((i) => (
            <tr id={`idea-outcome-${i.id}`}>
              <td>{i.prompt}</td>
              <th scope="row">{i.title}</th>
              <td>{fate(i)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
