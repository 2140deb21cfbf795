import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ShortcutSheet } from '../../../renderer/src/components/ShortcutSheet';
import { storylineArchive } from '../fake-api';
import { providers } from '../providers';

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Shortcuts
      </button>
      {open && <ShortcutSheet onClose={() => setOpen(false)} />}
    </>
  );
}

describe('ShortcutSheet', () => {
  it('lists the shortcuts in a modal dialog that takes focus', async () => {
    render(<Harness />, { wrapper: providers(storylineArchive()) });
    await userEvent.click(screen.getByRole('button', { name: 'Shortcuts' }));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveTextContent('Previous or next story in the storyline');
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('keeps Tab inside, closes on Esc, and gives focus back', async () => {
    render(<Harness />, { wrapper: providers(storylineArchive()) });
    const opener = screen.getByRole('button', { name: 'Shortcuts' });
    await userEvent.click(opener);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });
});
