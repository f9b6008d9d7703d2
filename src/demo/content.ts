/**
 * The demo forum's content: neutral, checkable questions with resolution criteria, fictional
 * institutions in fictional countries, and reasons that argue both ways. No real person or institution.
 */
import type { ConsensusRule } from "../domain/consensus/index.js";

export const DEMO_FORUM = {
  title: "Regional security outlook 2027",
  description:
    "A structured forum of experts from four research institutes on how the regional security picture may develop by the end of 2027. Answers are shown to other experts only under pseudonyms.",
};

export const DEMO_ORGANISER = { name: "Dana Organiser", email: "organiser@demo.scenario-forum.test" };
export const DEMO_STAKEHOLDER = { name: "Sam Stakeholder", email: "stakeholder@demo.scenario-forum.test" };

export const DEMO_INSTITUTIONS = [
  { name: "Northland Institute for Strategic Studies", country: "Northland" },
  { name: "Eastmark Centre for Policy Research", country: "Eastmark" },
  { name: "Southvale Foundation for International Affairs", country: "Southvale" },
  { name: "Westria Peace and Security Forum", country: "Westria" },
];

/** Twelve fictional experts, three per institution (index into DEMO_INSTITUTIONS). */
export const DEMO_EXPERTS = [
  "Alex Amberg",
  "Bea Brandt",
  "Cem Corvin",
  "Dara Delmont",
  "Emil Esker",
  "Fara Fennel",
  "Gil Gorsky",
  "Hana Holm",
  "Ilan Ivers",
  "Jora Jansen",
  "Kiri Kestrel",
  "Lio Lund",
].map((name, i) => ({
  name,
  email: `${name.split(" ")[0]!.toLowerCase()}@demo.scenario-forum.test`,
  institution: Math.floor(i / 3),
}));

export const DEMO_SCENARIOS = {
  title: "Regional security picture at the end of 2027",
  scenarios: [
    {
      title: "Negotiated settlement",
      narrative:
        "The governments conclude a framework agreement; border incidents become rare and trade links reopen.",
      drivers: "Sustained mediation, economic incentives, domestic support for compromise.",
    },
    {
      title: "Managed stalemate",
      narrative:
        "No agreement is signed, but a monitored ceasefire largely holds and talks continue intermittently.",
      drivers: "Mutual deterrence, outside monitoring, limited appetite for concessions.",
    },
    {
      title: "Renewed confrontation",
      narrative:
        "Ceasefire violations increase and at least one serious armed clash occurs; talks are suspended.",
      drivers: "Incidents along the line of contact, hardening public opinion, arms build-up.",
    },
    {
      title: "Regional realignment",
      narrative:
        "Outside powers' roles change markedly; new security arrangements reshape the region without a bilateral deal.",
      drivers: "Shifts in outside powers' priorities, new transport and energy corridors.",
    },
  ],
};

export type DemoQuestion = {
  kind: "binary" | "allocation" | "quantity" | "rating";
  title: string;
  body: string;
  resolutionCriteria: string;
  unit?: string;
  rating?: { min: number; max: number; minLabel: string; maxLabel: string };
  rule: ConsensusRule;
  /** Central answer and spread used to generate the demo panel's answers. */
  centre: number;
  spread: number;
  reasons: string[];
};

export const DEMO_QUESTIONS: DemoQuestion[] = [
  {
    kind: "binary",
    title: "Will the two governments sign a bilateral peace treaty by 31 December 2027?",
    body: "A comprehensive treaty, not a declaration of intent or a partial protocol.",
    resolutionCriteria:
      "Resolves yes when both foreign ministries publish the signed text of a bilateral peace treaty dated on or before 31 December 2027.",
    rule: { kind: "iqr-at-most", max: 0.15 },
    centre: 0.3,
    spread: 0.15,
    reasons: [
      "Negotiating teams have met regularly and most technical chapters are reported as agreed.",
      "Domestic ratification politics on both sides make a signature before 2028 unlikely.",
      "Outside mediators are pushing for a signature before the next election cycle.",
      "Past draft agreements stalled on the same two unresolved issues.",
    ],
  },
  {
    kind: "allocation",
    title: "How likely is each scenario for the end of 2027?",
    body: "Give a probability to each scenario; together they must add up to 100%.",
    resolutionCriteria:
      "Assessed by the organisers in January 2028 against the scenario definitions, using reports of the joint monitoring mission and official statements.",
    rule: { kind: "iqr-at-most", max: 0.15 },
    centre: 0,
    spread: 0,
    reasons: [
      "The ceasefire has held for most of the past year, which favours the stalemate scenario.",
      "Economic pressure makes a settlement more attractive than it was two years ago.",
      "The number of incidents is low but not falling, so confrontation cannot be ruled out.",
      "Outside powers' attention is shifting, which could change the whole picture.",
    ],
  },
  {
    kind: "binary",
    title: "Will a scheduled direct passenger flight operate between the two capitals before 1 July 2027?",
    body: "Charter and humanitarian flights do not count.",
    resolutionCriteria:
      "Resolves yes when a carrier publishes a scheduled timetable for the route and at least one such flight is operated before 1 July 2027, as reported by a civil aviation authority.",
    rule: { kind: "iqr-at-most", max: 0.15 },
    centre: 0.2,
    spread: 0.12,
    reasons: [
      "Airspace agreements were discussed in the last round of talks.",
      "Insurance and security requirements would take longer than six months to settle.",
      "A flight connection is a low-cost confidence-building step both sides could agree on.",
    ],
  },
  {
    kind: "quantity",
    title: "How many ceasefire violations will the joint monitoring mission report for calendar year 2027?",
    body: "Give your 5th, 50th and 95th percentiles.",
    resolutionCriteria: "The total for 2027 in the monitoring mission's annual report, as first published.",
    unit: "incidents",
    rule: { kind: "iqr-at-most", max: 60 },
    centre: 180,
    spread: 60,
    reasons: [
      "The 2026 count was about 200; the trend has been slowly downward.",
      "Reporting coverage is expanding, which tends to raise counts even if violence does not.",
      "Seasonal patterns suggest most incidents fall in the summer months.",
    ],
  },
  {
    kind: "quantity",
    title: "What will the four countries' average defence spending be in 2027, as a share of GDP?",
    body: "Unweighted mean of the four countries' figures.",
    resolutionCriteria:
      "Computed from the 2027 military expenditure as a share of GDP published by an international research database in 2028.",
    unit: "% of GDP",
    rule: { kind: "iqr-at-most", max: 0.5 },
    centre: 3.1,
    spread: 0.4,
    reasons: [
      "Budgets adopted for 2027 show modest increases in three of the four countries.",
      "Fiscal pressure may force cuts in the second half of the year.",
      "Procurement programmes already signed will keep spending high regardless of politics.",
    ],
  },
  {
    kind: "rating",
    title: "How plausible is the “Negotiated settlement” scenario?",
    body: "Rate plausibility, not desirability.",
    resolutionCriteria: "A judgement question: it is not resolved; its consensus is reported.",
    rating: { min: 1, max: 9, minLabel: "not plausible", maxLabel: "highly plausible" },
    rule: { kind: "iqr-at-most", max: 2 },
    centre: 4.5,
    spread: 1.8,
    reasons: [
      "The main obstacles are political rather than technical.",
      "Both leaderships have publicly committed to talks.",
      "Previous rounds of negotiation failed at the final stage.",
    ],
  },
  {
    kind: "rating",
    title: "How much would cross-border energy projects affect regional stability by 2027?",
    body: "1 = no effect, 5 = very large effect.",
    resolutionCriteria: "A judgement question: it is not resolved; its consensus is reported.",
    rating: { min: 1, max: 5, minLabel: "no effect", maxLabel: "very large effect" },
    rule: { kind: "share-in-band", low: 4, high: 5, minShare: 0.7 },
    centre: 3.4,
    spread: 0.9,
    reasons: [
      "Shared infrastructure raises the cost of conflict for everyone involved.",
      "Projects take years to build; their effect by 2027 will be small.",
      "Energy revenues could also fund arms purchases.",
    ],
  },
];

/** Scenario allocations used for the demo panel (each sums to 1), cycled over the experts. */
export const DEMO_ALLOCATIONS = [
  [0.2, 0.5, 0.15, 0.15],
  [0.15, 0.55, 0.2, 0.1],
  [0.25, 0.45, 0.1, 0.2],
  [0.1, 0.5, 0.25, 0.15],
  [0.2, 0.4, 0.2, 0.2],
  [0.3, 0.4, 0.1, 0.2],
];
