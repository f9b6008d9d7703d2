import type { NewScenario } from "../../src/domain/scenarios.js";

/** A scenario as the panel reads it, inside its list item: title, narrative, then its drivers if any. */
export function ScenarioBody({ scenario, driversLabel }: { scenario: NewScenario; driversLabel: string }) {
  return (
    <>
      <h3>{scenario.title}</h3>
      <p>{scenario.narrative}</p>
      {scenario.drivers && (
        <p class="drivers">
          <strong>{driversLabel}</strong> {scenario.drivers}
        </p>
      )}
    </>
  );
}
