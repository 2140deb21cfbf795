/**
 * An Export menu (Markdown, HTML, JSON, CSV): a disclosure that closes as a format is chosen.
 * The reader exports its story with it, the list its stories.
 */
import type { ExportFormat } from '../../../contract/api';

export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'json', label: 'JSON' },
  { format: 'csv', label: 'CSV' },
];

export interface ExportMenuProps {
  /** The menu's button text. */
  label: string;
  onExport: (format: ExportFormat) => void;
}

export function ExportMenu({ label, onExport }: ExportMenuProps) {
  return (
    <details className="menu">
      <summary className="button button--quiet">{label}</summary>
      <ul className="menu__list">
        {EXPORT_FORMATS.map(({ format, label: name }) => (
          <li key={format}>
            <button
              type="button"
              className="menu__item"
              onClick={(event) => {
                event.currentTarget.closest('details')?.removeAttribute('open');
                onExport(format);
              }}
            >
              {name}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
