/**
 * Compiles our typed `FilterTree` into a Meilisearch filter expression. Pure, so it is unit-tested on its own.
 *
 * Safety: user input only ever reaches the expression as a value, and every string value is double-quoted with
 * `\` and `"` escaped (Meilisearch ≥ 1.4 needs both escaped); numbers and booleans are written from typed
 * values, never from strings. Field names come from the index settings and must be plain identifiers, checked
 * against the filterable fields before they are written, with the same `SearchInputError`s as the embedded engine.
 *
 * Constant sub-trees are folded instead of written: `in: []` and `{ or: [] }` match nothing, `{ and: [] }`
 * matches everything, and Meilisearch has no TRUE/FALSE literal to express them. A tree that folds to "nothing"
 * lets the caller skip the request altogether.
 *
 * `exists` follows the embedded engine (and our documents): a field holding `null`, or an empty array for a
 * `keyword[]` field, does not exist. Meilisearch's bare `EXISTS` counts both as existing, so the expression adds
 * `IS NULL` / `IS EMPTY` exclusions (operators since Meilisearch 1.2).
 */
import { SearchInputError, type FilterKind, type FilterTree, type FilterValue } from "./search-engine";

export type CompiledFilter = { matches: "all" } | { matches: "none" } | { matches: "some"; expression: string };

const ALL: CompiledFilter = { matches: "all" };
const NONE: CompiledFilter = { matches: "none" };

// Words of the filter grammar; a field named like one would change the expression's meaning if written bare.
const RESERVED_WORDS = new Set(["AND", "OR", "NOT", "TO", "IN", "EXISTS", "IS", "NULL", "EMPTY"]);
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Whether `field` can be written bare in a filter expression (and so may be declared filterable). */
export function isSafeFieldName(field: string): boolean {
  return FIELD_NAME.test(field) && !RESERVED_WORDS.has(field.toUpperCase()) && !field.startsWith("_");
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone UTF-16 surrogates, which JSON parsers such as Meilisearch's reject, with U+FFFD. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/** A string value as a double-quoted filter literal. */
export function quoteFilterString(value: string): string {
  return `"${toWellFormed(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function numberLiteral(field: string, value: unknown): string {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new SearchInputError(`"${field}" compares with numbers`);
  return String(value);
}

function valueLiteral(field: string, kind: FilterKind, value: FilterValue): string {
  switch (kind) {
    case "keyword":
    case "keyword[]":
      return quoteFilterString(String(value));
    case "number":
      return numberLiteral(field, value);
    case "boolean":
      if (typeof value !== "boolean") throw new SearchInputError(`"${field}" compares with true/false`);
      return value ? "true" : "false";
  }
}

function existsExpression(field: string, kind: FilterKind): string {
  return kind === "keyword[]"
    ? `(${field} EXISTS AND NOT ${field} IS NULL AND NOT ${field} IS EMPTY)`
    : `(${field} EXISTS AND NOT ${field} IS NULL)`;
}

function some(expression: string): CompiledFilter {
  return { matches: "some", expression };
}

/**
 * Compiles `tree` against the index's filterable fields. Throws `SearchInputError` for a field that is not
 * filterable, a `range` on a field that is not a number, or a value of the wrong kind.
 */
export function compileFilter(tree: FilterTree, filterable: Record<string, FilterKind>): CompiledFilter {
  if (!tree || typeof tree !== "object") throw new SearchInputError("a filter must be an object");
  if ("and" in tree) {
    const parts = tree.and.map((child) => compileFilter(child, filterable));
    if (parts.some((part) => part.matches === "none")) return NONE;
    const expressions = parts.flatMap((part) => (part.matches === "some" ? [part.expression] : []));
    if (expressions.length === 0) return ALL;
    return some(expressions.length === 1 ? expressions[0]! : `(${expressions.join(" AND ")})`);
  }
  if ("or" in tree) {
    const parts = tree.or.map((child) => compileFilter(child, filterable));
    if (parts.some((part) => part.matches === "all")) return ALL;
    const expressions = parts.flatMap((part) => (part.matches === "some" ? [part.expression] : []));
    if (expressions.length === 0) return NONE;
    return some(expressions.length === 1 ? expressions[0]! : `(${expressions.join(" OR ")})`);
  }
  if ("not" in tree) {
    const inner = compileFilter(tree.not, filterable);
    if (inner.matches === "all") return NONE;
    if (inner.matches === "none") return ALL;
    return some(`(NOT ${inner.expression})`);
  }
  if (!("field" in tree) || typeof tree.field !== "string") throw new SearchInputError("a filter condition needs a field");
  const { field } = tree;
  const kind = Object.hasOwn(filterable, field) ? filterable[field] : undefined;
  if (!kind) throw new SearchInputError(`"${field}" is not a filterable field`);
  // Settings are checked when the index is ensured; this guards the expression even if a caller skipped that.
  if (!isSafeFieldName(field)) throw new SearchInputError(`"${field}" cannot be used in a Meilisearch filter`);

  if ("exists" in tree) return some(existsExpression(field, kind));
  if ("range" in tree) {
    if (kind !== "number") throw new SearchInputError(`range needs a number field, "${field}" is ${kind}`);
    const { gte, lte } = tree.range ?? {};
    if (gte !== undefined && lte !== undefined) {
      const from = numberLiteral(field, gte);
      const to = numberLiteral(field, lte);
      return gte > lte ? NONE : some(`${field} ${from} TO ${to}`);
    }
    if (gte !== undefined) return some(`${field} >= ${numberLiteral(field, gte)}`);
    if (lte !== undefined) return some(`${field} <= ${numberLiteral(field, lte)}`);
    return some(existsExpression(field, kind));
  }
  if ("eq" in tree) return some(`${field} = ${valueLiteral(field, kind, tree.eq)}`);
  if ("in" in tree) {
    if (!Array.isArray(tree.in)) throw new SearchInputError(`"in" on "${field}" needs a list of values`);
    if (tree.in.length === 0) return NONE;
    const literals = tree.in.map((value) => valueLiteral(field, kind, value));
    return some(literals.length === 1 ? `${field} = ${literals[0]}` : `${field} IN [${literals.join(", ")}]`);
  }
  throw new SearchInputError(`unknown filter condition on "${field}"`);
}
