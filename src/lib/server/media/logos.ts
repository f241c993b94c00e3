// Organisation logos, kept like speaker photos (./images.ts): decoded, resized, stored as WebP in the
// database, served under a hashed name. A logo is never cropped: it is fitted whole into a 2:1 box on a
// transparent margin, so a row of partner logos lines up whatever their shapes.
import { db } from '../db';
import {
	imagePath,
	parseImageFileName,
	processImage,
	type ImageProblem,
	type ImageSpec,
	type ProcessedImage
} from './images';
import { photoMaxBytes } from './photos';

export const LOGO_WIDTHS = [160, 320] as const;
/** The size a logo's URL names: drawn 160 px wide, at 2x. */
export const DEFAULT_LOGO_WIDTH = 320;
/** Width and height, in CSS pixels, of a logo on the home page. */
export const LOGO_BOX = { width: 160, height: 80 } as const;
export const LOGO_MIN_SIDE = 120;

export const LOGO_SPEC: ImageSpec = {
	widths: LOGO_WIDTHS,
	aspect: LOGO_BOX.height / LOGO_BOX.width,
	fit: 'contain',
	minSide: LOGO_MIN_SIDE,
	measure: 'longest',
	quality: 90
};

export type ProcessedLogo = ProcessedImage;

export async function processLogo(
	file: File,
	maxBytes = photoMaxBytes()
): Promise<{ ok: true; logo: ProcessedLogo } | { ok: false; error: ImageProblem }> {
	const result = await processImage(file, LOGO_SPEC, maxBytes);
	return result.ok ? { ok: true, logo: result.image } : result;
}

export function logoPath(organisationSlug: string, hash: string, width: number = DEFAULT_LOGO_WIDTH): string {
	return imagePath('/media/organisations', organisationSlug, hash, width, DEFAULT_LOGO_WIDTH);
}

/** The logo's addresses for an organisation whose logo rows (any width) are given; null without a logo. */
export function logoOf(organisation: { slug: string; logos: { hash: string }[] }) {
	const hash = organisation.logos[0]?.hash;
	if (!hash) return null;
	return { src: logoPath(organisation.slug, hash), src1x: logoPath(organisation.slug, hash, 160), ...LOGO_BOX };
}

/** What to include of an organisation's logo rows to call logoOf(). */
export const LOGO_HASH = { where: { width: DEFAULT_LOGO_WIDTH }, select: { hash: true }, take: 1 } as const;

export async function findLogo(fileName: string) {
	const parsed = parseImageFileName(fileName, LOGO_WIDTHS, DEFAULT_LOGO_WIDTH);
	if (!parsed) return null;
	return db.organisationLogo.findFirst({
		where: { hash: parsed.hash, width: parsed.width, organisation: { slug: parsed.slug } },
		select: { bytes: true, contentType: true, hash: true, width: true }
	});
}
