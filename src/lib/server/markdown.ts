// Markdown written by organizers (speaker bios), rendered to HTML that is safe to put in a page: marked
// parses, sanitize-html keeps only the tags and attributes of simple prose. Rendered when a page is read
// (the page cache keeps the result), so a stricter allow-list applies to every bio at once.
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const PROSE: sanitizeHtml.IOptions = {
	allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'h3', 'h4'],
	allowedAttributes: { a: ['href', 'rel'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowProtocolRelative: false,
	// The page already has its h1 and h2s; a bio's headings sit below them.
	transformTags: {
		h1: 'h3',
		h2: 'h3',
		h5: 'h4',
		h6: 'h4',
		a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' })
	}
};

export function renderMarkdown(markdown: string): string {
	const html = marked.parse(markdown, { async: false, gfm: true });
	return sanitizeHtml(html, PROSE);
}

/** The words of a Markdown text without markup, for meta descriptions. */
export function markdownToText(markdown: string): string {
	const html = marked.parse(markdown, { async: false, gfm: true });
	const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
	// sanitize-html escapes what it keeps; a description is text, escaped again where it is written.
	return text
		.replace(
			/&(lt|gt|quot|#39|amp);/g,
			(_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!
		)
		.replace(/\s+/g, ' ')
		.trim();
}
