// Uploaded images (speaker photos, organisation logos): checked (type, size, really an image, big enough),
// resized to each web width as WebP with metadata stripped, under a name that carries a hash of the upload.
// What differs between photos and logos (widths, shape, crop or fit) is an ImageSpec.
import { createHash } from 'node:crypto';
import sharp from 'sharp';

const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);
const ACCEPTED_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);
// 40 megapixels: every camera photo, not a decompression bomb.
const MAX_INPUT_PIXELS = 40_000_000;

export type ImageSpec = {
	widths: readonly number[];
	/** Every variant's height as a share of its width (1: square). */
	aspect: number;
	/** cover: cropped around the most interesting region (faces); contain: all of it, on transparent margins (logos). */
	fit: 'cover' | 'contain';
	/** The least size of the upload, in pixels, on its shorter side (`least`) or its longer one (`longest`). */
	minSide: number;
	measure: 'least' | 'longest';
	quality: number;
};

export type ImageVariant = { width: number; height: number; bytes: Uint8Array<ArrayBuffer> };
export type ProcessedImage = { hash: string; variants: ImageVariant[] };
export type ImageProblem = 'type' | 'too-large' | 'unreadable' | 'too-small';

export async function processImage(
	file: File,
	spec: ImageSpec,
	maxBytes: number
): Promise<{ ok: true; image: ProcessedImage } | { ok: false; error: ImageProblem }> {
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
	const side = spec.measure === 'least' ? Math.min(width ?? 0, height ?? 0) : Math.max(width ?? 0, height ?? 0);
	if (!width || !height || side < spec.minSide) return { ok: false, error: 'too-small' };

	const hash = createHash('sha256').update(input).digest('hex').slice(0, 16);
	try {
		const variants = await Promise.all(
			spec.widths.map(async (variantWidth) => {
				const variantHeight = Math.round(variantWidth * spec.aspect);
				const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
					.rotate()
					.resize(
						variantWidth,
						variantHeight,
						spec.fit === 'cover'
							? { fit: 'cover', position: sharp.strategy.attention, withoutEnlargement: false }
							: { fit: 'contain', background: { r: 255, g: 255, b: 255, alpha: 0 }, withoutEnlargement: false }
					)
					.webp({ quality: spec.quality })
					.toBuffer({ resolveWithObject: true });
				return { width: info.width, height: info.height, bytes: new Uint8Array(data) };
			})
		);
		return { ok: true, image: { hash, variants } };
	} catch {
		return { ok: false, error: 'unreadable' };
	}
}

/** The rows of an image table (SpeakerPhoto, OrganisationLogo) for one upload: one per width. */
export function imageRows(image: ProcessedImage) {
	return image.variants.map((variant) => ({
		hash: image.hash,
		width: variant.width,
		height: variant.height,
		contentType: 'image/webp',
		bytes: variant.bytes
	}));
}

/** `<folder>/<slug>-<hash>.webp` for the default width, `<folder>/<slug>-<hash>-<width>.webp` for the others. */
export function imagePath(folder: string, slug: string, hash: string, width: number, defaultWidth: number): string {
	return `${folder}/${slug}-${hash}${width === defaultWidth ? '' : `-${width}`}.webp`;
}

/** "<slug>-<hash>.webp" or "<slug>-<hash>-<width>.webp", as imagePath writes them, for one of `widths`. */
export function parseImageFileName(
	name: string,
	widths: readonly number[],
	defaultWidth: number
): { slug: string; hash: string; width: number } | null {
	const match = /^([a-z0-9-]+)-([0-9a-f]{16})(?:-(\d{2,4}))?\.webp$/.exec(name);
	if (!match) return null;
	const width = match[3] ? Number(match[3]) : defaultWidth;
	if (!widths.includes(width)) return null;
	return { slug: match[1]!, hash: match[2]!, width };
}

/** An image file's answer: the name carries the hash, so its bytes never change and may be kept for a year. */
export function imageResponse(
	image: { bytes: Uint8Array<ArrayBuffer>; contentType: string; hash: string; width: number },
	request: Request
): Response {
	const etag = `"${image.hash}-${image.width}"`;
	const headers = {
		'content-type': image.contentType,
		'cache-control': 'public, max-age=31536000, immutable',
		etag
	};
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	return new Response(image.bytes, { headers: { ...headers, 'content-length': String(image.bytes.byteLength) } });
}
