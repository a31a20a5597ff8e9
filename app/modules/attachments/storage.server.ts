// Where attachment bytes live. Disk by default (ATTACHMENTS_DIR); the interface is what an S3-compatible
// store would implement, so swapping it touches only this file.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface AttachmentStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array<ArrayBuffer> | null>;
  delete(key: string): Promise<void>;
}

/** Stores each object at <root>/<first two characters of the key>/<key>. Keys are random, never user input. */
export class DiskStorage implements AttachmentStorage {
  constructor(private readonly root: string) {}

  private pathFor(key: string) {
    if (!/^[A-Za-z0-9_-]{16,128}$/.test(key)) throw new Error("Invalid storage key");
    return path.join(this.root, key.slice(0, 2), key);
  }

  async put(key: string, bytes: Uint8Array) {
    const target = this.pathFor(key);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes, { flag: "wx" });
  }

  async get(key: string) {
    try {
      return new Uint8Array(await readFile(this.pathFor(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string) {
    await rm(this.pathFor(key), { force: true });
  }
}

let storage: AttachmentStorage | undefined;

export function getAttachmentStorage(): AttachmentStorage {
  storage ??= new DiskStorage(path.resolve(process.env.ATTACHMENTS_DIR || ".data/attachments"));
  return storage;
}
