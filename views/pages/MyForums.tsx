import type { MyForum } from "../../src/domain/forums.js";
import { Deadline } from "../components/Deadline.js";
import { useI18n } from "../context.js";

export function MyForumsPage({ forums, canCreate }: { forums: MyForum[]; canCreate: boolean }) {
  const { t } = useI18n();
  return (
    <section>
      <div class="title-row">
        <h1>{t("forums.title")}</h1>
        {canCreate && (
          <a class="button" href="/forums/new">
            {t("forums.new")}
          </a>
        )}
      </div>
      {canCreate && (
        <p class="meta">
          <a href="/forums/new/excalibur">{t("excalibur.link")}</a>
        </p>
      )}
      {forums.length === 0 ? (
        <p>{t("forums.none")}</p>
      ) : (
        <ul class="cards" id="my-forums">
          {forums.map((f) => (
            <li class="card">
              <h2>
                <a href={`/forums/${f.id}`}>{f.title}</a>
              </h2>
              <p class="meta">{t(`role.${f.role}`)}</p>
              {f.openRound ? (
                <>
                  <p>
                    {t("forums.openRound", { number: f.openRound.number })}
                    {f.openRound.closesAt && (
                      <>
                        {" · "}
                        <Deadline at={f.openRound.closesAt} />
                      </>
                    )}
                  </p>
                  {f.role === "expert" && (
                    <p class="progress">
                      {t("progress.answered", {
                        answered: f.openRound.answered,
                        total: f.openRound.questionCount,
                      })}
                    </p>
                  )}
                </>
              ) : (
                <p class="meta">{t("forums.noOpenRound")}</p>
              )}
              <a class="button" href={`/forums/${f.id}`}>
                {t("forums.continue")}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
