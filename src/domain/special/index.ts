export { chiSquareSurvival } from "./chi-square.js";
