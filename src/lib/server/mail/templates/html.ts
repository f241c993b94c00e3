// A minimal, accessible HTML body for every mail, built from paragraphs and lists already escaped here.
import { htmlLang } from '$lib/i18n/locale';
import type { Locale } from '$lib/paraglide/runtime';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => escapes[char]!);
}

export type MailBlock =
	{ paragraph: string } | { heading: string } | { list: string[] } | { link: { href: string; label: string } };

export function blocksToText(blocks: MailBlock[]): string {
	return blocks
		.map((block) => {
			if ('paragraph' in block) return block.paragraph;
			if ('heading' in block) return block.heading;
			if ('list' in block) return block.list.map((item) => `- ${item}`).join('\n');
			return `${block.link.label}\n${block.link.href}`;
		})
		.join('\n\n')
		.concat('\n');
}

export function blocksToHtml(title: string, blocks: MailBlock[], locale: Locale): string {
	const body = blocks
		.map((block) => {
			if ('paragraph' in block) return `<p>${escapeHtml(block.paragraph).replace(/\n/g, '<br>')}</p>`;
			if ('heading' in block) return `<h2 style="font-size:18px;margin:24px 0 8px">${escapeHtml(block.heading)}</h2>`;
			if ('list' in block) return `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
			return `<p>${escapeHtml(block.link.label)}<br><a href="${escapeHtml(block.link.href)}">${escapeHtml(block.link.href)}</a></p>`;
		})
		.join('\n');
	return `<!doctype html><html lang="${htmlLang(locale)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#102a2e;max-width:40rem">\n${body}\n</body></html>`;
}
