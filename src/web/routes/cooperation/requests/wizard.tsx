export function CooperationRequestWizardPage(_props: { id?: string }) {
  return <h1>…</h1>;
}
