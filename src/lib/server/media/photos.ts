// Speaker photos: checked (type, size, really an image), cropped square around the most interesting
// region, resized to web sizes as WebP with metadata stripped, and kept in the database so every app
// instance serves them. The URL carries a hash of the upload, so it changes with the photo and the
// bytes behind a URL never do: browsers and CDNs may keep them for a year.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { db } from '../db';
import { settings } from '../config';

export const PHOTO_WIDTHS = [160, 320, 640] as const;
/** The size Speaker.photoUrl points at: sharp on a 144 px avatar at 2x. */
export const DEFAULT_PHOTO_WIDTH = 320;
export const PHOTO_MIN_SIDE = 200;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);
const ACCEPTED_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);
// 40 megapixels: every camera photo, not a decompression bomb.
const MAX_INPUT_PIXELS = 40_000_000;

export function photoMaxBytes(): number {
	return settings().photoMaxBytes;
}

export type PhotoVariant = { width: number; height: number; bytes: Uint8Array<ArrayBuffer> };
export type ProcessedPhoto = { hash: string; variants: PhotoVariant[] };
export type PhotoProblem = 'type' | 'too-large' | 'unreadable' | 'too-small';

export async function processPhoto(
	file: File,
	maxBytes = photoMaxBytes()
): Promise<{ ok: true; photo: ProcessedPhoto } | { ok: false; error: PhotoProblem }> {
	if (file.size > maxBytes) return { ok: false, error: 'too-large' };
	if (!ACCEPTED_TYPES.has(file.type)) return { ok: false, error: 'type' };
	const input = Buffer.from(await file.arrayBuffer());
	let metadata: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
	try {
		metadata = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
	} catch {
		return { ok: false, error: 'unreadable' };
	}
	// The declared type is the browser's guess from the file name; the decoder says what it really is.
	if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format)) return { ok: false, error: 'type' };
	const width = metadata.autoOrient?.width ?? metadata.width;
	const height = metadata.autoOrient?.height ?? metadata.height;
	if (!width || !height || Math.min(width, height) < PHOTO_MIN_SIDE) return { ok: false, error: 'too-small' };

	const hash = createHash('sha256').update(input).digest('hex').slice(0, 16);
	try {
		const variants = await Promise.all(
			PHOTO_WIDTHS.map(async (side) => {
				const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
					.rotate()
					.resize(side, side, { fit: 'cover', position: sharp.strategy.attention, withoutEnlargement: false })
					.webp({ quality: 82 })
					.toBuffer({ resolveWithObject: true });
				return { width: info.width, height: info.height, bytes: new Uint8Array(data) };
			})
		);
		return { ok: true, photo: { hash, variants } };
	} catch {
		return { ok: false, error: 'unreadable' };
	}
}

export function photoPath(speakerSlug: string, hash: string, width: number = DEFAULT_PHOTO_WIDTH): string {
	return `/media/speakers/${speakerSlug}-${hash}${width === DEFAULT_PHOTO_WIDTH ? '' : `-${width}`}.webp`;
}

/** "<slug>-<hash>.webp" or "<slug>-<hash>-<width>.webp", as photoPath writes them. */
export function parsePhotoFileName(name: string): { slug: string; hash: string; width: number } | null {
	const match = /^([a-z0-9-]+)-([0-9a-f]{16})(?:-(\d{2,4}))?\.webp$/.exec(name);
	if (!match) return null;
	const width = match[3] ? Number(match[3]) : DEFAULT_PHOTO_WIDTH;
	if (!(PHOTO_WIDTHS as readonly number[]).includes(width)) return null;
	return { slug: match[1]!, hash: match[2]!, width };
}

export async function findPhoto(fileName: string) {
	const parsed = parsePhotoFileName(fileName);
	if (!parsed) return null;
	return db.speakerPhoto.findFirst({
		where: { hash: parsed.hash, width: parsed.width, speaker: { slug: parsed.slug } },
		select: { bytes: true, contentType: true, hash: true, width: true }
	});
}
