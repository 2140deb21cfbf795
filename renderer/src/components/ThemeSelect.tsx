/** The theme chooser: light, dark, sepia, or the system's choice (the default). */
import { THEME_CHOICES, type ThemeChoice } from '../state/reader-settings';

export function ThemeSelect({
  value,
  onChange,
}: {
  value: ThemeChoice;
  onChange: (theme: ThemeChoice) => void;
}) {
  return (
    <label className="toolbar__theme">
      <span className="visually-hidden">Theme</span>
      <select
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value as ThemeChoice)}
        title="Theme"
      >
        {THEME_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
