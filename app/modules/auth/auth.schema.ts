// Forms of the auth domain, shared by the browser (conform) and the server (the real validation).
import { z } from "zod";
import { msg } from "~/utils/i18n";
import { emailField, honeypotField, localPath, requiredText } from "~/utils/validation";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const newPassword = z
  .string({ error: msg("validation.required") })
  .min(PASSWORD_MIN, msg("validation.passwordTooShort", { min: PASSWORD_MIN }))
  .max(PASSWORD_MAX, msg("validation.tooLong", { max: PASSWORD_MAX }));

/** Only same-site paths are accepted as a place to go after signing in. */
export const redirectToField = z
  .string()
  .optional()
  .transform((value) => localPath(value));

export const signUpSchema = z
  .object({
    name: requiredText(50),
    email: emailField,
    password: newPassword,
    confirmPassword: z.string({ error: msg("validation.required") }),
    redirectTo: redirectToField,
    website_url: honeypotField,
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: msg("validation.passwordsDiffer"),
  });

export const signInSchema = z.object({
  email: emailField,
  password: z.string({ error: msg("validation.required") }).max(PASSWORD_MAX, msg("validation.tooLong", { max: PASSWORD_MAX })),
  redirectTo: redirectToField,
  website_url: honeypotField,
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: msg("validation.required") }).max(PASSWORD_MAX),
    newPassword,
    confirmPassword: z.string({ error: msg("validation.required") }),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: msg("validation.passwordsDiffer"),
  });

export const profileSchema = z.object({
  name: requiredText(50),
  locale: z.enum(["zh", "en"], { error: msg("validation.choose") }),
});
