import { analyzeGrid } from "../src/core";
const values = [
  ["Vikt", 0.2, 0.15, 0.15, 0.3, 0.1, 0.1, ""],
  ["", "Kunskap och färdigheter", "", "", "Ansvar", "Ansträngning", "Arbetsförhållanden", ""],
  ["Befattning", "Utbildning", "Erfarenhet", "Problemlösning", "Resultat", "Psykisk", "Fysisk miljö", "Värdegrupp"],
  ["Lönehandläggare", 3, 2, 3, 2, 3, 2, "B"],
];
for (const v of [values, values.slice(1)]) {
  const r = analyzeGrid({ sheet: "A", originRow: 1, originCol: 1, values: v as never }).report;
  console.log(r.template, r.reason, r.headerRow);
}
