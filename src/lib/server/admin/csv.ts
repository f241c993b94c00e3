// CSV for spreadsheets. UTF-8 with a byte order mark, or Excel reads Chinese names as mojibake; CRLF
// line ends and every field quoted (RFC 4180). A field that a spreadsheet would run as a formula
// (=, +, -, @, tab, carriage return; also their full-width forms, which some locales evaluate) gets a
// leading apostrophe, as OWASP's CSV injection guidance recommends.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

export function csvField(value: string | number | boolean | null | undefined): string {
	let text = value === null || value === undefined ? '' : String(value);
	if (FORMULA_START.test(text)) text = `'${text}`;
	return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
	const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
