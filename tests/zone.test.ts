/**
 * The time-zone matrix is real: each vitest project (vitest.config.ts) runs its tests with the
 * process's clock in that project's zone, not merely with TZ written in the environment.
 */
import { describe, expect, it } from "vitest";

/** Minutes east of UTC in `zone` at `instant`, from the time-zone database via Intl. */
function offsetEast(zone: string, instant: Date): number {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(instant)
      .find((p) => p.type === "timeZoneName")?.value ?? "";
  const m = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(name);
  if (m === null) throw new Error(`unexpected offset name "${name}" for ${zone}`);
  return m[1] === undefined ? 0 : (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The zone each project that runs this file is meant to have (see vitest.config.ts). */
function zoneOf(project: string | undefined): string {
  const zones: Record<string, string> = {
    "UTC, shared": "UTC",
    "America/Los_Angeles": "America/Los_Angeles",
    "Pacific/Kiritimati": "Pacific/Kiritimati",
  };
  const zone = zones[project ?? ""];
  if (zone === undefined) throw new Error(`no zone known for the project "${project ?? ""}"`);
  return zone;
}

describe("the project's time zone", () => {
  it("is the one the project is meant to have, and the clock really uses it", ({ task }) => {
    const zone = zoneOf(task.file.projectName);
    for (const instant of [new Date(Date.UTC(2026, 0, 15, 12)), new Date(Date.UTC(2026, 6, 15, 12))]) {
      expect(0 - instant.getTimezoneOffset(), `${zone} at ${instant.toISOString()}`).toBe(offsetEast(zone, instant));
    }
  });

  it("makes local midnight a different instant in each project", ({ task }) => {
    // 2026-11-26 00:00 local: UTC midnight, 08:00 UTC in Los Angeles, 10:00 UTC the day before at UTC+14.
    const expected: Record<string, string> = {
      UTC: "2026-11-26T00:00:00.000Z",
      "America/Los_Angeles": "2026-11-26T08:00:00.000Z",
      "Pacific/Kiritimati": "2026-11-25T10:00:00.000Z",
    };
    expect(new Date(2026, 10, 26).toISOString()).toBe(expected[zoneOf(task.file.projectName)]);
  });
});
