// The machine-readable schedule of an edition, as /schedule.json and /schedule.xml serve it.
import { sessionKindLabel } from '$lib/i18n/labels';
import type { Locale } from '$lib/paraglide/runtime';
import { lastRelease } from '../../releases/release';
import type { PageEdition } from '../../editions/editions';
import { listSessions, listTracks } from '../sessions';
import { buildScheduleModel } from './model';
import { scheduleJson } from './json';
import { scheduleXml } from './xml';

export type ScheduleFormat = 'json' | 'xml';
export type ScheduleFile = { filename: string; body: string; lastModified: Date };

export async function getScheduleFile(
	format: ScheduleFormat,
	edition: Pick<PageEdition, 'event' | 'base'>,
	origin: string,
	locale: Locale
): Promise<ScheduleFile> {
	const { event } = edition;
	const [sessions, tracks, release] = await Promise.all([
		listSessions(event.id),
		listTracks(event.id),
		lastRelease(event.id)
	]);
	const baseUrl = origin + edition.base;
	const model = buildScheduleModel({
		event,
		sessions,
		tracks: tracks.map(({ name, slug, color }) => ({ name, slug, color })),
		// The edition's latest release (/admin/schedule), "0" before its first. Edits are public at once, so
		// between releases the files already show them; their ETag changes with them.
		version: release?.version ?? '0',
		baseUrl,
		kindLabel: (kind) => sessionKindLabel(kind, { locale })
	});
	const lastModified = [event.editedAt, release?.releasedAt ?? null, ...sessions.map((session) => session.editedAt)]
		.filter((instant): instant is Date => instant !== null)
		.reduce((latest, instant) => (instant > latest ? instant : latest), event.createdAt);
	const body = format === 'json' ? scheduleJson(model) : scheduleXml(model, `${baseUrl}/schedule.xml`);
	return { filename: `${event.slug}-schedule.${format}`, body, lastModified };
}
