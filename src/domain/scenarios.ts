/** Scenario sets as pages read and write them. Types only. */

export type Scenario = { id: number; position: number; title: string; narrative: string; drivers: string };

export type ScenarioSet = { id: number; title: string; scenarios: Scenario[] };

export type NewScenario = { title: string; narrative: string; drivers: string };
