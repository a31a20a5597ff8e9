// The reviewers' search page has one form: "rebuild the indexes now". Shared by the page and its action.
import { z } from "zod";

export const reindexFormSchema = z.object({ intent: z.literal("reindex") });
