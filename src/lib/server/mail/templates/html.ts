// Every mail's two bodies from one list of blocks: the summit's branded HTML (a table layout with inline
// styles, which Outlook, Gmail and Apple Mail all render) and a plain-text part that says as much.
import { htmlDir, htmlLang } from '$lib/i18n/locale';
import type { Locale } from '$lib/paraglide/runtime';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => escapes[char]!);
}

type Link = { href: string; label: string };

export type MailBlock =
	| { paragraph: string }
	| { heading: string }
	| { list: string[] }
	| { link: Link }
	/** The one action a mail asks for, as a large button (the URL is written out beside it too). */
	| { button: Link }
	/** Facts as label and value: a value may run over several lines, or be a link. */
	| { details: [label: string, value: string | Link][] }
	/** The ticket: the reference in large type and its QR code, an inline image (templates/ticket.ts). */
	| {
			ticket: {
				title: string;
				referenceLabel: string;
				reference: string;
				qrCid: string;
				qrAlt: string;
				/** Under the QR code in the HTML. */
				note: string;
				/** The plain-text part has no QR code to show: what to do instead. */
				textNote: string;
			};
	  };

/** What frames the blocks: the summit's name on top, the preview line inboxes show, the organizers' contact. */
export type MailLayout = {
	summitName?: string;
	/** The line an inbox shows after the subject; hidden in the mail itself. */
	preheader?: string;
	/** Small print under the mail: e.g. whom to write to. */
	footer?: MailBlock[];
};

// The site's colours (src/app.css): every pair used here has a contrast of at least 4.5:1.
const colour = {
	ink: '#102a2e',
	inkSoft: '#3f565b',
	bg: '#f5f7f6',
	surface: '#ffffff',
	brand: '#0a6b66',
	deep: '#062f34',
	accent: '#f4c145',
	onDeep: '#ffffff'
};
// Mail clients ignore the page's :lang() rules, so one stack serves all three languages: Latin fonts first,
// then the CJK fonts of Apple devices, Android and Windows (Traditional first: most readers are in Hong Kong).
const cjk = "'PingFang HK','PingFang SC','Noto Sans CJK TC','Noto Sans CJK SC','Microsoft JhengHei','Microsoft YaHei'";
const font = `system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Helvetica Neue',Arial,${cjk},sans-serif`;
const displayFont = `'Iowan Old Style','Palatino Linotype',Palatino,Georgia,${cjk},serif`;

function textBlock(block: MailBlock): string {
	if ('paragraph' in block) return block.paragraph;
	if ('heading' in block) return `${block.heading}\n${'-'.repeat([...block.heading].length)}`;
	if ('list' in block) return block.list.map((item) => `- ${item}`).join('\n');
	if ('link' in block) return `${block.link.label}\n${block.link.href}`;
	if ('button' in block) return `${block.button.label}:\n${block.button.href}`;
	if ('details' in block)
		return block.details
			.map(([label, value]) => {
				const text = typeof value === 'string' ? value : value.href.replace(/^mailto:/, '');
				return `${label}: ${text.split('\n').join('\n  ')}`;
			})
			.join('\n');
	const { ticket } = block;
	return `${ticket.title}\n${'-'.repeat([...ticket.title].length)}\n${ticket.referenceLabel}: ${ticket.reference}\n${ticket.textNote}`;
}

export function blocksToText(blocks: MailBlock[], layout: MailLayout = {}): string {
	const parts = [
		...(layout.summitName ? [`${layout.summitName}\n${'='.repeat([...layout.summitName].length)}`] : []),
		...blocks.map(textBlock),
		...(layout.footer?.length ? ['--', ...layout.footer.map(textBlock)] : [])
	];
	return parts.join('\n\n').concat('\n');
}

const lines = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');
const paragraphStyle = 'margin:0 0 16px';
// Long URLs must wrap on a phone rather than widen the mail.
const urlStyle = `color:${colour.brand};text-decoration:underline;word-break:break-all;overflow-wrap:anywhere`;

function anchor(link: Link, style = `color:${colour.brand};text-decoration:underline`): string {
	return `<a href="${escapeHtml(link.href)}" style="${style}">${escapeHtml(link.label)}</a>`;
}

/** A "bulletproof" button: a coloured table cell (which Outlook paints) around a padded link (which the rest pad). */
function button({ href, label }: Link): string {
	return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 8px"><tr>
<td class="mail-button-cell" align="center" bgcolor="${colour.brand}" style="background-color:${colour.brand};border-radius:8px;mso-padding-alt:14px 24px">
<a class="mail-button" href="${escapeHtml(href)}" style="display:inline-block;padding:14px 24px;font-family:${font};font-size:17px;line-height:22px;font-weight:bold;color:${colour.onDeep};text-decoration:none;border-radius:8px">${escapeHtml(label)}</a>
</td></tr></table>
<p class="mail-muted" style="margin:0 0 16px;font-size:14px;color:${colour.inkSoft}"><a href="${escapeHtml(href)}" style="${urlStyle}">${escapeHtml(href)}</a></p>`;
}

function details(rows: [string, string | Link][]): string {
	const body = rows
		.map(([label, value]) => {
			const shown = typeof value === 'string' ? lines(value) : anchor(value);
			return `<tr><td style="padding:0 0 12px;vertical-align:top"><span class="mail-muted" style="display:block;font-size:14px;font-weight:bold;color:${colour.inkSoft}">${escapeHtml(label)}</span>${shown}</td></tr>`;
		})
		.join('');
	return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 8px">${body}</table>`;
}

function ticket(block: Extract<MailBlock, { ticket: unknown }>['ticket']): string {
	return `<table role="presentation" class="mail-ticket" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;border:2px solid ${colour.brand};border-radius:14px">
<tr><td align="center" style="padding:20px 16px;text-align:center">
<h2 style="margin:0 0 8px;font-family:${displayFont};font-size:20px;line-height:1.3">${escapeHtml(block.title)}</h2>
<p style="margin:0">${escapeHtml(block.referenceLabel)}</p>
<p style="margin:0 0 12px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:26px;line-height:1.3;font-weight:bold;letter-spacing:2px">${escapeHtml(block.reference)}</p>
<table role="presentation" align="center" cellpadding="0" cellspacing="0" border="0" style="margin:0 auto"><tr><td class="mail-qr" bgcolor="#ffffff" style="background-color:#ffffff;padding:8px;border-radius:8px">
<img src="cid:${escapeHtml(block.qrCid)}" width="180" height="180" alt="${escapeHtml(block.qrAlt)}" style="display:block;width:180px;height:180px;border:0">
</td></tr></table>
<p class="mail-muted" style="margin:12px 0 0;font-size:15px;color:${colour.inkSoft}">${lines(block.note)}</p>
</td></tr></table>`;
}

function htmlBlock(block: MailBlock): string {
	if ('paragraph' in block) return `<p style="${paragraphStyle}">${lines(block.paragraph)}</p>`;
	if ('heading' in block)
		return `<h2 style="margin:24px 0 8px;font-family:${displayFont};font-size:20px;line-height:1.3">${escapeHtml(block.heading)}</h2>`;
	if ('list' in block)
		return `<ul style="margin:0 0 16px;padding:0 0 0 20px">${block.list.map((item) => `<li style="margin:0 0 6px">${lines(item)}</li>`).join('')}</ul>`;
	if ('link' in block)
		return `<p style="${paragraphStyle}">${lines(block.link.label)}<br><a href="${escapeHtml(block.link.href)}" style="${urlStyle}">${escapeHtml(block.link.href)}</a></p>`;
	if ('button' in block) return button(block.button);
	if ('details' in block) return details(block.details);
	return ticket(block.ticket);
}

// Clients that honour prefers-color-scheme (Apple Mail, Outlook on the Mac) get a dark version; the QR code
// keeps its white ground so scanners read it. Clients that ignore <style> keep the inline light colours.
const darkStyles = `@media (prefers-color-scheme: dark) {
.mail-bg { background-color: #0b1f22 !important; }
.mail-card { background-color: #12292c !important; color: #e9f4f2 !important; }
.mail-card h2, .mail-card p, .mail-card li, .mail-card td { color: #e9f4f2 !important; }
.mail-card a, .mail-footer a { color: #8fdcd3 !important; }
.mail-muted, .mail-card .mail-muted, .mail-footer p { color: #b9d6d2 !important; }
.mail-card .mail-button-cell { background-color: #8fdcd3 !important; }
.mail-card a.mail-button { color: #062f34 !important; }
.mail-ticket { border-color: #8fdcd3 !important; }
.mail-qr { background-color: #ffffff !important; }
}`;

function preheader(text: string): string {
	// Padding after the text keeps inboxes from filling the preview with the start of the body.
	const filler = '&#847;&zwnj;&nbsp;'.repeat(40);
	return `<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;color:${colour.bg}">${escapeHtml(text)}${filler}</div>`;
}

export function blocksToHtml(title: string, blocks: MailBlock[], locale: Locale, layout: MailLayout = {}): string {
	const body = blocks.map(htmlBlock).join('\n');
	const header = layout.summitName
		? `<tr><td style="background-color:${colour.deep};padding:20px 24px;border-radius:14px 14px 0 0;border-bottom:4px solid ${colour.accent}">
<h1 style="margin:0;font-family:${displayFont};font-size:22px;line-height:1.3;font-weight:bold;color:${colour.onDeep}">${escapeHtml(layout.summitName)}</h1>
</td></tr>`
		: `<tr><td style="background-color:${colour.deep};height:8px;line-height:8px;font-size:8px;border-radius:14px 14px 0 0">&nbsp;</td></tr>`;
	const footer = layout.footer?.length
		? `<tr><td class="mail-footer" style="padding:16px 24px;font-family:${font};font-size:14px;line-height:1.5;color:${colour.inkSoft}">
${layout.footer.map(htmlBlock).join('\n')}
</td></tr>`
		: '';
	return `<!doctype html>
<html lang="${htmlLang(locale)}" dir="${htmlDir(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(title)}</title>
<style>
body { margin: 0; padding: 0; width: 100% !important; -webkit-text-size-adjust: 100%; }
table { border-collapse: separate; }
img { border: 0; outline: none; text-decoration: none; }
${darkStyles}
</style>
</head>
<body class="mail-bg" style="margin:0;padding:0;background-color:${colour.bg}">
${layout.preheader ? preheader(layout.preheader) : ''}
<table role="presentation" class="mail-bg" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${colour.bg}">
<tr><td align="center" style="padding:24px 12px">
<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;margin:0 auto">
${header}
<tr><td class="mail-card" style="background-color:${colour.surface};padding:24px;border-radius:0 0 14px 14px;font-family:${font};font-size:16px;line-height:1.6;color:${colour.ink};text-align:start">
${body}
</td></tr>
${footer}
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
`;
}
