// Amounts as the API gives them: exact decimal strings with their currency, shown as written (never through a
// JavaScript number, which would round them), left-to-right inside any text direction.
export function Money({ amount, currency }: { amount: string; currency: string }) {
  return (
    <bdi dir="ltr" className="money">
      {amount} {currency}
    </bdi>
  );
}

/** Several amounts of different currencies, one per line. */
export function MoneyList({ totals }: { totals: readonly { amount: string; currency: string }[] }) {
  if (totals.length === 0) return <>—</>;
  return (
    <>
      {totals.map((t, i) => (
        <span key={t.currency}>
          {i > 0 ? <br /> : null}
          <Money amount={t.amount} currency={t.currency} />
        </span>
      ))}
    </>
  );
}
