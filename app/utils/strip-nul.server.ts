// React 18.3's streaming renderer leaves NUL bytes in its 2 KB chunks when a multi-byte (Chinese) character
// does not fit at a chunk's end (react#31134). Browsers drop a NUL in text, but turn one inside an attribute
// or the hydration data into U+FFFD, and tools that read our HTML see them. No character we send encodes to a
// 0x00 byte (text with U+0000 is refused at input), so the bytes are dropped on the way out.
import { Transform, type TransformCallback } from "node:stream";

export function stripNulBytes(chunk: Buffer): Buffer {
  if (chunk.indexOf(0) === -1) return chunk; // the common case: no copy
  const out = Buffer.allocUnsafe(chunk.length);
  let length = 0;
  for (const byte of chunk) if (byte !== 0) out[length++] = byte;
  return out.subarray(0, length);
}

export function createNulStripper(): Transform {
  return new Transform({
    transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback) {
      callback(null, stripNulBytes(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)));
    },
  });
}
