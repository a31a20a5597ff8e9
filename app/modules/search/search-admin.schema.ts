// The reviewers' search page has two forms: "check the indexes against the database" and "rebuild the indexes
// now". Shared by the page and its action.
import { z } from "zod";

export const searchAdminFormSchema = z.object({ intent: z.enum(["check", "reindex"]) });
