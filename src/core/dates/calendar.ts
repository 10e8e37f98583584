// Calendar arithmetic on plain year/month/day numbers (UTC, so no time-zone drift).

export interface YMD {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseYMD(s: string | undefined): YMD | undefined {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : undefined;
}

const toUtc = (x: YMD): number => Date.UTC(x.y, x.m - 1, x.d);

function fromUtc(t: number): YMD {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export const fmtDay = (x: YMD): string => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

export function addDays(x: YMD, n: number): YMD {
  return fromUtc(toUtc(x) + n * 86400000);
}

/** Adds months keeping the day where possible (31 Mar - 1 month = 28/29 Feb). */
export function addMonths(x: YMD, n: number): YMD {
  const idx = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** 1 = Monday ... 7 = Sunday (ISO). */
export function weekday(x: YMD): number {
  return ((new Date(toUtc(x)).getUTCDay() + 6) % 7) + 1;
}

export function diffDays(a: YMD, b: YMD): number {
  return Math.round((toUtc(a) - toUtc(b)) / 86400000);
}

/** ISO 8601 week, e.g. 2025-W41. */
export function isoWeek(x: YMD): string {
  const thursday = addDays(x, 4 - weekday(x));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor(diffDays(thursday, jan1) / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

/** Monday and Sunday of an ISO week value like 2025-W41. */
export function weekBounds(value: string): [YMD, YMD] | undefined {
  const m = /^(\d{4})-W(\d{2})/.exec(value);
  if (!m) return undefined;
  const jan4 = { y: +m[1], m: 1, d: 4 };
  const monday = addDays(jan4, 1 - weekday(jan4) + (+m[2] - 1) * 7);
  return [monday, addDays(monday, 6)];
}

export const quarterOf = (x: YMD): number => Math.floor((x.m - 1) / 3) + 1;
