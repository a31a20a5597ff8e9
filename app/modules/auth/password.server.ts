// Password hashing with argon2id at OWASP's recommended minimum (19 MiB memory, 2 iterations, 1 lane).
import { hash, verify } from "@node-rs/argon2";

// `Algorithm` is an ambient const enum that isolated modules cannot read; 2 is its Argon2id member.
const ARGON2ID = 2;

const ARGON2ID_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the account does not exist keeps sign-in timing the same either way,
// so response times do not reveal which emails are registered.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("scenebridge-dummy-password");
  await verifyPassword(await dummyHash, password);
  return false;
}
