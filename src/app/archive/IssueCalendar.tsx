import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { issuePath } from '../../shared/issue-paths';
import { periodLabel } from '../../shared/periods';
import { DataErrorMessage } from '../shared/DataErrorMessage';
import { calendarQueryOptions } from './issue-query';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A month of the issues that exist (calendar.json, fetched when the calendar is
 * opened): days with an issue are links to it, the others plain numbers. Year
 * and month pickers and previous/next month reach any issue in a few steps.
 */
export function IssueCalendar({ current }: { current: string }) {
  const client = useQueryClient();
  const calendar = useQuery(calendarQueryOptions(client));
  const [month, setMonth] = useState(() => ({
    year: Number(current.slice(0, 4)),
    month: Number(current.slice(5, 7)),
  }));
  const issues = useMemo(() => {
    const map = new Map<string, number>();
    calendar.data?.dates.forEach((d, i) => map.set(d, calendar.data.pages[i] ?? 0));
    return map;
  }, [calendar.data]);

  if (calendar.isError) return <DataErrorMessage error={calendar.error} />;
  const dates = calendar.data?.dates ?? [];
  const firstYear = Number((dates[0] ?? current).slice(0, 4));
  const lastYear = Number((dates.at(-1) ?? current).slice(0, 4));
  const index = month.year * 12 + month.month - 1;
  const go = (i: number) => setMonth({ year: Math.floor(i / 12), month: (i % 12) + 1 });
  const min = firstYear * 12;
  const max = lastYear * 12 + 11;

  // Monday-first weeks of the shown month.
  const start = new Date(Date.UTC(month.year, month.month - 1, 1));
  const days = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
  const lead = (start.getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: days }, (_, i) => i + 1),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const caption = periodLabel(`${month.year}-${pad(month.month)}`);

  return (
    <div className="calendar">
      <div className="calendar-bar">
        <button
          type="button"
          className="icon-button inline-flex"
          aria-label="上个月"
          disabled={index <= min}
          onClick={() => go(index - 1)}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <label className="calendar-pick">
          <span className="sr-only">年</span>
          <select
            className="sort-select"
            value={month.year}
            onChange={(e) => setMonth({ ...month, year: Number(e.currentTarget.value) })}
          >
            {Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i).map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </label>
        <label className="calendar-pick">
          <span className="sr-only">月</span>
          <select
            className="sort-select"
            value={month.month}
            onChange={(e) => setMonth({ ...month, month: Number(e.currentTarget.value) })}
          >
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <option key={m} value={m}>
                {m}月
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="icon-button inline-flex"
          aria-label="下个月"
          disabled={index >= max}
          onClick={() => go(index + 1)}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <table className="calendar-grid" aria-busy={calendar.isPending || undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col" abbr={`星期${d}`}>
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, i) => {
                if (day === null) return <td key={i} />;
                const date = `${month.year}-${pad(month.month)}-${pad(day)}`;
                const pages = issues.get(date);
                return (
                  <td key={i}>
                    {pages !== undefined ? (
                      <Link
                        to={issuePath(date)}
                        className="calendar-day"
                        aria-label={`${periodLabel(date)}，${pages}版`}
                        aria-current={date === current ? 'date' : undefined}
                      >
                        {day}
                      </Link>
                    ) : (
                      <span className="calendar-day calendar-empty">{day}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
