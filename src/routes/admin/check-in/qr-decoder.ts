// Reads QR codes where the browser has no BarcodeDetector (Safari on iPhone and iPad, Firefox): ZXing-C++
// compiled to WebAssembly (zxing-wasm). QrScanner.svelte imports this module on first use, so only the
// check-in page ever loads it. The .wasm is a file of our own build, never the library's default CDN: the
// desk must work on a venue's patchy network, and the CSP allows our own origin only (and WebAssembly in
// the organizer area alone: security-headers.ts).
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

prepareZXingModule({
	overrides: { locateFile: (path, prefix) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) }
});

const options: ReaderOptions = { formats: ['QRCode'], maxNumberOfSymbols: 1, tryHarder: true };

/** A phone's photo is 12 megapixels; a ticket's QR code a tenth of its width still reads at this size, faster. */
const MAX_SIDE = 1600;

let canvas: HTMLCanvasElement | null = null;

/** The picture's pixels, scaled down to MAX_SIDE, through one canvas reused frame after frame. */
function pixels(source: CanvasImageSource, width: number, height: number): ImageData {
	const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
	canvas ??= document.createElement('canvas');
	canvas.width = Math.max(1, Math.round(width * scale));
	canvas.height = Math.max(1, Math.round(height * scale));
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) throw new Error('No 2D canvas');
	context.drawImage(source, 0, 0, canvas.width, canvas.height);
	return context.getImageData(0, 0, canvas.width, canvas.height);
}

async function decode(image: ImageData | Blob): Promise<string | null> {
	const [code] = await readBarcodes(image, options);
	return code?.isValid && code.text ? code.text : null;
}

/** The text of the QR code in the video's current frame, or null (none in view yet). */
export function decodeVideoFrame(video: HTMLVideoElement): Promise<string | null> {
	if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth) return Promise.resolve(null);
	return decode(pixels(video, video.videoWidth, video.videoHeight));
}

/**
 * The text of the QR code in a photo, or null. The browser decodes the picture (so any format it shows
 * works, an iPhone's HEIC included, turned as the camera held it); where it cannot, ZXing reads the PNG or
 * JPEG bytes itself.
 */
export async function decodeImageFile(file: Blob): Promise<string | null> {
	const bitmap = await createImageBitmap(file).catch(() => null);
	if (!bitmap) return decode(file);
	try {
		return await decode(pixels(bitmap, bitmap.width, bitmap.height));
	} finally {
		bitmap.close();
	}
}
