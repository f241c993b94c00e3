// Colour contrast as WCAG 2.2 measures it (1.4.3, "Contrast (Minimum)", and its definitions of relative
// luminance and contrast ratio). Pure.

/** Level AA for text of normal size. */
export const AA_CONTRAST = 4.5;

/** "#rrggbb" → relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((start) => {
		const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** From 1 (the same) to 21 (black on white), whichever colour is lighter. */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
}
