export const expert = {} as const;
