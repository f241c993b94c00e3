import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './markdown';

describe('speaker bios in Markdown', () => {
	it('renders paragraphs, emphasis, lists and links', () => {
		expect(
			renderMarkdown('First *para*.\n\nSecond with [a link](https://example.org) and **bold**.\n\n- one\n- two')
		).toBe(
			'<p>First <em>para</em>.</p>\n<p>Second with <a href="https://example.org" rel="noopener noreferrer nofollow">a link</a> and <strong>bold</strong>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n'
		);
	});

	it('removes scripts, event handlers, styles, images and javascript: links', () => {
		const html = renderMarkdown(
			'<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))\n\n<p style="color:red" onclick="alert(1)">hi</p>\n\n<iframe src="https://evil.example"></iframe>'
		);
		expect(html).not.toMatch(/script|onerror|onclick|style=|<img|iframe|javascript:/i);
		expect(html).toContain('hi');
	});

	it('keeps page headings in order: a bio heading becomes an h3', () => {
		expect(renderMarkdown('# Big\n\n## Bigger')).toBe('<h3>Big</h3>\n<h3>Bigger</h3>\n');
	});

	it('gives plain text for descriptions', () => {
		expect(markdownToText('Leads **BioMap**.\n\nSee [site](https://example.org) & more <b>x</b>')).toBe(
			'Leads BioMap. See site & more x'
		);
	});
});
