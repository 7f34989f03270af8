/** Languages of the vocabularies in the dataset bundled with the script (`search-<lang>.json`). */
export const BUNDLED_VOCABULARIES = ['es'];
