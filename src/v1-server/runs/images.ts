/**
 * The images of a thread's user messages as the model is shown them: an `image_file` part as a
 * data URL of the file's bytes, a v2 `image_url` part as its URL. Read before each model call, so
 * a deleted file is no longer shown.
 */
import type { Message } from '../../v1/schemas.js';
import { fileContent } from '../files.js';
import type { ImageSize, ModelImage } from '../model/model.js';
import type { Store } from '../store/store.js';
import { ROOT } from '../store/store.js';

/** The image types a message may show the model, by file extension, with their media types. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif' };

/** The most bytes of one image file shown to the model (OpenAI's limit of the time). */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

export function imageType(filename: string): string | undefined {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? undefined : IMAGE_TYPES[filename.slice(dot + 1).toLowerCase()];
}

/** JPEG's start-of-frame markers (C0–CF but C4, C8 and CC, which are other segments): the frame holds the size. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** The pixel size an image file's header states; undefined when its bytes are not the image its name says. */
export function imageSize(bytes: Uint8Array, type: string): ImageSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts = (text: string, at = 0): boolean => Buffer.from(bytes.subarray(at, at + text.length)).toString('latin1') === text;
  if (type === 'image/png') {
    // The signature (8 bytes), then the IHDR chunk: length, type, width, height (big-endian).
    return bytes.length >= 24 && starts('\x89PNG\r\n\x1a\n') && starts('IHDR', 12)
      ? { width: view.getUint32(16), height: view.getUint32(20) }
      : undefined;
  }
  if (type === 'image/gif') return bytes.length >= 10 && starts('GIF8') ? { width: view.getUint16(6, true), height: view.getUint16(8, true) } : undefined;
  if (!starts('\xff\xd8')) return undefined;
  // JPEG: segments after the SOI marker, each `FF marker length(2)`, until a start of frame.
  let offset = 2;
  while (offset + 9 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1] ?? 0;
    if (isStartOfFrame(marker)) return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
    offset += 2 + view.getUint16(offset + 2);
  }
  return undefined;
}

/** Each user message's images in content order, by message id; messages without any are left out. */
export async function messageImages(store: Store, scope: string, messages: readonly Message[]): Promise<Map<string, ModelImage[]>> {
  const images = new Map<string, ModelImage[]>();
  for (const message of messages) {
    if (message.role !== 'user') continue;
    const settings = await store.v2Settings.get(scope, 'message', message.id);
    const urls = settings?.imageUrls ?? [];
    const files = message.content.flatMap((part) => (part.type === 'image_file' ? [part.image_file.file_id] : []));
    if (urls.length === 0 && files.length === 0) continue;
    const shown: ModelImage[] = [];
    for (const fileId of files) {
      const file = await store.files.get(scope, ROOT, fileId);
      const type = file === undefined ? undefined : imageType(file.filename);
      if (file === undefined || type === undefined || file.bytes > MAX_IMAGE_BYTES) continue;
      const bytes = await fileContent(store, scope, file.id, file.bytes);
      const size = imageSize(bytes, type);
      shown.push({ url: `data:${type};base64,${Buffer.from(bytes).toString('base64')}`, ...(size ? { size } : {}) });
    }
    for (const { url, detail } of urls) shown.push(detail === undefined ? { url } : { url, detail });
    if (shown.length > 0) images.set(message.id, shown);
  }
  return images;
}
