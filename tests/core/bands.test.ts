/**
 * The quartile bands of hourly pay (Art. 9(1)(f)) read without sorting are the bands the rule
 * defines: the reference below walks women's and men's pay sorted, one pay level at a time, a
 * level across a band boundary shared by sex in proportion (largest remainder) — over random
 * payrolls with ties within and across boundaries, of every size from none to thousands.
 */
import { bandsOf, selectKth, splitLevel } from "../../src/core/templates/salary/bands";
import { seededRandom } from "../../scripts/generate";

/** The rule as written: the sorted lists walked together, level by level. */
function walked(women: readonly number[], men: readonly number[]): [number, number][] {
  const w = [...women].sort((a, b) => a - b);
  const m = [...men].sort((a, b) => a - b);
  const n = w.length + m.length;
  const sizes = [0, 1, 2, 3].map((k) => Math.floor(n / 4) + (k < n % 4 ? 1 : 0));
  const ends = sizes.map((_, k) => sizes.slice(0, k + 1).reduce((a, b) => a + b, 0));
  const bandsW = [0, 0, 0, 0];
  const bandsM = [0, 0, 0, 0];
  let [i, j, at, band] = [0, 0, 0, 0];
  while (i < w.length || j < m.length) {
    const pay = j >= m.length || (i < w.length && w[i] <= m[j]) ? w[i] : m[j];
    const [wFrom, mFrom] = [i, j];
    while (i < w.length && w[i] === pay) i++;
    while (j < m.length && m[j] === pay) j++;
    const size = i - wFrom + (j - mFrom);
    while (band < 3 && at >= ends[band]) band++;
    if (at + size <= ends[band]) {
      bandsW[band] += i - wFrom;
      bandsM[band] += j - mFrom;
    } else splitLevel(ends, at, i - wFrom, j - mFrom, bandsW, bandsM);
    at += size;
  }
  return [0, 1, 2, 3].map((k) => [bandsW[k], bandsM[k]]);
}

const counts = (women: number[], men: number[]) =>
  bandsOf(Float64Array.from(women), Float64Array.from(men)).map((b): [number, number] => [b.women, b.men]);

describe("quartile bands by selection", () => {
  test("as the sorted walk gives them, over random payrolls with ties", () => {
    const random = seededRandom(2027);
    for (let run = 0; run < 400; run++) {
      const n = run < 100 ? run % 14 : Math.floor(random() * 3000);
      // Few pay levels (many ties, some across boundaries), or pay to the full double.
      const levels = [1, 2, 3, 5, 40, 0][run % 6];
      const pay = () => (levels ? 100 + Math.floor(random() * levels) * 12.5 : 80 + random() * 400);
      const women: number[] = [];
      const men: number[] = [];
      const womenShare = random();
      for (let k = 0; k < n; k++) (random() < womenShare ? women : men).push(pay());
      const bands = counts(women, men);
      expect(bands).toEqual(walked(women, men));
      expect(bands.reduce((s, [w, m]) => s + w + m, 0)).toBe(n);
    }
  });

  test("eight paid alike, the women first: a woman and a man in each band", () => {
    expect(counts([100, 100, 100, 100], [100, 100, 100, 100])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });

  test("selection leaves the k-th in place, none larger before it, none smaller after", () => {
    const random = seededRandom(9);
    for (let run = 0; run < 50; run++) {
      const a = Float64Array.from({ length: 1 + Math.floor(random() * 500) }, () => Math.floor(random() * 20));
      const from = Math.floor(random() * a.length);
      const k = from + Math.floor(random() * (a.length - from));
      // Only [from, n) is selected in: what lies before it stays.
      const before = Array.from(a.subarray(0, from));
      const region = [...a.subarray(from)].sort((x, y) => x - y);
      expect(selectKth(a, from, a.length, k)).toBe(region[k - from]);
      expect(Array.from(a.subarray(0, from))).toEqual(before);
      for (let i = from; i < k; i++) expect(a[i]).toBeLessThanOrEqual(a[k]);
      for (let i = k + 1; i < a.length; i++) expect(a[i]).toBeGreaterThanOrEqual(a[k]);
    }
  });
});
