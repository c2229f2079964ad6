export function CooperationRequestPage(_props: { id?: string }) {
  return <h1>…</h1>;
}
