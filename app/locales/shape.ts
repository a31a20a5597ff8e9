/** The shape every locale must have: same keys as the Chinese original, string leaves. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
