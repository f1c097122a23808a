import { get } from './api';
import { runtime } from './runtime';
import { beijingToday } from './workingDays';

/** The day deadlines count from: the local run's movable clock when there is one, Beijing's date otherwise. */
export async function today(): Promise<string> {
  if (runtime.devSignIn) {
    try { return (await get<{ today: string }>('/local/clock')).today; } catch { /* fall through */ }
  }
  return beijingToday();
}
