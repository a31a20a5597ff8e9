import { describe, expect, it } from "vitest";
import { createNulStripper, stripNulBytes } from "./strip-nul.server";

describe("stripNulBytes", () => {
  it("drops NUL bytes and keeps every other byte, multi-byte characters included", () => {
    const text = Buffer.from("统一调度港口、车队", "utf8");
    const padded = Buffer.concat([text.subarray(0, 15), Buffer.from([0, 0]), text.subarray(15)]);
    expect(stripNulBytes(padded).toString("utf8")).toBe("统一调度港口、车队");
  });

  it("returns the same buffer when there is nothing to drop", () => {
    const clean = Buffer.from("<p>无人机</p>");
    expect(stripNulBytes(clean)).toBe(clean);
  });

  it("works as a stream", async () => {
    const stripper = createNulStripper();
    const parts: Buffer[] = [];
    stripper.on("data", (chunk: Buffer) => parts.push(chunk));
    const done = new Promise((resolve) => stripper.on("end", resolve));
    stripper.write(Buffer.from([0x61, 0, 0x62]));
    stripper.end(Buffer.from([0, 0x63]));
    await done;
    expect(Buffer.concat(parts).toString()).toBe("abc");
  });
});
