import type { CookeInput } from "../../src/domain/cooke/index.js";
import { FormErrors, TextField } from "../components/Field.js";
import { useI18n } from "../context.js";

export type ExcaliburImportProps =
  | {
      step: "form";
      values: { title?: string };
      errors: Record<string, string>;
      /** The parser's own words for a file it could not read (file, line, what is wrong). */
      detail?: { dtt?: string; rls?: string };
    }
  | {
      step: "preview";
      title: string;
      input: CookeInput;
      /** The two files as base64, sent back with the confirmation (nothing is stored before it). */
      dtt64: string;
      rls64: string;
    };

/**
 * Import of an EXCALIBUR study (.dtt assessments and .rls realisations) through the browser: upload,
 * a preview of what was read (experts, items, seeds and targets, quantile levels), then one confirm
 * button that creates the read-only forum. Without JavaScript throughout.
 */
export function ExcaliburImportPage(p: ExcaliburImportProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (p.step === "form")
    return (
      <section class="narrow" id="excalibur-import">
        <h1>{t("excalibur.title")}</h1>
        <p>{t("excalibur.intro")}</p>
        <form
          method="post"
          action="/forums/new/excalibur/preview"
          enctype="multipart/form-data"
          id="excalibur-form"
          novalidate
        >
          <FormErrors errors={p.errors} />
          <TextField
            name="title"
            label={t("forum.titleLabel")}
            error={p.errors.title}
            required
            value={p.values.title ?? ""}
          />
          <TextField
            name="dtt"
            label={t("excalibur.dtt")}
            error={p.errors.dtt}
            type="file"
            accept=".dtt,.txt"
            required
          />
          {p.detail?.dtt && (
            <p class="error detail" id="f-dtt-detail">
              <code>{p.detail.dtt}</code>
            </p>
          )}
          <TextField
            name="rls"
            label={t("excalibur.rls")}
            error={p.errors.rls}
            type="file"
            accept=".rls,.txt"
            required
          />
          {p.detail?.rls && (
            <p class="error detail" id="f-rls-detail">
              <code>{p.detail.rls}</code>
            </p>
          )}
          <button type="submit" class="primary">
            {t("excalibur.preview")}
          </button>
        </form>
      </section>
    );
  const { input } = p;
  const seeds = input.items.filter((i) => i.realisation !== null).length;
  const answered = (e: number) => input.assessments[e]?.filter((a) => a !== null).length ?? 0;
  return (
    <section id="excalibur-preview">
      <h1>{t("excalibur.previewTitle", { title: p.title })}</h1>
      <p>
        {t("excalibur.summary", {
          experts: input.experts.length,
          items: input.items.length,
          seeds,
          targets: input.items.length - seeds,
          levels: input.quantileLevels.map((q) => i18n.formatPercent(q)).join(" · "),
        })}
      </p>
      <p class="hint">{t("excalibur.readOnly")}</p>
      <form method="post" action="/forums/new/excalibur" id="excalibur-confirm">
        <input type="hidden" name="title" value={p.title} />
        <input type="hidden" name="dtt64" value={p.dtt64} />
        <input type="hidden" name="rls64" value={p.rls64} />
        <button type="submit" class="primary">
          {t("excalibur.confirm", { experts: input.experts.length, items: input.items.length })}
        </button>{" "}
        <a href="/forums/new/excalibur">{t("excalibur.again")}</a>
      </form>
      <h2>{t("excalibur.experts")}</h2>
      <div class="table-scroll">
        <table class="stats" id="excalibur-experts">
          <thead>
            <tr>
              <th scope="col">{t("cooke.expert")}</th>
              <th scope="col">{t("excalibur.answered")}</th>
            </tr>
          </thead>
          <tbody>
            {input.experts.map((e, k) => (
              <tr>
                <th scope="row">{e.id}</th>
                <td>
                  {answered(k)} / {input.items.length}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("excalibur.items")}</h2>
      <div class="table-scroll">
        <table class="stats" id="excalibur-items">
          <thead>
            <tr>
              <th scope="col">{t("cooke.item")}</th>
              <th scope="col">{t("excalibur.scale")}</th>
              <th scope="col">{t("cooke.realisation")}</th>
            </tr>
          </thead>
          <tbody>
            {input.items.map((item) => (
              <tr>
                <th scope="row">{item.id}</th>
                <td>{item.scale === "log" ? t("excalibur.scale.log") : t("excalibur.scale.uni")}</td>
                <td>
                  {item.realisation === null ? t("excalibur.target") : i18n.formatNumber(item.realisation, 6)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
