import type { CookeInput } from "../../src/domain/cooke/index.js";
import { ColumnHeads } from "../components/ColumnHeads.js";
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
          <FileField name="dtt" accept=".dtt,.txt" errors={p.errors} detail={p.detail?.dtt} />
          <FileField name="rls" accept=".rls,.txt" errors={p.errors} detail={p.detail?.rls} />
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
          <ColumnHeads cols={[t("cooke.expert"), t("excalibur.answered")]} />
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
          <ColumnHeads cols={[t("cooke.item"), t("excalibur.scale"), t("cooke.realisation")]} />
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

/** One of the two EXCALIBUR files, with what the parser said about it when it refused it. */
function FileField(p: {
  name: "dtt" | "rls";
  accept: string;
  errors: Record<string, string>;
  detail: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        name={p.name}
        label={t(`excalibur.${p.name}`)}
        error={p.errors[p.name]}
        type="file"
        accept={p.accept}
        required
      />
      {p.detail && (
        <p class="error detail" id={`f-${p.name}-detail`}>
          <code>{p.detail}</code>
        </p>
      )}
    </>
  );
}
