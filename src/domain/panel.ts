/** The panel as the organiser's page reads it. Types only. */

export type Institution = { id: number; name: string; country: string };

export type PanelMember = {
  id: number;
  userId: number;
  name: string;
  email: string;
  role: "organiser" | "expert" | "stakeholder";
  status: "invited" | "active" | "declined" | "removed";
  pseudonym: string;
  institution: Institution | null;
};
