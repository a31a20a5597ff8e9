/**
 * Latent semantic similarity (LSA) of two records, learned from the marketplace's own records — the one
 * matching signal that is not a shared word. Terms that keep appearing in the same records (投送, 载重, 锚地,
 * 甲板 …) get nearby vectors, so a solution worded in its vendor's jargon still comes close to the scenario it
 * solves, and a distractor that shares a few generic words with a scenario but belongs to another topic
 * does not.
 *
 *   LatentSampleBuilder                         — a seeded reservoir sample of one side's records (term counts)
 *   buildLatentModel(samples, idf, vocabulary)  — truncated SVD of the weighted term–record matrix of the
 *                                                 samples of both sides: one LATENT_DIMENSIONS vector per term
 *   embedRecord(model, frequencies)             — a record's vector: its weighted terms folded into the space
 *   cosine(a, b)                                — similarity of two record vectors, −1…1 (0 for an empty one)
 *
 * Records are weighted (1 + ln tf) · IDF, terms used by only one record are left out (they co-occur with
 * nothing), and a record's vector is the weighted sum of its terms' vectors (folding in: for a sampled record
 * this is exactly its row of U·Σ), so any record — new, unsampled, or a draft — gets a vector without
 * recomputing the decomposition.
 *
 * The decomposition is a randomized range finder with power iterations (Halko, Martinsson & Tropp 2011):
 * a handful of sparse matrix products and a Jacobi eigendecomposition of a small matrix, deterministic
 * (seeded, the terms in sorted order), and it yields to the event loop between products so a rebuild at
 * 100k records never holds a request for long. Enough iterations that the space is the decomposition's, not
 * the random draw's (POWER_ITERATIONS). The sample bounds its cost: at most LATENT_SAMPLE_PER_SIDE records per side, whatever
 * the marketplace's size. Why this and not a pretrained embedding model, and how the dimensions and weight
 * were chosen: ADR 0011.
 */

import { mulberry32 } from "~/utils/seeded-random";
import { termKey, type TermKey } from "./segment";
import { TermKeyTable } from "./term-key-table";

/** Dimensions of the latent space: few enough to merge topic vocabularies, enough to keep topics apart. */
export const LATENT_DIMENSIONS = 24;
/** Records per side the decomposition is computed from (a uniform sample above that). */
export const LATENT_SAMPLE_PER_SIDE = 5_000;
const OVERSAMPLING = 10;
/**
 * Power iterations of the range finder. With 4, the space still depended on the random draw: drawing the same
 * numbers for the terms in another order moved a set's nDCG@10 by up to 0.006 (ADR 0011). From 8 on the
 * evaluation sets' figures no longer change (8 and 16 agree to 0.0001 on all 26), so the space is the
 * top singular vectors the method means. Each iteration is two sparse products over the sample.
 */
const POWER_ITERATIONS = 8;
/** Seed of the reservoir sample and the random projection: the same records always give the same space. */
const SEED = 0x5ce4e;

export type LatentSample = {
  /** The sample's vocabulary: `rows[i].terms` index into it. */
  vocabulary: readonly string[];
  rows: readonly { terms: Int32Array; counts: Float32Array }[];
};

/**
 * Reservoir sample (algorithm R) of one side's records, fed one record at a time as they are streamed from
 * the database. Rows are stored as term ids and counts, not maps, so 5,000 records take a few megabytes.
 */
export class LatentSampleBuilder {
  private readonly ids = new Map<string, number>();
  private readonly vocabulary: string[] = [];
  private readonly rows: { terms: Int32Array; counts: Float32Array }[] = [];
  private seen = 0;
  private readonly random = mulberry32(SEED);

  constructor(private readonly capacity = LATENT_SAMPLE_PER_SIDE) {}

  add(frequencies: ReadonlyMap<string, number>): void {
    this.seen += 1;
    const slot = this.rows.length < this.capacity ? this.rows.length : Math.floor(this.random() * this.seen);
    if (slot >= this.capacity) return;
    const terms = new Int32Array(frequencies.size);
    const counts = new Float32Array(frequencies.size);
    let i = 0;
    for (const [term, count] of frequencies) {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.vocabulary.push(term) - 1;
        this.ids.set(term, id);
      }
      terms[i] = id;
      counts[i++] = count;
    }
    this.rows[slot] = { terms, counts };
  }

  build(): LatentSample {
    return { vocabulary: [...this.vocabulary], rows: [...this.rows] };
  }
}

export type LatentSemanticModel = {
  dimensions: number;
  /** Row of each term in `vectors`; terms outside the space (used once, or never sampled) are absent. */
  termRows: ReadonlyMap<string, number>;
  /**
   * Term vectors, `dimensions` numbers per term, row by row, each already multiplied by its term's IDF, so
   * folding a record in needs only its term counts (the space is rebuilt whenever the IDF is).
   */
  vectors: Float32Array;
};

export const EMPTY_LATENT_MODEL: LatentSemanticModel = { dimensions: 0, termRows: new Map(), vectors: new Float32Array(0) };

/** A term's weight in a record: (1 + ln tf) · IDF — in the decomposition, in folding in and in lexicalSimilarityTo. */
export const termWeight = (count: number, idf: number) => (count === 1 ? 1 : 1 + Math.log(count)) * idf;

/** Sparse record × term matrix in compressed rows; `columns` index the model's terms. */
type SparseMatrix = { rows: number; columns: number; rowStart: Int32Array; column: Int32Array; value: Float64Array };

/** A dense matrix stored row by row. */
type Dense = { rows: number; columns: number; data: Float64Array };
const dense = (rows: number, columns: number): Dense => ({ rows, columns, data: new Float64Array(rows * columns) });

/**
 * A · X, or Aᵀ · X when `transposed` (sparse × dense). Both walk A's stored rows; they differ only in whether
 * a stored entry (i, j) reads row j of X into row i of the result, or row i into row j.
 */
function multiply(a: SparseMatrix, x: Dense, transposed = false): Dense {
  const k = x.columns;
  const out = dense(transposed ? a.columns : a.rows, k);
  for (let i = 0; i < a.rows; i++) {
    for (let p = a.rowStart[i]!; p < a.rowStart[i + 1]!; p++) {
      const value = a.value[p]!;
      const target = (transposed ? a.column[p]! : i) * k;
      const source = (transposed ? i : a.column[p]!) * k;
      for (let c = 0; c < k; c++) out.data[target + c]! += value * x.data[source + c]!;
    }
  }
  return out;
}

/**
 * Orthonormal columns spanning X's (modified Gram–Schmidt, twice for accuracy); columns that are (nearly)
 * dependent on the earlier ones become zero, which only shrinks the space.
 */
function orthonormalize(x: Dense): Dense {
  const { rows, columns: k, data } = x;
  for (let pass = 0; pass < 2; pass++) {
    for (let c = 0; c < k; c++) {
      for (let prior = 0; prior < c; prior++) {
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += data[r * k + c]! * data[r * k + prior]!;
        for (let r = 0; r < rows; r++) data[r * k + c]! -= dot * data[r * k + prior]!;
      }
      let norm = 0;
      for (let r = 0; r < rows; r++) norm += data[r * k + c]! ** 2;
      norm = Math.sqrt(norm);
      for (let r = 0; r < rows; r++) data[r * k + c] = norm > 1e-10 ? data[r * k + c]! / norm : 0;
    }
  }
  return x;
}

/** Eigenvalues and eigenvectors (as columns) of a small symmetric matrix, by cyclic Jacobi rotations. */
export function symmetricEigen(matrix: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = a[i * n + i]!;
  return { values, vectors: v };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The latent space of the samples of both sides. `vocabulary(term)` says whether a term may take part (used
 * by at least two records of the whole marketplace, not only of the sample); `idf` weights it.
 */
export async function buildLatentModel(
  samples: readonly LatentSample[],
  idf: (term: string) => number,
  inVocabulary: (term: string) => boolean,
  dimensions = LATENT_DIMENSIONS,
): Promise<LatentSemanticModel> {
  // The matrix: one row per sampled record, one column per term in the vocabulary.
  const termRows = new Map<string, number>();
  const terms: string[] = [];
  const termIdf: number[] = []; // per column, computed once
  const rowStart: number[] = [0];
  const column: number[] = [];
  const value: number[] = [];
  // Columns in the terms' sorted order, not the order records were read in: the random projection below draws
  // its numbers column by column, so only then do the same records give the same space whatever their order
  // (the database lists them by random ids, so every seeding of the demo read them differently).
  for (const term of [...new Set(samples.flatMap((sample) => sample.vocabulary.filter(inVocabulary)))].sort()) {
    termRows.set(term, terms.push(term) - 1);
    termIdf.push(idf(term));
  }
  for (const sample of samples) {
    const columnOf = sample.vocabulary.map((term) => termRows.get(term) ?? -1);
    for (const row of sample.rows) {
      for (let i = 0; i < row.terms.length; i++) {
        const id = columnOf[row.terms[i]!]!;
        if (id < 0) continue;
        column.push(id);
        value.push(termWeight(row.counts[i]!, termIdf[id]!));
      }
      rowStart.push(column.length);
    }
  }
  const a: SparseMatrix = {
    rows: rowStart.length - 1,
    columns: terms.length,
    rowStart: Int32Array.from(rowStart),
    column: Int32Array.from(column),
    value: Float64Array.from(value),
  };
  const rank = Math.min(dimensions, a.rows, a.columns);
  if (rank === 0) return EMPTY_LATENT_MODEL;

  // Range finder: Q spans the dominant left singular subspace of A.
  const width = Math.min(rank + OVERSAMPLING, a.rows, a.columns);
  const random = mulberry32(SEED);
  const omega = dense(a.columns, width);
  for (let i = 0; i < omega.data.length; i += 2) {
    // Box–Muller: two standard normal numbers from two uniform ones.
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    omega.data[i] = radius * Math.cos(angle);
    if (i + 1 < omega.data.length) omega.data[i + 1] = radius * Math.sin(angle);
  }
  let q = orthonormalize(multiply(a, omega));
  for (let iteration = 0; iteration < POWER_ITERATIONS; iteration++) {
    await yieldToEventLoop();
    const z = orthonormalize(multiply(a, q, true));
    await yieldToEventLoop();
    q = orthonormalize(multiply(a, z));
  }
  await yieldToEventLoop();
  // B = Qᵀ A, held as Z = Aᵀ Q (terms × width). B Bᵀ = Zᵀ Z = W Λ Wᵀ gives the singular values (√λ) and,
  // through V = Z W Λ^(−1/2), the right singular vectors: the term vectors.
  const z = multiply(a, q, true);
  const gram = new Float64Array(width * width);
  for (let t = 0; t < z.rows; t++) {
    for (let i = 0; i < width; i++) {
      const zi = z.data[t * width + i]!;
      if (zi === 0) continue;
      for (let j = 0; j < width; j++) gram[i * width + j]! += zi * z.data[t * width + j]!;
    }
  }
  const { values, vectors: w } = symmetricEigen(gram, width);
  const order = [...values.keys()].sort((i, j) => values[j]! - values[i]!);
  const largest = values[order[0]!]!;
  const kept = order.slice(0, rank).filter((i) => values[i]! > largest * 1e-12);
  const k = kept.length;
  if (k === 0) return EMPTY_LATENT_MODEL;
  const vectors = new Float32Array(terms.length * k);
  for (let t = 0; t < terms.length; t++) {
    for (let c = 0; c < k; c++) {
      const e = kept[c]!;
      let sum = 0;
      for (let i = 0; i < width; i++) sum += z.data[t * width + i]! * w[i * width + e]!;
      vectors[t * k + c] = (termIdf[t]! * sum) / Math.sqrt(values[e]!);
    }
  }
  return { dimensions: k, termRows, vectors };
}

/** A record's position in the latent space, with its length (cosines divide by it). */
export type LatentVector = { vector: Float64Array; norm: number };

/**
 * A record's vector: the sum of its terms' vectors, each weighted as in the decomposition (the IDF part of
 * the weight is already in the term vectors). It runs for every candidate of every match, so it only looks
 * up the terms in the space.
 */
export function embedRecord(model: LatentSemanticModel, frequencies: ReadonlyMap<string, number>): LatentVector {
  const vector = new Float64Array(model.dimensions);
  for (const [term, count] of frequencies) {
    const row = model.termRows.get(term);
    if (row !== undefined) foldRow(model, vector, row, count);
  }
  return withNorm(vector);
}

/** Adds a term's row, weighted for its `count` in the record, to `vector` (the IDF is in the row already). */
function foldRow(model: LatentSemanticModel, vector: Float64Array, row: number, count: number) {
  const k = model.dimensions;
  const { vectors } = model;
  const weight = termWeight(count, 1);
  const offset = row * k;
  // Four dimensions a step (a quarter less time for embedTerms, which folds every candidate's rows in every match);
  // each dimension still adds the rows in the same order, so the vector is the same.
  let c = 0;
  for (; c + 4 <= k; c += 4) {
    vector[c]! += weight * vectors[offset + c]!;
    vector[c + 1]! += weight * vectors[offset + c + 1]!;
    vector[c + 2]! += weight * vectors[offset + c + 2]!;
    vector[c + 3]! += weight * vectors[offset + c + 3]!;
  }
  for (; c < k; c++) vector[c]! += weight * vectors[offset + c]!;
}

function withNorm(vector: Float64Array): LatentVector {
  let squares = 0;
  for (let c = 0; c < vector.length; c++) squares += vector[c]! * vector[c]!;
  return { vector, norm: Math.sqrt(squares) };
}

/** Per space: a count per term row, all zero between calls of embedTerms (which uses and clears it). */
const rowCounts = new WeakMap<LatentSemanticModel, Int32Array>();

/** Per space: its termRows by each term's termKey (segment.ts), for embedTerms. */
const keyedTermRows = new WeakMap<LatentSemanticModel, TermKeyTable>();

function termRowsByKey(model: LatentSemanticModel): TermKeyTable {
  let rows = keyedTermRows.get(model);
  if (!rows) keyedTermRows.set(model, (rows = new TermKeyTable([...model.termRows].map(([term, row]) => [termKey(term), row] as const))));
  return rows;
}

/**
 * embedRecord of the counts of `terms` (a record's terms with repeats, as matchTermKeys gives them: each as its
 * termKey), without building the counts: it runs for every candidate of every match whose vector is not
 * remembered yet. The terms are folded in by their first occurrence, as embedRecord visits a count map built
 * from the same list, so the two give the very same vector.
 */
export function embedTerms(model: LatentSemanticModel, terms: readonly TermKey[]): LatentVector {
  const vector = new Float64Array(model.dimensions);
  let counts = rowCounts.get(model);
  if (!counts) rowCounts.set(model, (counts = new Int32Array(model.termRows.size)));
  const termRows = termRowsByKey(model);
  const rows: number[] = [];
  for (const term of terms) {
    const row = termRows.get(term);
    if (row >= 0 && counts[row]!++ === 0) rows.push(row);
  }
  for (const row of rows) {
    foldRow(model, vector, row, counts[row]!);
    counts[row] = 0;
  }
  return withNorm(vector);
}

/** Cosine of two records' vectors, −1…1; 0 when either is empty (no term in the space). */
export function cosine(a: LatentVector, b: LatentVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  for (let c = 0; c < a.vector.length; c++) dot += a.vector[c]! * b.vector[c]!;
  return dot / (a.norm * b.norm);
}
