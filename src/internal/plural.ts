/** Plural forms of one message, as `Intl.PluralRules` names them; `other` is required, the rest as the language needs. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` that `count` takes in `lang` (`{count}` in it replaced by the formatted count). */
export function plural(lang: string, count: number, forms: PluralForms, formatted = String(count)): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return (forms[rule.select(count)] ?? forms.other).replaceAll('{count}', formatted);
}
