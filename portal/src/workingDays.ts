import { get } from './api';

/**
 * Working days from today to a due date on the tenant's own calendar, asked of the API's ComputeDeadline:
 * a weekday count is the first guess, then one step at a time until the API's due date meets the case's. Holidays
 * and make-up workdays come from the API, never from the browser.
 */
type Deadline = (from: string, days: number) => Promise<string>;

export const apiDeadline: Deadline = async (from, days) =>
  (await get<{ due: string }>(`/calendar/deadlines?from=${from}&days=${days}`)).due;

export function weekdaysBetween(from: string, to: string): number {
  let n = 0;
  const d = new Date(`${from}T00:00:00Z`), end = new Date(`${to}T00:00:00Z`);
  while (d < end) {
    d.setUTCDate(d.getUTCDate() + 1);
    const w = d.getUTCDay();
    if (w !== 0 && w !== 6) n++;
  }
  return n;
}

/** null when the due day has passed (overdue). */
export async function workingDaysLeft(today: string, due: string, deadline: Deadline = apiDeadline): Promise<number | null> {
  if (due < today) return null;
  if (due === today) return 0;
  let k = Math.max(1, weekdaysBetween(today, due));
  let at = await deadline(today, k);
  for (let i = 0; i < 30 && at < due; i++) at = await deadline(today, ++k);
  for (let i = 0; i < 30 && k > 1; i++) {
    const before = await deadline(today, k - 1);
    if (before < due) break;
    k--; at = before;
  }
  return k;
}

/** Today in Beijing (the day every deadline counts from). */
export function beijingToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
