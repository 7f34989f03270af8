/**
 * BLS's typical education needed for entry (Employment Projections table 5.4), from the least to the most, with
 * the short keys a page writes in an attribute (`education="associate"`) or a URL. One DOM-free list, read by the
 * pipeline (the order of a region summary's `educationLevels`) and by the career list's filters.
 */
export const EDUCATION_LEVELS = [
  {key: 'none', bls: 'No formal educational credential'},
  {key: 'high-school', bls: 'High school diploma or equivalent'},
  {key: 'some-college', bls: 'Some college, no degree'},
  {key: 'postsecondary', bls: 'Postsecondary nondegree award'},
  {key: 'associate', bls: "Associate's degree"},
  {key: 'bachelor', bls: "Bachelor's degree"},
  {key: 'master', bls: "Master's degree"},
  {key: 'doctoral', bls: 'Doctoral or professional degree'},
] as const;

export type EducationKey = (typeof EDUCATION_LEVELS)[number]['key'];

/** The rank (0 = no formal credential) of a BLS typical-entry category, or -1 for text BLS does not use. */
export function educationRank(bls: string): number {
  return EDUCATION_LEVELS.findIndex((level) => level.bls === bls);
}
