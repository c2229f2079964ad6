export function CooperationRequestsPage(_props: { id?: string }) {
  return <h1>…</h1>;
}
