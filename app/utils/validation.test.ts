import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { bidSchema, bidSchemaForBudget, inviteSchema, rejectBidSchema } from "~/modules/bids/bids.schema";
import { scenarioSchema } from "~/modules/scenarios/scenarios.schema";
import { solutionSchema } from "~/modules/solutions/solutions.schema";
import { readTypedNumber, readTypedWan, ungroupDigits, ungroupWan, withPlainLineBreaks } from "./validation";

describe("amounts typed with grouped thousands", () => {
  it("ungroups by threes only, keeps a fraction, and leaves anything else as typed", () => {
    expect(ungroupDigits("1,000")).toBe("1000");
    expect(ungroupDigits(" 1，234，567 ")).toBe("1234567");
    expect(ungroupDigits("１２ ０００")).toBe("12000");
    expect(ungroupDigits("12\u00a0000")).toBe("12000");
    expect(ungroupDigits("-1,000")).toBe("-1000");
    expect(ungroupDigits("1,000.25")).toBe("1000.25");
    for (const text of ["1,5", "1,00", "1000,000", "1,000,00", "1,,000", "a1,000", "1,000a", ""]) expect(ungroupDigits(text), text).toBe(text);
  });

  it("turns a typed amount into its number for a number schema, and passes the rest through", () => {
    expect(readTypedNumber("1,000")).toBe(1000);
    expect(readTypedNumber("２５")).toBe(25);
    expect(readTypedNumber("12.5")).toBe(12.5);
    expect(readTypedNumber(30)).toBe(30);
    expect(readTypedNumber("")).toBe("");
    expect(readTypedNumber("1,5")).toBe("1,5");
    expect(readTypedNumber(undefined)).toBeUndefined();
  });

  it("reads the box's own unit written out in a 万元 amount (QA: 100万 was refused), and no other", () => {
    expect(ungroupWan("100万")).toBe("100");
    expect(ungroupWan(" 1,000 万元 ")).toBe("1000");
    expect(ungroupWan("１００万元")).toBe("100");
    for (const text of ["100元", "1亿", "万", "100万美元", "100"]) expect(ungroupWan(text), text).toBe(ungroupDigits(text));
    expect(readTypedWan("100万")).toBe(100);
    expect(readTypedWan("12.5万")).toBe(12.5); // for the schema to refuse as not whole
    expect(readTypedWan("100元")).toBe("100元");
    expect(readTypedWan(7)).toBe(7);
    expect(readTypedNumber("100万")).toBe("100万"); // a count of days has no such unit
  });

  /** The value the schema made of `value` in field `name`, or the message keys it gave that field. */
  function read(schema: Parameters<typeof parseWithZod>[1]["schema"], fields: Record<string, string>, name: string) {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    const submission = parseWithZod(form, { schema });
    return submission.status === "success" ? (submission.value as Record<string, unknown>)[name] : submission.error?.[name] ?? null;
  }

  it("is read the same in every form that takes an amount (QA: the solution and bid forms refused 1,000)", () => {
    const bid = { proposal: "用无人机对化工园区开展夜间安全巡查，替代人工巡逻，并推送工单。", deliveryDays: "30" };
    expect(read(bidSchema, { ...bid, quotedPrice: "1,000" }, "quotedPrice")).toBe(1000);
    expect(read(bidSchema, { ...bid, quotedPrice: "1，000" }, "quotedPrice")).toBe(1000);
    expect(read(bidSchema, { ...bid, quotedPrice: "1,5" }, "quotedPrice")).toEqual([expect.stringContaining("bid.errors.wholeNumber")]);
    expect(read(bidSchema, { ...bid, quotedPrice: "" }, "quotedPrice")).toEqual([expect.stringContaining("bid.errors.wholeNumber")]);
    expect(read(bidSchema, { ...bid, quotedPrice: "99,999,999" }, "quotedPrice")).toEqual([expect.stringContaining("bid.errors.priceTooHigh")]);

    const solution = { title: "巡检无人机", summary: "化工园区夜间巡检", description: "热成像无人机与分析服务。", categoryId: "cat_public_safety", trl: "7", firstUnitStatus: "NONE" };
    expect(read(solutionSchema, { ...solution, priceMin: "1,200", priceMax: "1，500" }, "priceMin")).toBe(1200);
    expect(read(solutionSchema, { ...solution, priceMin: "1,200", priceMax: "1，500" }, "priceMax")).toBe(1500);
    // Below, the other fields' errors do not matter: only the amount field's own outcome is read.
    expect(read(solutionSchema, { priceMin: "1,2" }, "priceMin")).toEqual([expect.stringContaining("solution.validation.wholeNumber")]);
    expect(read(solutionSchema, { priceMin: "-1,000" }, "priceMin")).toEqual([expect.stringContaining("solution.validation.notNegative")]);
    expect(read(scenarioSchema, { budgetMin: "1,000" }, "budgetMin")).toBeNull();
    expect(read(scenarioSchema, { budgetMin: "12,00" }, "budgetMin")).toEqual([expect.stringContaining("scenario.validation.wholeNumber")]);
    // The unit written out, in every 万元 box; not in the delivery days.
    expect(read(bidSchema, { ...bid, quotedPrice: "100万" }, "quotedPrice")).toBe(100);
    expect(read(bidSchema, { ...bid, quotedPrice: "100万元", deliveryDays: "30万" }, "deliveryDays")).toEqual([expect.stringContaining("bid.errors.wholeNumber")]);
    expect(read(solutionSchema, { ...solution, priceMin: "80万", priceMax: "1,500 万元" }, "priceMax")).toBe(1500);
    expect(read(scenarioSchema, { budgetMin: "100万元" }, "budgetMin")).toBeNull();
    expect(read(scenarioSchema, { budgetMin: "100元" }, "budgetMin")).toEqual([expect.stringContaining("scenario.validation.wholeNumber")]);
  });
});

describe("line breaks in a text box", () => {
  // A browser counts a textarea's line break as one character against maxlength and sends it as CR LF.
  const typedToTheLimit = `${Array.from({ length: 10 }, () => "巡".repeat(49)).join("\r\n")}\r\n`; // 500 as the box counts

  it("counts each as one character, as the box did, and keeps it as a plain line break", () => {
    const form = new FormData();
    form.set("solutionId", "sol-1");
    form.set("message", typedToTheLimit);
    const submission = parseWithZod(form, { schema: inviteSchema });
    expect(submission.status).toBe("success");
    expect(submission.status === "success" && submission.value.message).toBe(Array.from({ length: 10 }, () => "巡".repeat(49)).join("\n"));
    const rejection = new FormData();
    rejection.set("intent", "reject");
    rejection.set("bidId", "bid-1");
    rejection.set("reason", typedToTheLimit);
    expect(parseWithZod(rejection, { schema: rejectBidSchema }).status).toBe("success");
  });

  it("still refuses a text longer than the limit", () => {
    const form = new FormData();
    form.set("solutionId", "sol-1");
    form.set("message", `${typedToTheLimit}巡`);
    const submission = parseWithZod(form, { schema: inviteSchema });
    expect(submission.status === "error" && submission.error?.message).toBeTruthy();
  });

  it("reads CR LF and a lone CR as one line break", () => {
    expect(withPlainLineBreaks("a\r\nb\rc\nd")).toBe("a\nb\nc\nd");
  });
});

describe("a field posted more than once", () => {
  // No form of ours repeats a single field; a hand-made post that does was answered "required", which it is not.
  it("is said to take one value, in a required text and in any other single field", () => {
    const form = new FormData();
    form.append("reason", "理由一");
    form.append("reason", "理由二");
    expect(parseWithZod(form, { schema: rejectBidSchema }).reply().error?.reason).toEqual(["validation.oneValue"]);
    // An optional text names no message of its own: the fallback (z.config) says the same.
    const invite = new FormData();
    invite.append("solutionId", "s1");
    invite.append("message", "您好");
    invite.append("message", "您好");
    expect(parseWithZod(invite, { schema: inviteSchema }).reply().error?.message).toEqual(["validation.oneValue"]);
  });

  it("is still required when it is missing", () => {
    expect(parseWithZod(new FormData(), { schema: rejectBidSchema }).reply().error?.reason).toEqual(["validation.required"]);
  });
});

describe("the bid form of a scenario (budget 80–150 万元)", () => {
  const schema = bidSchemaForBudget({ budgetMin: 80, budgetMax: 150 });
  const bid = { proposal: "用无人机对化工园区开展夜间安全巡查，替代人工巡逻，并推送工单。", deliveryDays: "30" };
  const priceErrors = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    const submission = parseWithZod(form, { schema });
    return submission.status === "success" ? null : (submission.error?.quotedPrice ?? null);
  };

  it("asks about a price far outside the budget, with the price probably meant, until it is confirmed", () => {
    expect(priceErrors({ ...bid, quotedPrice: "1,200,000" })).toEqual([
      'bid.errors.priceFarAboveBudget|{"price":1200000,"budgetMax":150}',
      'bid.errors.priceMeantYuan|{"meant":120}',
    ]);
    expect(priceErrors({ ...bid, quotedPrice: "1" })).toEqual(['bid.errors.priceFarBelowBudget|{"price":1,"budgetMin":80}', 'bid.errors.priceMeantMillions|{"price":1,"meant":100}']);
    expect(priceErrors({ ...bid, quotedPrice: "1,200,000", confirmPrice: "on" })).toBeNull();
    expect(priceErrors({ ...bid, quotedPrice: "120" })).toBeNull();
  });

  it("asks it beside the other fields' errors, but not about a price that is no price", () => {
    expect(priceErrors({ quotedPrice: "1200000" })).toEqual([expect.stringContaining("bid.errors.priceFarAboveBudget"), expect.stringContaining("bid.errors.priceMeantYuan")]);
    expect(priceErrors({ ...bid, quotedPrice: "99,999,999" })).toEqual([expect.stringContaining("bid.errors.priceTooHigh")]);
    expect(priceErrors({ ...bid, quotedPrice: "1.5" })).toEqual([expect.stringContaining("bid.errors.wholeNumber")]);
  });
});
