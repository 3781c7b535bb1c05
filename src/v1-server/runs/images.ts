/**
 * The images of a thread's user messages as the model is shown them: an `image_file` part as a
 * data URL of the file's bytes, a v2 `image_url` part as its URL. Read before each model call, so
 * a deleted file is no longer shown.
 */
import type { Message } from '../../v1/schemas.js';
import { fileContent } from '../files.js';
import type { ModelImage } from '../model/model.js';
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
      shown.push({ url: `data:${type};base64,${Buffer.from(bytes).toString('base64')}` });
    }
    for (const { url, detail } of urls) shown.push(detail === undefined ? { url } : { url, detail });
    if (shown.length > 0) images.set(message.id, shown);
  }
  return images;
}
