import { describe, expect, it } from "vitest";
import { readForm } from "./request.server";

const post = (body: FormData | URLSearchParams) => new Request("http://localhost/x", { method: "POST", body });

describe("readForm", () => {
  it("drops NUL and other control characters (not tabs) from every posted name and value (an id with NUL was a 500)", async () => {
    const form = await readForm(post(new URLSearchParams({ "bid\u0000Id": "c1\u0000", reason: "港\u0000口\u0001", tab: "a\tb" })));
    expect([...form]).toEqual([
      ["bidId", "c1"],
      ["reason", "港口"],
      ["tab", "a\tb"],
    ]);
  });

  it("keeps files of a multipart form while cleaning its text", async () => {
    const sent = new FormData();
    sent.append("title", "巡检\u0000方案");
    sent.append("file", new File(["%PDF-1.4 content"], "方案.pdf", { type: "application/pdf" }));
    const form = await readForm(post(sent), { maxFileBytes: 1024 });
    expect(form.get("title")).toBe("巡检方案");
    const file = form.get("file") as File;
    expect(file.name).toBe("方案.pdf");
    expect(file.type).toBe("application/pdf");
    expect(await file.text()).toBe("%PDF-1.4 content");
  });
});
