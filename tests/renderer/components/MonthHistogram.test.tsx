import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MonthHistogram, type DateRange } from '../../../renderer/src/components/MonthHistogram';

const months = [
  { month: '2022-09', count: 4 },
  { month: '2022-11', count: 2 },
  { month: '2023-01', count: 1 },
];

function bar(name: RegExp): HTMLElement {
  return screen.getByRole('button', { name });
}

describe('MonthHistogram', () => {
  it('draws a bar per month, empty months included, each named with its count', () => {
    render(<MonthHistogram months={months} from={null} to={null} onChange={() => {}} />);
    const group = screen.getByRole('group', { name: 'Months' });
    expect(group.querySelectorAll('button')).toHaveLength(5);
    expect(bar(/December 2022: 0 stories/)).toBeInTheDocument();
    expect(bar(/September 2022: 4 stories/)).toBeInTheDocument();
  });

  it('filters to a month when its bar is chosen, and clears when chosen again', async () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <MonthHistogram months={months} from={null} to={null} onChange={onChange} />,
    );
    await userEvent.click(bar(/November 2022/));
    expect(onChange).toHaveBeenLastCalledWith({ from: '2022-11-01', to: '2022-11-30' });

    rerender(
      <MonthHistogram months={months} from="2022-11-01" to="2022-11-30" onChange={onChange} />,
    );
    expect(bar(/November 2022/)).toHaveAttribute('aria-pressed', 'true');
    expect(bar(/October 2022/)).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(bar(/November 2022/));
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('filters to the range dragged across', () => {
    const onChange = vi.fn();
    render(<MonthHistogram months={months} from={null} to={null} onChange={onChange} />);
    fireEvent.pointerDown(bar(/October 2022/), { button: 0, pointerId: 1 });
    fireEvent.pointerEnter(bar(/November 2022/));
    fireEvent.pointerEnter(bar(/January 2023/));
    fireEvent.pointerUp(window);
    expect(onChange).toHaveBeenCalledWith({ from: '2022-10-01', to: '2023-01-31' });
  });

  it('moves between bars with the arrow keys and extends a range with Shift', async () => {
    const onChange = vi.fn();
    render(<MonthHistogram months={months} from={null} to={null} onChange={onChange} />);
    const last = bar(/January 2023/);
    expect(last).toHaveAttribute('tabindex', '0');
    last.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(bar(/December 2022/)).toHaveFocus();
    await userEvent.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}');
    expect(onChange).toHaveBeenLastCalledWith({ from: '2022-10-01', to: '2022-12-31' });
  });

  it('says which dates are chosen and offers all dates back', async () => {
    const onChange = vi.fn();
    render(
      <MonthHistogram months={months} from="2022-09-01" to="2022-11-30" onChange={onChange} />,
    );
    expect(screen.getByText('1 Sept 2022 – 30 Nov 2022')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'All dates' }));
    expect(onChange).toHaveBeenCalledWith(null);
  });

  it('keeps focus on the bars when "All dates" goes away with the filter', async () => {
    function Stateful() {
      const [range, setRange] = useState<DateRange | null>({
        from: '2022-09-01',
        to: '2022-09-30',
      });
      return (
        <MonthHistogram
          months={months}
          from={range?.from ?? null}
          to={range?.to ?? null}
          onChange={setRange}
        />
      );
    }
    render(<Stateful />);
    await userEvent.click(screen.getByRole('button', { name: 'All dates' }));
    expect(screen.queryByRole('button', { name: 'All dates' })).toBeNull();
    expect(document.activeElement).toHaveClass('histogram__bar');
  });

  it('draws nothing without dated hits', () => {
    const { container } = render(
      <MonthHistogram months={[]} from={null} to={null} onChange={() => {}} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
