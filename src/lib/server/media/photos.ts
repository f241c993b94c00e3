// Speaker photos: cropped square around the most interesting region and kept in the database (./images.ts
// does the checking and resizing), so every app instance serves them. The URL carries a hash of the upload,
// so it changes with the photo and the bytes behind a URL never do: browsers and CDNs may keep them for a year.
import { db } from '../db';
import { settings } from '../config';
import {
	imagePath,
	parseImageFileName,
	processImage,
	type ImageProblem,
	type ImageSpec,
	type ImageVariant,
	type ProcessedImage
} from './images';

export const PHOTO_WIDTHS = [160, 320, 640] as const;
/** The size Speaker.photoUrl points at: sharp on a 144 px avatar at 2x. */
export const DEFAULT_PHOTO_WIDTH = 320;
export const PHOTO_MIN_SIDE = 200;

export const PHOTO_SPEC: ImageSpec = {
	widths: PHOTO_WIDTHS,
	aspect: 1,
	fit: 'cover',
	minSide: PHOTO_MIN_SIDE,
	measure: 'least',
	quality: 82
};

/** The most an uploaded photo or logo may weigh (PHOTO_MAX_MB). */
export function photoMaxBytes(): number {
	return settings().photoMaxBytes;
}

export type PhotoVariant = ImageVariant;
export type ProcessedPhoto = ProcessedImage;
export type PhotoProblem = ImageProblem;

export async function processPhoto(
	file: File,
	maxBytes = photoMaxBytes()
): Promise<{ ok: true; photo: ProcessedPhoto } | { ok: false; error: PhotoProblem }> {
	const result = await processImage(file, PHOTO_SPEC, maxBytes);
	return result.ok ? { ok: true, photo: result.image } : result;
}

export function photoPath(speakerSlug: string, hash: string, width: number = DEFAULT_PHOTO_WIDTH): string {
	return imagePath('/media/speakers', speakerSlug, hash, width, DEFAULT_PHOTO_WIDTH);
}

/** "<slug>-<hash>.webp" or "<slug>-<hash>-<width>.webp", as photoPath writes them. */
export function parsePhotoFileName(name: string): { slug: string; hash: string; width: number } | null {
	return parseImageFileName(name, PHOTO_WIDTHS, DEFAULT_PHOTO_WIDTH);
}

export async function findPhoto(fileName: string) {
	const parsed = parsePhotoFileName(fileName);
	if (!parsed) return null;
	return db.speakerPhoto.findFirst({
		where: { hash: parsed.hash, width: parsed.width, speaker: { slug: parsed.slug } },
		select: { bytes: true, contentType: true, hash: true, width: true }
	});
}
