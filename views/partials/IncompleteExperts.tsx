import type { ResponseRate } from "../../src/domain/response-rates.js";
import { useI18n } from "../context.js";

/**
 * A page of the experts who have not answered every question of the open round, fewest answered first,
 * and a link to the next page (a plain link: it works without JavaScript). `more`: the link says how
 * many are left (known on the first page: all who have not answered all, less those listed).
 */
export function IncompleteExperts({
  forumId,
  rate,
  first = true,
}: {
  forumId: number;
  rate: ResponseRate;
  first?: boolean;
}) {
  const { t } = useI18n();
  const next = `/forums/${forumId}/rounds/${rate.roundNumber}/incomplete?after=${rate.moreIncomplete}`;
  return (
    <div id="incomplete">
      <ul id="incomplete-experts">
        {rate.incomplete.map((e) => (
          <li>
            {e.name} &lt;{e.email}&gt;
            {e.institution ? ` · ${e.institution}` : ""} ·{" "}
            {t("progress.answered", { answered: e.answered, total: rate.questionCount })}
          </li>
        ))}
      </ul>
      {rate.moreIncomplete && (
        <p id="incomplete-more">
          <a href={next}>
            {first
              ? t("org.rate.moreIncomplete", {
                  count: rate.overall.experts - rate.overall.complete - rate.incomplete.length,
                })
              : t("org.rate.incompleteNext")}
          </a>
        </p>
      )}
    </div>
  );
}
