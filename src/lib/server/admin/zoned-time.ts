// The organizer types wall-clock times of the summit's zone (HKT) into datetime-local fields; the
// database keeps UTC instants. Conversions both ways, correct across DST for zones that have it.
import { isoInZone, zoneOffsetMinutes } from '../../time';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2024-06-24T10:00" in Asia/Hong_Kong → 2024-06-24T02:00:00Z; null when not a valid wall time. */
export function fromZonedLocal(local: string, timeZone: string): Date | null {
	const match = LOCAL.exec(local);
	if (!match) return null;
	const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
	const asUtc = Date.UTC(year, month - 1, day, hour, minute);
	const check = new Date(asUtc);
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
	// The offset at the guessed instant, then again at the corrected one (right on both sides of a DST change).
	let instant = asUtc - zoneOffsetMinutes(asUtc, timeZone) * 60_000;
	instant = asUtc - zoneOffsetMinutes(instant, timeZone) * 60_000;
	return new Date(instant);
}

/** The value a datetime-local field shows for an instant: "2024-06-24T10:00". */
export function toZonedLocal(instant: Date, timeZone: string): string {
	return isoInZone(instant, timeZone).slice(0, 16);
}
