import type { CalibrationBin } from "../../src/domain/scoring/index.js";
import { useI18n } from "../context.js";
import { Chart } from "./Chart.js";
import { ColumnHeads } from "./ColumnHeads.js";

export type CalibrationPlotProps = { id: string; title: string; bins: CalibrationBin[] };

const S = 340;
/** Room for the axis label and tick labels on the left and below; a little on the right and top. */
const LEFT = 64;
const BOTTOM = 48;
const TOP = 16;
const RIGHT = 28;
const IN = S - LEFT - RIGHT;
const H = TOP + IN + BOTTOM;

/**
 * A server-rendered calibration (reliability) plot: the diagonal of perfect calibration, and per
 * non-empty bin a dot at (mean forecast, observed frequency) whose area grows with the count, labelled
 * with the count. The table after it carries the same numbers (screen readers, print).
 */
export function CalibrationPlot({ id, title, bins }: CalibrationPlotProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const n = bins.reduce((s, b) => s + b.count, 0);
  const max = Math.max(1, ...bins.map((b) => b.count));
  const x = (p: number) => LEFT + p * IN;
  const y = (p: number) => TOP + (1 - p) * IN;
  const pct = (p: number) => i18n.formatPercent(p);
  return (
    <Chart
      figureClass="chart calibration-plot"
      figureId={id}
      id={id}
      title={title}
      desc={t("calib.desc", { bins: bins.length, n })}
      width={S}
      height={H}
      class="calibration-svg"
      legend={[
        { swatch: "diagonal-swatch", label: t("calib.diagonal") },
        { swatch: "calib-swatch", label: t("calib.points") },
      ]}
      after={
        <details>
          <summary>{t("calib.table")}</summary>
          <table class="stats calibration-table">
            <ColumnHeads
              cols={[t("calib.bin"), t("calib.count"), t("calib.meanForecast"), t("calib.observed")]}
            />
            <tbody>
              {bins.map((b) => (
                <tr>
                  <th scope="row">{`${pct(b.lower)}–${pct(b.upper)}`}</th>
                  <td>{b.count}</td>
                  <td>{b.meanForecast === null ? "–" : pct(b.meanForecast)}</td>
                  <td>{b.observedFrequency === null ? "–" : pct(b.observedFrequency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      }
    >
      <rect class="plot-frame" x={LEFT} y={TOP} width={IN} height={IN} />
      {[0.25, 0.5, 0.75].map((g) => (
        <>
          <line class="grid" x1={x(g)} x2={x(g)} y1={y(0)} y2={y(1)} />
          <line class="grid" x1={x(0)} x2={x(1)} y1={y(g)} y2={y(g)} />
        </>
      ))}
      <line class="diagonal" x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} />
      {[0, 0.5, 1].map((g) => (
        <>
          <text class="tick" x={x(g)} y={y(0) + 18} text-anchor="middle">
            {pct(g)}
          </text>
          <text class="tick" x={LEFT - 6} y={y(g) + 4} text-anchor="end">
            {pct(g)}
          </text>
        </>
      ))}
      <text class="axis-label" x={LEFT + IN / 2} y={H - 8} text-anchor="middle">
        {t("calib.axisX")}
      </text>
      <text
        class="axis-label"
        x={14}
        y={TOP + IN / 2}
        text-anchor="middle"
        transform={`rotate(-90 14 ${TOP + IN / 2})`}
      >
        {t("calib.axisY")}
      </text>
      {bins
        .filter((b) => b.count > 0 && b.meanForecast !== null && b.observedFrequency !== null)
        .map((b) => {
          const cx = x(b.meanForecast as number);
          const cy = y(b.observedFrequency as number);
          const r = 4 + 8 * Math.sqrt(b.count / max);
          return (
            <g class="calib-point">
              <circle class="calib-dot" cx={cx} cy={cy} r={r}>
                <title>{`${pct(b.lower)}–${pct(b.upper)}: ${t("calib.meanForecast")} ${pct(b.meanForecast as number)}, ${t("calib.observed")} ${pct(b.observedFrequency as number)}, n = ${b.count}`}</title>
              </circle>
              <text class="calib-count" x={cx + r + 3} y={cy - r + 2}>
                {b.count}
              </text>
            </g>
          );
        })}
    </Chart>
  );
}
