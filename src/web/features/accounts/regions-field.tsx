// The regional groups an entity officer's work is limited to: none ticked means not limited.
import { REGIONAL_GROUPS, useI18n } from '#web/i18n/i18n.tsx';

export function RegionsField({ value, onChange }: { value: string[]; onChange: (value: string[]) => void }) {
  const { t, regionalGroup } = useI18n();
  return (
    <fieldset>
      <legend>{t('admin.person.regions')}</legend>
      <p className="hint">{t('admin.person.regionsHint')}</p>
      <ul className="checkboxes">
        {REGIONAL_GROUPS.map((g) => (
          <li key={g}>
            <label>
              <input
                type="checkbox"
                checked={value.includes(g)}
                onChange={(e) => onChange(e.target.checked ? [...value, g] : value.filter((x) => x !== g))}
              />{' '}
              {regionalGroup(g).text}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
