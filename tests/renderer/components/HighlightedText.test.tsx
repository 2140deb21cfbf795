import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '../../../renderer/src/components/HighlightedText';

describe('HighlightedText', () => {
  it('wraps the matched words in <mark>', () => {
    const { container } = render(
      <p>
        <HighlightedText
          text="Ferries return to the harbour"
          ranges={[
            [0, 7],
            [22, 29],
          ]}
        />
      </p>,
    );
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Ferries',
      'harbour',
    ]);
    expect(container.textContent).toBe('Ferries return to the harbour');
  });

  it('shows markup in story text as text, never as HTML', () => {
    const text = '<img src=x onerror="alert(1)"> <b>bold</b>';
    const { container } = render(
      <p>
        <HighlightedText text={text} ranges={[[0, 4]]} />
      </p>,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toBe(text);
  });

  it('numbers marks from the first match and flags the current one', () => {
    const { container } = render(
      <p>
        <HighlightedText
          text="tide and tide"
          ranges={[
            [0, 4],
            [9, 13],
          ]}
          firstMatch={3}
          currentMatch={4}
        />
      </p>,
    );
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((mark) => mark.dataset.match)).toEqual(['3', '4']);
    expect(marks[1]).toHaveAttribute('aria-current', 'true');
    expect(marks[0]).not.toHaveAttribute('aria-current');
  });
});
