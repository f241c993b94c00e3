// The image fields of organizer forms (a speaker's photo, an organisation's logo): nothing chosen, an image
// ready to store, or a problem with it (`type`, `too-large` with the limit in MB, `unreadable`, `too-small`
// with the least side in pixels).
import type { FieldProblem } from '../forms';
import type { ImageProblem, ProcessedImage } from '../media/images';
import { LOGO_MIN_SIDE, processLogo } from '../media/logos';
import { processPhoto, photoMaxBytes, PHOTO_MIN_SIDE } from '../media/photos';

type Processed = { ok: true; image: ProcessedImage } | { ok: false; error: ImageProblem };

async function readImageField(
	formData: FormData,
	name: string,
	process: (file: File) => Promise<Processed>,
	minSide: number
): Promise<{ image: ProcessedImage | null; problem: FieldProblem | null }> {
	const file = formData.get(name);
	if (!(file instanceof File) || (file.size === 0 && file.name === '')) return { image: null, problem: null };
	const result = await process(file);
	if (result.ok) return { image: result.image, problem: null };
	const figures = {
		'too-large': { max: photoMaxBytes() / 1024 / 1024 },
		'too-small': { min: minSide }
	} as const;
	return {
		image: null,
		problem: {
			code: result.error,
			...(result.error === 'too-large' || result.error === 'too-small' ? figures[result.error] : {})
		}
	};
}

export async function readPhotoField(formData: FormData) {
	const { image, problem } = await readImageField(
		formData,
		'photo',
		async (file) => {
			const result = await processPhoto(file);
			return result.ok ? { ok: true, image: result.photo } : result;
		},
		PHOTO_MIN_SIDE
	);
	return { photo: image, problem };
}

export async function readLogoField(formData: FormData) {
	const { image, problem } = await readImageField(
		formData,
		'logo',
		async (file) => {
			const result = await processLogo(file);
			return result.ok ? { ok: true, image: result.logo } : result;
		},
		LOGO_MIN_SIDE
	);
	return { logo: image, problem };
}
