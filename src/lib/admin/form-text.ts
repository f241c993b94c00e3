// What an organizer form's text field shows. After a refused save: what was sent, so nothing typed is lost
// (an empty string for a field the browser did not send). Else the record's value, where a name such as
// "name:zh-hk" is one of its translations (content/form.ts), and '' for what it lacks.
type Sent = Record<string, string | string[]> | null;

export function formText<Stored extends { translationValues: Record<string, string> }>(
	sent: Sent,
	record: Stored | null | undefined,
	field: string
): string {
	if (sent) return typeof sent[field] === 'string' ? sent[field] : '';
	if (field.includes(':')) return record?.translationValues[field] ?? '';
	const value = (record as Record<string, unknown> | null | undefined)?.[field];
	return value === null || value === undefined ? '' : String(value);
}
