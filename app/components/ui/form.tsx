// Form fields wired to conform metadata: a visible label, the control, a hint and errors tied to it with
// aria-describedby. Error texts are i18n message keys (see utils/i18n.ts) translated here.
import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { useEffect, useRef, useState, type FormEvent, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { contentLang } from "~/utils/content-lang";
import { translateMessage } from "~/utils/i18n";
import { formatWan } from "~/utils/money";
import { readTypedWan } from "~/utils/validation";

export const controlClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm aria-[invalid=true]:border-red-700 disabled:bg-slate-100";

export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm text-red-800">
      {errors.map((error) => (
        <li key={error}>{translateMessage(t, error)}</li>
      ))}
    </ul>
  );
}

function FieldShell(props: { label: ReactNode; htmlFor: string; hint?: ReactNode; hintId: string; errorId: string; errors?: string[]; children: ReactNode; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="space-y-1">
      <label htmlFor={props.htmlFor} className="block text-sm font-medium text-slate-800">
        {props.label}
        {props.required ? <span className="ml-1 text-red-800"><span aria-hidden="true">*</span><span className="sr-only">{t("form.required")}</span></span> : null}
      </label>
      {props.children}
      {props.hint ? (
        <p id={props.hintId} className="text-sm text-slate-600">
          {props.hint}
        </p>
      ) : null}
      <ErrorList id={props.errorId} errors={props.errors} />
    </div>
  );
}

type TextFieldProps = {
  meta: FieldMetadata<string | undefined>;
  label: ReactNode;
  hint?: ReactNode;
  type?: "text" | "email" | "password" | "tel" | "url" | "search";
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
};

/**
 * An amount in 万元 (10,000 CNY), the unit every amount is typed and stored in, in both languages (procurement
 * documents and the Chinese side of the marketplace count in 万元). English readers count in millions, as the
 * search boxes and every amount shown on English pages do: under the box an English page says what the typed
 * number comes to ("= 1.2M CNY"), as it is typed — 120 read as 120 yuan or as 120 million is the mistake it
 * catches. Part of the field's description, so a screen reader says it with the field.
 */
export function AmountField({ meta, label, hint }: { meta: FieldMetadata<string | undefined>; label: ReactNode; hint?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const hintId = `${meta.id}-hint`;
  const echoId = `${meta.id}-in-yuan`;
  // What the box holds: its initial value (a saved amount, or what was typed before a refused submission), then
  // what is typed; a form reset (a new key) starts again from the initial value.
  const initial = typeof meta.initialValue === "string" ? meta.initialValue : "";
  const [text, setText] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  // From the box itself: it may hold what was typed before the page's scripts had loaded.
  useEffect(() => setText(input.current?.value ?? initial), [initial, meta.key]);
  const wan = i18n.language === "en" ? typedWholeAmount(text) : null;
  const echo = wan === null ? null : t("form.amountInYuan", { amount: formatWan(wan, "en") });
  const describedBy = [hint ? hintId : null, echo ? echoId : null].filter(Boolean).join(" ") || undefined;
  const props = getInputProps(meta, { type: "text", ariaDescribedBy: describedBy });
  return (
    <FieldShell label={label} htmlFor={meta.id} hint={hint} hintId={hintId} errorId={meta.errorId} errors={meta.errors} required={meta.required}>
      <input {...props} key={props.key} ref={input} inputMode="numeric" onInput={(event) => setText(event.currentTarget.value)} className={controlClass} />
      {echo ? (
        <p id={echoId} className="text-sm font-medium text-slate-700">
          {echo}
        </p>
      ) : null}
    </FieldShell>
  );
}

/** A whole amount as the amount schemas read it (readTypedWan: "1,200" and "100万" too), or null for anything they would refuse. */
function typedWholeAmount(text: string): number | null {
  const value = readTypedWan(text);
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/**
 * `lang` for a field of free text (a title, a description): the language of what it holds where the page's
 * differs (contentLang) — Chinese typed on an English page is read by a screen reader in a Chinese voice, as the
 * same text is where it is shown. It follows what is typed, and the value a form is given again.
 */
function useValueLang(value: unknown) {
  const { i18n } = useTranslation();
  const langOf = (text: unknown) => (typeof text === "string" ? contentLang(text, i18n.language) : undefined);
  const [lang, setLang] = useState(() => langOf(value));
  useEffect(() => setLang(langOf(value)), [value, i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps
  return { lang, onInput: (event: FormEvent<HTMLInputElement | HTMLTextAreaElement>) => setLang(langOf(event.currentTarget.value)) };
}

export function TextField({ meta, label, hint, type = "text", inputProps }: TextFieldProps) {
  const hintId = `${meta.id}-hint`;
  const props = getInputProps(meta, { type, ariaDescribedBy: hint ? hintId : undefined });
  const valueLang = useValueLang(props.defaultValue);
  // Only free text has a language: an address, a number or a password does not.
  const languageProps = type === "text" || type === "search" ? valueLang : {};
  return (
    <FieldShell label={label} htmlFor={meta.id} hint={hint} hintId={hintId} errorId={meta.errorId} errors={meta.errors} required={meta.required}>
      <input {...props} {...languageProps} {...inputProps} key={props.key} className={controlClass} />
    </FieldShell>
  );
}

export function TextareaField({ meta, label, hint, textareaProps }: { meta: FieldMetadata<string | undefined>; label: ReactNode; hint?: ReactNode; textareaProps?: TextareaHTMLAttributes<HTMLTextAreaElement> }) {
  const hintId = `${meta.id}-hint`;
  const props = getTextareaProps(meta, { ariaDescribedBy: hint ? hintId : undefined });
  const valueLang = useValueLang(props.defaultValue);
  return (
    <FieldShell label={label} htmlFor={meta.id} hint={hint} hintId={hintId} errorId={meta.errorId} errors={meta.errors} required={meta.required}>
      <textarea {...props} {...valueLang} rows={4} {...textareaProps} key={props.key} className={controlClass} />
    </FieldShell>
  );
}

export function SelectField({
  meta,
  label,
  hint,
  options,
  placeholder,
  selectProps,
  recordLabels = false,
}: {
  meta: FieldMetadata<string | undefined>;
  label: ReactNode;
  hint?: ReactNode;
  options: { value: string; label: string }[];
  placeholder?: string;
  selectProps?: SelectHTMLAttributes<HTMLSelectElement>;
  /** The labels are records' own text (solution titles), each marked with its language where the page's differs. */
  recordLabels?: boolean;
}) {
  const { i18n } = useTranslation();
  const hintId = `${meta.id}-hint`;
  const props = getSelectProps(meta, { ariaDescribedBy: hint ? hintId : undefined });
  return (
    <FieldShell label={label} htmlFor={meta.id} hint={hint} hintId={hintId} errorId={meta.errorId} errors={meta.errors} required={meta.required}>
      <select {...props} {...selectProps} key={props.key} className={controlClass}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={recordLabels ? contentLang(option.label, i18n.language) : undefined}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/**
 * One checkbox for a yes/no field (posted as "on" when ticked), its label beside it and its errors under it;
 * `describedBy`: the id of a text elsewhere that the box answers (a question asked at another field).
 */
export function CheckboxField({ meta, label, describedBy }: { meta: FieldMetadata<string | undefined>; label: ReactNode; describedBy?: string }) {
  const props = getInputProps(meta, { type: "checkbox", value: "on", ariaDescribedBy: describedBy });
  return (
    <div className="space-y-1">
      <label className="inline-flex items-start gap-2 font-medium text-slate-800">
        <input {...props} key={props.key} className="mt-1 h-4 w-4 shrink-0" />
        <span>{label}</span>
      </label>
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

/** A group of checkboxes for an array field, in a fieldset with a legend. */
export function CheckboxGroup({
  meta,
  legend,
  options,
  hint,
}: {
  meta: FieldMetadata<string[] | undefined>;
  legend: ReactNode;
  options: { value: string; label: string }[];
  /** A sentence under the legend on how the choices relate, read with the group. */
  hint?: ReactNode;
}) {
  const selected = new Set(
    Array.isArray(meta.initialValue) ? (meta.initialValue as string[]) : meta.initialValue ? [String(meta.initialValue)] : [],
  );
  const hintId = `${meta.id}-hint`;
  const describedBy = [hint ? hintId : null, meta.errors?.length ? meta.errorId : null].filter(Boolean).join(" ");
  return (
    <fieldset className="space-y-1" aria-describedby={describedBy || undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? <p id={hintId} className="text-sm text-slate-600">{hint}</p> : null}
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option) => (
          <label key={option.value} className="inline-flex items-center gap-2 text-slate-800">
            <input type="checkbox" name={meta.name} value={option.value} defaultChecked={selected.has(option.value)} form={meta.formId} className="h-4 w-4" />
            {option.label}
          </label>
        ))}
      </div>
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </fieldset>
  );
}

/** Hidden from people (and from assistive technology); bots that fill every field reveal themselves. */
export function Honeypot({ name = "website_url" }: { name?: string }) {
  return (
    <div aria-hidden="true" style={{ position: "absolute", left: "-10000px", width: 1, height: 1, overflow: "hidden" }}>
      <label>
        Website
        <input type="text" name={name} tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}

export function FormErrors({ id, errors }: { id: string; errors?: string[] | null }) {
  if (!errors?.length) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3">
      <ErrorList id={id} errors={errors} />
    </div>
  );
}
