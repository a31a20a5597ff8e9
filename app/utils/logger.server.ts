// One JSON line per event on stdout; operators can ship it anywhere. Never logs request bodies.
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof LEVELS;

function threshold(): number {
  const configured = process.env.LOG_LEVEL as Level | undefined;
  return LEVELS[configured ?? "info"] ?? LEVELS.info;
}

function write(level: Level, message: string, fields: Record<string, unknown> = {}) {
  if (LEVELS[level] < threshold()) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => write("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
};

export function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { error: error.message, stack: error.stack };
  try {
    return { error: JSON.stringify(error) };
  } catch {
    return { error: String(error) };
  }
}

/**
 * For a failure that repeats on every request while it lasts (a search server down, asked by every visitor and
 * crawler): the first time, then at most once per `intervalMs`, saying how many were not logged in between.
 * `shouldLog(now)` answers whether to log this one and, if so, how many were left out since the last.
 */
export function logThrottle(intervalMs: number) {
  let lastAt = Number.NEGATIVE_INFINITY;
  let leftOut = 0;
  return {
    shouldLog(now: number = Date.now()): { log: false } | { log: true; leftOut: number } {
      if (now - lastAt < intervalMs) {
        leftOut += 1;
        return { log: false };
      }
      const answer = { log: true as const, leftOut };
      lastAt = now;
      leftOut = 0;
      return answer;
    },
  };
}
