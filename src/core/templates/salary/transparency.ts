/**
 * Lönetransparens: the gender pay gap indicators of the EU pay transparency directive
 * (Directive (EU) 2023/970, Art. 9(1) (a)–(g), the 5 % rule of Art. 10), from the payroll's one
 * row per employee. Pay level is gross annual pay (basic pay × 12, or an annual column, plus the
 * complementary or variable components) and gross hourly pay (annual pay over the hours worked:
 * an hours column, or Sysselsättningsgrad × a full-time year). The result holds percentages,
 * shares and headcounts only — never an amount — so it may go into a report that leaves the
 * workbook; a group with fewer than the small-group setting of either sex shows no figure.
 */
import { oneDecimal } from "../common";
import type { Employee, Gap, Population, QuartileBand, TransparencyResult } from "./transparencyTypes";
import type { YearBasis } from "./yearPay";
import { categoryGaps, gapOf, NO_GAP } from "./categories";
import { Employees } from "./employees";
import { bandsOf, selectKth } from "./bands";

export type {
  CategoryGap,
  Employee,
  Gap,
  LeaveShares,
  Population,
  QuartileBand,
  TransparencyResult,
} from "./transparencyTypes";
export { populations } from "./transparencyTypes";
export { categoryName, gapOf } from "./categories";

function meanOf(values: Float64Array): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** One measure (annual or hourly pay, of one kind) of women and of men, each in a typed array. */
interface BySex {
  women: Float64Array;
  men: Float64Array;
}

function bySex(employees: Employees, measure: (i: number) => number): BySex {
  let w = 0;
  for (let i = 0; i < employees.length; i++) w += employees.woman[i];
  const women = new Float64Array(w);
  const men = new Float64Array(employees.length - w);
  let m = 0;
  w = 0;
  for (let i = 0; i < employees.length; i++) {
    if (employees.woman[i] === 1) women[w++] = measure(i);
    else men[m++] = measure(i);
  }
  return { women, men };
}

const meanGapOf = (annual: BySex, hourly: BySex): Gap => ({
  annual: gapOf(meanOf(annual.women), meanOf(annual.men)),
  hourly: gapOf(meanOf(hourly.women), meanOf(hourly.men)),
});

/**
 * The median by selection in place (Hoare's quickselect): O(n), the array's order is lost. With
 * `n`, of the first n numbers only.
 */
export function selectMedian(a: Float64Array, n = a.length): number | null {
  if (n === 0) return null;
  return n % 2 ? selectKth(a, 0, n, n >> 1) : (selectKth(a, 0, n, n / 2 - 1) + selectKth(a, 0, n, n / 2)) / 2;
}

/** The median gap, by selection (the arrays' order is lost). */
function medianGapOf(annual: BySex, hourly: BySex): Gap {
  return {
    annual: gapOf(selectMedian(annual.women), selectMedian(annual.men)),
    hourly: gapOf(selectMedian(hourly.women), selectMedian(hourly.men)),
  };
}

/** (f) for the employees given. */
export function quartileBands(list: readonly Employee[]): QuartileBand[] {
  const employees = Employees.of(list);
  const { annualBasic, annualVariable, hours } = employees;
  const hourly = bySex(employees, (i) => (annualBasic[i] + annualVariable[i]) / hours[i]);
  return bandsOf(hourly.women, hourly.men);
}

export interface TransparencyOptions {
  threshold: number;
  /** Six months after the report: a gap remedied by then needs no joint pay assessment (ISO). */
  remedyBy: string;
  /** Over whom the variable components are averaged. */
  variablePopulation: { bd: Population; g: Population };
  smallGroup: number;
  fullTimeHours: number;
  referenceYear: number;
  referenceYearFrom: TransparencyResult["referenceYearFrom"];
  categoryBasis: TransparencyResult["categoryBasis"];
  hoursFrom: TransparencyResult["hoursFrom"];
  hoursColumn: string | null;
  variableColumns: string[];
  yearBasis: YearBasis;
  leaveColumns: string[];
}

/** Every measure's figures in one pass, each sex in a typed array of its own: total and variable pay, annual and hourly. */
function payArrays(employees: Employees, women: number, men: number, everyone: boolean) {
  const { woman, annualBasic, annualVariable, hours } = employees;
  let receivingWomen = 0;
  let receivingMen = 0;
  for (let i = 0; i < employees.length; i++)
    if (annualVariable[i] > 0) {
      if (woman[i] === 1) receivingWomen++;
      else receivingMen++;
    }
  const annual = { women: new Float64Array(women), men: new Float64Array(men) };
  const hourly = { women: new Float64Array(women), men: new Float64Array(men) };
  // (b) and (d) over those receiving variable components, or over everyone with their zeros.
  const [vWomen, vMen] = everyone ? [women, men] : [receivingWomen, receivingMen];
  const variableAnnual = { women: new Float64Array(vWomen), men: new Float64Array(vMen) };
  const variableHourly = { women: new Float64Array(vWomen), men: new Float64Array(vMen) };
  let w = 0;
  let m = 0;
  let vw = 0;
  let vm = 0;
  for (let i = 0; i < employees.length; i++) {
    const total = annualBasic[i] + annualVariable[i];
    const variable = annualVariable[i];
    if (woman[i] === 1) {
      annual.women[w] = total;
      hourly.women[w++] = total / hours[i];
    } else {
      annual.men[m] = total;
      hourly.men[m++] = total / hours[i];
    }
    if (everyone || variable > 0) {
      if (woman[i] === 1) {
        variableAnnual.women[vw] = variable;
        variableHourly.women[vw++] = variable / hours[i];
      } else {
        variableAnnual.men[vm] = variable;
        variableHourly.men[vm++] = variable / hours[i];
      }
    }
  }
  return { annual, hourly, variableAnnual, variableHourly, receivingWomen, receivingMen };
}

/** The indicators of Art. 9(1) and the categories under Art. 10 for the employees given (women and men). */
export function payTransparency(employees: Employees, options: TransparencyOptions): TransparencyResult {
  const { smallGroup, threshold } = options;
  let women = 0;
  for (let i = 0; i < employees.length; i++) women += employees.woman[i];
  const men = employees.length - women;
  const suppressed = women < smallGroup || men < smallGroup;
  const share = (count: number, of: number) => (of ? oneDecimal((count / of) * 100) : null);
  const base = {
    women,
    men,
    categories: categoryGaps(
      employees,
      smallGroup,
      threshold,
      options.remedyBy,
      options.variablePopulation.g,
      options.leaveColumns.length > 0,
    ),
    variablePopulation: options.variablePopulation,
    categoryBasis: options.categoryBasis,
    hoursFrom: options.hoursFrom,
    hoursColumn: options.hoursColumn,
    variableColumns: options.variableColumns,
    yearBasis: options.yearBasis,
    leaveColumns: options.leaveColumns,
    settings: { threshold, smallGroup, fullTimeHours: options.fullTimeHours, referenceYear: options.referenceYear },
    referenceYearFrom: options.referenceYearFrom,
  };
  if (suppressed)
    return {
      ...base,
      suppressed,
      meanGap: NO_GAP,
      medianGap: NO_GAP,
      variableMeanGap: NO_GAP,
      variableMedianGap: NO_GAP,
      receivingVariable: { women: null, men: null },
      quartiles: [],
    };
  const everyone = options.variablePopulation.bd === "everyone";
  const { annual, hourly, variableAnnual, variableHourly, receivingWomen, receivingMen } = payArrays(
    employees,
    women,
    men,
    everyone,
  );
  const meanGap = meanGapOf(annual, hourly);
  const variableMeanGap = meanGapOf(variableAnnual, variableHourly);
  const medianGap = medianGapOf(annual, hourly);
  const variableMedianGap = medianGapOf(variableAnnual, variableHourly);
  return {
    ...base,
    suppressed,
    meanGap,
    medianGap,
    variableMeanGap,
    variableMedianGap,
    receivingVariable: {
      women: share(receivingWomen, women),
      men: share(receivingMen, men),
    },
    quartiles: bandsOf(hourly.women, hourly.men),
  };
}
