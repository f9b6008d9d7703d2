/** A forum as its member's list shows it. Types only. */

export type MyForum = {
  id: number;
  title: string;
  role: "organiser" | "expert" | "stakeholder";
  openRound: { number: number; closesAt: string | null; questionCount: number; answered: number } | null;
};
