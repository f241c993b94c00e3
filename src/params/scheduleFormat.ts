import type { ParamMatcher } from '@sveltejs/kit';
import type { ScheduleFormat } from '$lib/server/agenda/schedule-files';

export const match = ((param: string): param is ScheduleFormat =>
	param === 'json' || param === 'xml') satisfies ParamMatcher;
