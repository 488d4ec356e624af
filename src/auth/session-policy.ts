/** Session lifetimes, from the environment: idle timeout and absolute lifetime. */
export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

/** INDSATS_SESSION_IDLE_MINUTES (default 60) and INDSATS_SESSION_MAX_HOURS (default 12). */
export function sessionPolicy(env: NodeJS.ProcessEnv = process.env): SessionPolicy {
  const idle = Number(env.INDSATS_SESSION_IDLE_MINUTES ?? 60);
  const max = Number(env.INDSATS_SESSION_MAX_HOURS ?? 12);
  return {
    idleMs: (Number.isFinite(idle) && idle > 0 ? idle : 60) * 60_000,
    absoluteMs: (Number.isFinite(max) && max > 0 ? max : 12) * 3_600_000,
  };
}
