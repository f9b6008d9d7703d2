export const organiser = {} as const;
