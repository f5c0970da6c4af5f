import { promisify } from "util";
import { constants, crc32, deflateRaw, deflateRawSync } from "zlib";

/**
 * A part's bytes: whole, or made on demand as text chunks (a large worksheet), so it is
 * compressed while it is generated and never held uncompressed in one piece.
 */
export type PartData = Buffer | (() => Iterable<string>);

export interface ZipEntry {
  readonly name: string;
  readonly data: PartData;
}

/** Every entry gets this date (2000-01-01 00:00 in MS-DOS form), so the same parts give the same bytes. */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const LEVEL = 6;
/** Text is compressed in segments of about this size: big enough that the reset dictionary costs little. */
const CHUNK_BYTES = 1 << 20;
const ZIP32_LIMIT = 0xffffffff;

interface Compressed {
  readonly crc: number;
  readonly size: number;
  readonly data: readonly Buffer[];
  readonly compressedSize: number;
}

/** Segments compressed at once on the thread pool while the next text is generated. */
const IN_FLIGHT = 4;
/** A final, empty fixed-Huffman block: closes a deflate stream made of flushed segments. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);
const deflateSegment = promisify(deflateRaw);

/**
 * Compresses text chunks as one deflate stream made of independently compressed segments, each
 * ended with a sync flush so they join byte-aligned. Segments compress in parallel on the thread
 * pool while the generator makes the next ones; the ratio loss from the reset dictionary is small.
 */
async function compressChunks(chunks: Iterable<string>): Promise<Compressed> {
  const inFlight: { readonly buffer: Buffer; readonly compressed: Promise<Buffer> }[] = [];
  // Segment buffers are reused once compressed: allocating one per segment would push V8 into
  // extra collections for external memory, which on a large model costs more than the writing.
  const free: Buffer[] = [];
  const done: Buffer[] = [];
  let crc = 0;
  let size = 0;
  let buffer: Buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  const collect = async (keep: number): Promise<void> => {
    while (inFlight.length > keep) {
      const oldest = inFlight.shift() as { readonly buffer: Buffer; readonly compressed: Promise<Buffer> };
      done.push(await oldest.compressed);
      if (oldest.buffer.length === CHUNK_BYTES) free.push(oldest.buffer);
    }
  };
  const send = async (bytes: Buffer, owner: Buffer): Promise<void> => {
    crc = crc32(bytes, crc);
    size += bytes.length;
    inFlight.push({ buffer: owner, compressed: deflateSegment(bytes, { level: LEVEL, finishFlush: constants.Z_SYNC_FLUSH }) });
    await collect(IN_FLIGHT - 1);
  };
  const flush = async (): Promise<void> => {
    if (used === 0) return;
    const full = buffer;
    const length = used;
    buffer = free.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
    used = 0;
    await send(full.subarray(0, length), full);
  };
  for (const chunk of chunks) {
    // UTF-8 takes at most 3 bytes per UTF-16 unit, so a chunk that may not fit goes to the next segment.
    if (used + chunk.length * 3 > CHUNK_BYTES) await flush();
    if (chunk.length * 3 > CHUNK_BYTES) {
      const bytes = Buffer.from(chunk, "utf8");
      await send(bytes, bytes);
      continue;
    }
    used += buffer.write(chunk, used, "utf8");
  }
  await flush();
  await collect(0);
  done.push(FINAL_BLOCK);
  return { crc, size, data: done, compressedSize: done.reduce((total, piece) => total + piece.length, 0) };
}

function compressBuffer(bytes: Buffer): Compressed {
  const data = deflateRawSync(bytes, { level: LEVEL });
  return { crc: crc32(bytes), size: bytes.length, data: [data], compressedSize: data.length };
}

function localHeader(name: Buffer, part: Compressed): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6);
  header.writeUInt16LE(8, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(part.crc >>> 0, 14);
  header.writeUInt32LE(part.compressedSize, 18);
  header.writeUInt32LE(part.size, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  return header;
}

function centralHeader(name: Buffer, part: Compressed, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(0x0800, 8);
  header.writeUInt16LE(8, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(part.crc >>> 0, 16);
  header.writeUInt32LE(part.compressedSize, 20);
  header.writeUInt32LE(part.size, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(offset, 42);
  return header;
}

/**
 * Writes the entries, in order, as a zip archive (deflate, UTF-8 names, fixed dates, no zip64).
 * Lazy entries are generated when their turn comes, so an entry may depend on what the lazy
 * entries before it gathered (shared strings, styles).
 */
export async function zipEntries(entries: readonly ZipEntry[]): Promise<Buffer> {
  const pieces: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const part = Buffer.isBuffer(entry.data) ? compressBuffer(entry.data) : await compressChunks(entry.data());
    // Beyond 4 GB a zip needs zip64 records; no workbook Excel can open comes near that.
    if (part.size > ZIP32_LIMIT || offset + part.compressedSize > ZIP32_LIMIT) throw new Error(`${entry.name} is too large for a zip without zip64`);
    central.push(centralHeader(name, part, offset));
    const local = localHeader(name, part);
    pieces.push(local, name, ...part.data);
    offset += local.length + name.length + part.compressedSize;
  }
  const directory = Buffer.concat(central.map((header, index) => Buffer.concat([header, Buffer.from(entries[index]?.name ?? "", "utf8")])));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...pieces, directory, end]);
}
