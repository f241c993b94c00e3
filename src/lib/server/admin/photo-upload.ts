// The photo field of the speaker form: nothing chosen, a photo ready to store, or a message to show.
import { processPhoto, photoMaxBytes, PHOTO_MIN_SIDE, type ProcessedPhoto } from '../media/photos';
import { m } from '../../i18n';

export async function readPhotoField(formData: FormData): Promise<{ photo: ProcessedPhoto | null; error: string | null }> {
	const file = formData.get('photo');
	if (!(file instanceof File) || (file.size === 0 && file.name === '')) return { photo: null, error: null };
	const maxMb = photoMaxBytes() / 1024 / 1024;
	const result = await processPhoto(file);
	if (result.ok) return { photo: result.photo, error: null };
	const messages = {
		type: m.admin.speakers.photoType,
		'too-large': m.admin.speakers.photoTooLarge(maxMb),
		unreadable: m.admin.speakers.photoUnreadable,
		'too-small': m.admin.speakers.photoTooSmall(PHOTO_MIN_SIDE)
	};
	return { photo: null, error: messages[result.error] };
}
