// Participant-name normalisation for matching publishers' spellings to codes. Pure.

/**
 * Folds a name to a matching key: case, accents, punctuation and spacing are dropped, footnote marks such as
 * "(1)" or "*" removed, and "&" read as "and". "Côte d’Ivoire", "Cote d'Ivoire" and "Cte d'Ivoire" do not all fold
 * to one key (a lost letter is not recoverable): the alias table lists such damaged forms explicitly.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\(\d+\)/g, ' ')
    .replace(/[*†‡]/g, ' ')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}
