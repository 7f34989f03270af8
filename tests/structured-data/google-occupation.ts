/**
 * The shape Google documents for the estimated salary rich result (developers.google.com/search/docs/appearance/
 * structured-data/estimated-salary): returns every problem found, empty when the object conforms.
 * Required: `name`, `occupationLocation` (City, State or Country, each named), `estimatedSalary` as
 * `MonetaryAmountDistribution` with `currency` (ISO 4217), `duration` (ISO 8601) and percentiles as numbers.
 * Recommended: `description`, `occupationalCategory` (O*NET-SOC code), `mainEntityOfPage.lastReviewed` (ISO 8601
 * date), `educationRequirements`, `skills`; Google reads one Occupation per page.
 */
export function googleOccupationProblems(value: unknown): string[] {
  const problems: string[] = [];
  const o = value as Record<string, any>;
  const need = (ok: boolean, message: string) => ok || problems.push(message);
  need(o?.['@context'] === 'https://schema.org/' || o?.['@context'] === 'https://schema.org', '@context is schema.org');
  need(o?.['@type'] === 'Occupation', '@type is Occupation');
  need(typeof o?.name === 'string' && o.name.length > 0, 'name is text');
  const places = [o?.occupationLocation].flat().filter(Boolean);
  need(places.length > 0, 'occupationLocation is required');
  for (const p of places)
    need(
      ['City', 'State', 'Country'].includes(p['@type']) && typeof p.name === 'string' && p.name.length > 0,
      'occupationLocation is a named City, State or Country',
    );
  const salaries = [o?.estimatedSalary].flat().filter(Boolean);
  need(salaries.length > 0, 'estimatedSalary is required');
  const order = ['percentile10', 'percentile25', 'median', 'percentile75', 'percentile90'];
  for (const s of salaries) {
    need(s['@type'] === 'MonetaryAmountDistribution', 'estimatedSalary is a MonetaryAmountDistribution');
    need(/^[A-Z]{3}$/.test(s.currency), 'currency is an ISO 4217 code');
    need(/^P(T?\d+[YMWDH])$/.test(s.duration), 'duration is an ISO 8601 duration');
    need(typeof s.median === 'number', 'median is a number');
    const shown = order.filter((k) => k in s).map((k) => s[k]);
    need(
      shown.every((v) => typeof v === 'number' && v > 0),
      'percentiles are positive numbers',
    );
    need(
      shown.every((v, i) => i === 0 || shown[i - 1] <= v),
      'percentiles are in order',
    );
  }
  if ('description' in o) need(typeof o.description === 'string', 'description is text');
  if ('occupationalCategory' in o) need(/^\d\d-\d{4}(\.\d\d)?$/.test(o.occupationalCategory), 'occupationalCategory is an O*NET-SOC / SOC code');
  if ('mainEntityOfPage' in o) need(/^\d{4}-\d\d(-\d\d)?/.test(o.mainEntityOfPage?.lastReviewed ?? ''), 'lastReviewed is an ISO 8601 date');
  if ('educationRequirements' in o) need(typeof o.educationRequirements === 'string', 'educationRequirements is text');
  if ('skills' in o) need(Array.isArray(o.skills) && o.skills.every((s: unknown) => typeof s === 'string'), 'skills are text');
  return problems;
}
