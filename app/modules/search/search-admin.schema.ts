// The reviewers' search page has two forms: "check the indexes against the database" and "rebuild the indexes
// now". Shared by the page and its action.
import { z } from "zod";
import { msg } from "~/utils/i18n";

/** Which button was pressed; anything else (a forged or outdated form) is said so on the page. */
export const searchAdminFormSchema = z.object({ intent: z.enum(["check", "reindex"], { error: msg("searchAdmin.unknownIntent") }) });
