// The announcement an organizer writes, as a mail: its Markdown body turned into the blocks every mail is
// built from (so it takes the summit's mail layout), text only, with each link the body makes as a link
// block below its paragraph. Nothing the organizer typed reaches the HTML unescaped.
import { marked, type Token, type Tokens } from 'marked';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { markdownToText } from '../../markdown';
import type { MailMessage } from '../transport';
import type { MailBlock } from './html';
import { composeMail, summitLayout, type EventForMail } from './summit';

const SAFE_LINK = /^(https?:|mailto:)/i;

/** Every link inside `tokens`, in reading order, with an address a mail may carry. */
function linksIn(tokens: Token[] | undefined): MailBlock[] {
	return (tokens ?? []).flatMap((token): MailBlock[] => {
		if (token.type === 'link') {
			const link = token as Tokens.Link;
			const label = markdownToText(link.text) || link.href;
			return SAFE_LINK.test(link.href) ? [{ link: { label, href: link.href } }] : [];
		}
		const nested = 'tokens' in token ? (token.tokens as Token[] | undefined) : undefined;
		const items = token.type === 'list' ? (token as Tokens.List).items : [];
		return [...linksIn(nested), ...items.flatMap((item) => linksIn(item.tokens))];
	});
}

/** The blocks of a Markdown text: headings, paragraphs, lists, then the links each of them makes. */
export function markdownBlocks(markdown: string): MailBlock[] {
	return marked.lexer(markdown, { gfm: true }).flatMap((token): MailBlock[] => {
		if (token.type === 'space' || token.type === 'hr') return [];
		if (token.type === 'heading') {
			const heading = markdownToText(token.raw);
			return heading ? [{ heading }, ...linksIn(token.tokens)] : [];
		}
		if (token.type === 'list') {
			const list = (token as Tokens.List).items.map((item) => markdownToText(item.text)).filter(Boolean);
			return list.length > 0 ? [{ list }, ...linksIn([token])] : [];
		}
		if (token.type === 'code') return token.text ? [{ paragraph: token.text }] : [];
		const paragraph = markdownToText(token.raw);
		return paragraph ? [{ paragraph }, ...linksIn('tokens' in token ? token.tokens : undefined)] : [];
	});
}

export type AnnouncementForMail = { subject: string; body: string; isNews: boolean };

/** The blocks of one person's mail (the preview shows the same, for the person's name a placeholder). */
export function announcementBlocks(
	announcement: AnnouncementForMail,
	person: { fullName: string },
	event: { name: string },
	locale: Locale
): MailBlock[] {
	return [
		{ paragraph: m.mail_greeting({ name: person.fullName }, { locale }) },
		...markdownBlocks(announcement.body),
		{
			paragraph: announcement.isNews
				? m.mail_announcement_why_news({ event: event.name }, { locale })
				: m.mail_announcement_why_service({ event: event.name }, { locale })
		}
	];
}

export function announcementMail(
	announcement: AnnouncementForMail,
	person: { fullName: string; email: string },
	event: EventForMail,
	locale: Locale
): MailMessage {
	const blocks = announcementBlocks(announcement, person, event, locale);
	// Inboxes show the subject; the preview line under it is the announcement's own first words.
	const preheader = blocks.find((block, i) => i > 0 && 'paragraph' in block);
	const lead = preheader && 'paragraph' in preheader ? preheader.paragraph : announcement.subject;
	return composeMail(person.email, announcement.subject, blocks, locale, summitLayout(event, lead, locale));
}
