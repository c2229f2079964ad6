// Placeholder: the directory's export links (CSV, PDF) and the import panel (CSV, dry run and diff), filled in by
// issue 11's work on directory files. The authorities list page renders it.
export function DirectoryFilePanel(_props: { stateCode: string | null }) {
  return null;
}
