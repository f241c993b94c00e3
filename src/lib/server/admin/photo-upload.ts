// The photo field of the speaker form: nothing chosen, a photo ready to store, or a problem with it
// (`type`, `too-large` with the limit in MB, `unreadable`, `too-small` with the least side in pixels).
import type { FieldProblem } from '../forms';
import { processPhoto, photoMaxBytes, PHOTO_MIN_SIDE, type ProcessedPhoto } from '../media/photos';

export async function readPhotoField(
	formData: FormData
): Promise<{ photo: ProcessedPhoto | null; problem: FieldProblem | null }> {
	const file = formData.get('photo');
	if (!(file instanceof File) || (file.size === 0 && file.name === '')) return { photo: null, problem: null };
	const result = await processPhoto(file);
	if (result.ok) return { photo: result.photo, problem: null };
	const figures = {
		'too-large': { max: photoMaxBytes() / 1024 / 1024 },
		'too-small': { min: PHOTO_MIN_SIDE }
	} as const;
	return {
		photo: null,
		problem: {
			code: result.error,
			...(result.error === 'too-large' || result.error === 'too-small' ? figures[result.error] : {})
		}
	};
}
