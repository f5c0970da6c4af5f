import type JSZip from "jszip";
import type { LazyParts } from "./owned-sheets";
import { zipEntries, type ZipEntry } from "./zip-writer";

/**
 * The package's bytes: the zip's parts in their order, except that parts made on demand are
 * written last, in the order given (worksheets before the styles and strings they fill).
 */
export async function packageBytes(zip: JSZip, lazy: LazyParts): Promise<Buffer> {
  const entries: ZipEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir || lazy.has(file.name)) continue;
    entries.push({ name: file.name, data: await file.async("nodebuffer") });
  }
  for (const [name, chunks] of lazy) entries.push({ name, data: chunks });
  return zipEntries(entries);
}
