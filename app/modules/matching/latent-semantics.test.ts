// The latent semantic space: the decomposition's algebra, the topic behaviour matching relies on, the sample.
import { describe, expect, it } from "vitest";
import { termKey } from "./segment";
import { EMPTY_LATENT_MODEL, LatentSampleBuilder, buildLatentModel, cosine, embedRecord, embedTerms, symmetricEigen, type LatentSample } from "./latent-semantics";

/** A sample from whitespace-separated words, each record's words counted. */
function sampleOf(records: string[]): LatentSample {
  const builder = new LatentSampleBuilder();
  for (const record of records) builder.add(counts(record));
  return builder.build();
}

function counts(record: string): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const word of record.split(/\s+/).filter(Boolean)) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
  return frequencies;
}

const unitIdf = () => 1;
const everyTerm = () => true;

describe("symmetricEigen", () => {
  it("returns eigenpairs of a symmetric matrix (A v = λ v, orthonormal vectors)", () => {
    const n = 5;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = Math.sin(i * 7 + j * 3) + (i === j ? 2 : 0);
    const { values, vectors } = symmetricEigen(a, n);
    for (let e = 0; e < n; e++) {
      for (let i = 0; i < n; i++) {
        let av = 0;
        for (let j = 0; j < n; j++) av += a[i * n + j]! * vectors[j * n + e]!;
        expect(av).toBeCloseTo(values[e]! * vectors[i * n + e]!, 9);
      }
      for (let f = 0; f < n; f++) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += vectors[i * n + e]! * vectors[i * n + f]!;
        expect(dot).toBeCloseTo(e === f ? 1 : 0, 9);
      }
    }
  });
});

describe("buildLatentModel", () => {
  const records = [
    "drone inspection crane",
    "quadcopter inspection crane",
    "drone survey crane berth",
    "quadcopter survey berth",
    "boiler steam turbine",
    "boiler furnace turbine",
    "furnace steam pipe turbine",
  ];

  it("keeps every dot product of the records when the space is as large as their span (folding in is exact)", async () => {
    const model = await buildLatentModel([sampleOf(records)], unitIdf, everyTerm, 24);
    expect(model.dimensions).toBeLessThanOrEqual(records.length);
    for (const a of records) {
      for (const b of records) {
        const [x, y] = [counts(a), counts(b)];
        let plain = 0;
        for (const [term, count] of x) if (y.has(term)) plain += (1 + Math.log(count)) * (1 + Math.log(y.get(term)!));
        const [ex, ey] = [embedRecord(model, x), embedRecord(model, y)];
        const latent = ex.vector.reduce((sum, value, i) => sum + value * ey.vector[i]!, 0);
        expect(latent).toBeCloseTo(plain, 6);
      }
    }
  });

  it("brings words used in the same contexts together and keeps topics apart in a small space", async () => {
    const model = await buildLatentModel([sampleOf(records)], unitIdf, everyTerm, 2);
    const vector = (text: string) => embedRecord(model, counts(text));
    // "drone" and "quadcopter" never occur together, but in the same company.
    expect(cosine(vector("drone"), vector("quadcopter"))).toBeGreaterThan(0.9);
    expect(cosine(vector("drone"), vector("boiler"))).toBeLessThan(0.2);
    expect(cosine(vector("quadcopter crane"), vector("drone inspection"))).toBeGreaterThan(cosine(vector("quadcopter crane"), vector("steam turbine")));
  });

  it("is the same for the same records (seeded), and reads both sides' samples", async () => {
    const [first, second] = await Promise.all([
      buildLatentModel([sampleOf(records.slice(0, 4)), sampleOf(records.slice(4))], unitIdf, everyTerm, 2),
      buildLatentModel([sampleOf(records.slice(0, 4)), sampleOf(records.slice(4))], unitIdf, everyTerm, 2),
    ]);
    expect(first.vectors).toEqual(second.vectors);
    expect([...first.termRows.keys()]).toEqual(expect.arrayContaining(["drone", "boiler"]));
  });

  it("is the same space whatever order the records come in (the database lists them by random ids)", async () => {
    // 60 records of 6 words from 5 overlapping topics of 15 words: more records and terms than the range
    // finder's width, so its random draw matters unless the iterations converge and the terms are drawn for
    // in a fixed order.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const many = Array.from({ length: 60 }, (_, r) => Array.from({ length: 6 }, () => `w${(r % 5) * 10 + Math.floor(next() * 15)}`).join(" "));
    const shuffled = [...many].reverse().map((record) => record.split(" ").reverse().join(" "));
    const [a, b] = await Promise.all([buildLatentModel([sampleOf(many)], unitIdf, everyTerm, 6), buildLatentModel([sampleOf(shuffled)], unitIdf, everyTerm, 6)]);
    for (let i = 0; i < many.length; i += 7) {
      for (let j = 1; j < many.length; j += 5) {
        const inA = cosine(embedRecord(a, counts(many[i]!)), embedRecord(a, counts(many[j]!)));
        const inB = cosine(embedRecord(b, counts(many[i]!)), embedRecord(b, counts(many[j]!)));
        expect(Math.abs(inA - inB), `${i} × ${j}`).toBeLessThan(1e-4);
      }
    }
  });

  it("leaves out terms outside the vocabulary, and is empty for no records or no usable terms", async () => {
    const model = await buildLatentModel([sampleOf(records)], unitIdf, (term) => term !== "pipe", 2);
    expect(model.termRows.has("pipe")).toBe(false);
    expect(embedRecord(model, counts("pipe")).norm).toBe(0);
    expect(await buildLatentModel([], unitIdf, everyTerm)).toBe(EMPTY_LATENT_MODEL);
    expect(await buildLatentModel([sampleOf(records)], unitIdf, () => false)).toBe(EMPTY_LATENT_MODEL);
    expect(cosine(embedRecord(EMPTY_LATENT_MODEL, counts("drone")), embedRecord(model, counts("drone")))).toBe(0);
  });
});

describe("LatentSampleBuilder", () => {
  it("keeps at most its capacity, every record with the same chance, the same records every time", () => {
    const build = () => {
      const builder = new LatentSampleBuilder(1_000);
      for (let i = 0; i < 10_000; i++) builder.add(new Map([[`r${i}`, 1]]));
      return builder.build();
    };
    const sample = build();
    expect(sample.rows).toHaveLength(1_000);
    const kept = sample.rows.map((row) => Number(sample.vocabulary[row.terms[0]!]!.slice(1)));
    const firstHalf = kept.filter((i) => i < 5_000).length;
    expect(firstHalf).toBeGreaterThan(430);
    expect(firstHalf).toBeLessThan(570);
    expect(build()).toEqual(sample);
  });
});

describe("embedTerms", () => {
  it("gives embedRecord's vector for the counts of the same terms, exactly, and leaves nothing behind between calls", async () => {
    const records = [
      "drone inspection crane port drone",
      "drone dock inspection port",
      "water quality buoy sensor water",
      "water sensor port monitoring",
      "crane robot weld inspection",
      "robot weld steel crane",
    ];
    const model = await buildLatentModel([sampleOf(records)], unitIdf, everyTerm, 3);
    expect(model.dimensions).toBeGreaterThan(0);
    for (const record of [...records, "drone drone drone unknown port", "nothing known here", ""]) {
      const terms = record.split(/\s+/).filter(Boolean);
      const expected = embedRecord(model, counts(record));
      const got = embedTerms(model, terms);
      expect([...got.vector]).toEqual([...expected.vector]);
      expect(got.norm).toBe(expected.norm);
    }
  });

  it("reads Chinese bigrams by their termKey, as matchTermKeys gives them", async () => {
    const records = ["无人 人机 巡检 港口", "无人 人机 机场 港口", "水质 监测 浮标 水质", "港口 起重 重机 巡检"];
    const model = await buildLatentModel([sampleOf(records)], unitIdf, everyTerm, 2);
    for (const record of records) {
      const terms = record.split(" ");
      const got = embedTerms(model, terms.map(termKey));
      expect(got.norm).toBeGreaterThan(0);
      expect([...got.vector]).toEqual([...embedRecord(model, counts(record)).vector]);
    }
  });
});
