import type JSZip from "jszip";
import { AFTER_DRAWING, insertInWorksheet, readPart, REL, Relationships, relsPath, resolveTarget, sheetParts } from "./package-parts";
import { xmlUnescape } from "./xml-text";

/** A relationship as written in a .rels part. */
interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

function rels(xml: string | undefined): Rel[] {
  return [...(xml ?? "").matchAll(/<Relationship\s[^>]*>/g)].map(([tag]) => {
    const value = (name: string): string => xmlUnescape(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? "");
    return { id: value("Id"), type: value("Type"), target: value("Target"), external: value("TargetMode") === "External" };
  });
}

/** A free path in the same folder, numbered like the original (chart3.xml → chart7.xml). */
function freePath(zip: JSZip, original: string, taken: Set<string>): string {
  const match = /^(.*?)(\d*)(\.[^./]+)$/.exec(original);
  const stem = match?.[1] ?? original;
  const extension = match?.[3] ?? "";
  let n = 1;
  while (zip.file(`${stem}${n}${extension}`) !== null || taken.has(`${stem}${n}${extension}`)) n++;
  taken.add(`${stem}${n}${extension}`);
  return `${stem}${n}${extension}`;
}

function contentTypeOf(types: string, partPath: string): string | undefined {
  const override = new RegExp(`<Override [^>]*PartName="/${partPath.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>`).exec(types)?.[0];
  return override === undefined ? undefined : /ContentType="([^"]+)"/.exec(override)?.[1];
}

/**
 * ExcelJS drops charts when it reads a workbook. For each of the user's sheets whose drawing in
 * the base holds only charts (no pictures, which ExcelJS keeps and redraws itself), copies the
 * drawing and every part it reaches (charts, their styles and colours) into the written package
 * under free names, and points the sheet at it again, so the user's charts survive.
 * Returns the sheets whose charts could not be carried over.
 */
export async function carryCharts(base: JSZip, out: JSZip, userSheets: readonly string[], taken: Set<string>): Promise<{ types: (types: string) => string; lost: string[] }> {
  const baseSheets = await sheetParts(base);
  const outSheets = await sheetParts(out);
  const baseTypes = (await readPart(base, "[Content_Types].xml")) ?? "";
  const overrides: string[] = [];
  const lost: string[] = [];
  for (const name of userSheets) {
    const basePath = baseSheets.get(name);
    const outPath = outSheets.get(name);
    if (basePath === undefined || outPath === undefined) continue;
    const baseXml = (await readPart(base, basePath)) ?? "";
    const drawingId = /<drawing\s+r:id="([^"]+)"/.exec(baseXml)?.[1];
    const drawingRel = rels(await readPart(base, relsPath(basePath))).find((rel) => rel.id === drawingId && rel.type === REL.drawing);
    if (drawingRel === undefined) continue;
    const drawingPath = resolveTarget(basePath, drawingRel.target);
    const drawing = (await readPart(base, drawingPath)) ?? "";
    if (!drawing.includes("graphicFrame")) continue;
    let outXml = (await readPart(out, outPath)) ?? "";
    if (drawing.includes("<xdr:pic") || /<drawing\s/.test(outXml)) {
      lost.push(name);
      continue;
    }
    // Copy the drawing and, breadth first, every internal part its relationships reach.
    const renamed = new Map<string, string>([[drawingPath, freePath(out, drawingPath, taken)]]);
    const queue = [drawingPath];
    while (queue.length > 0) {
      const from = queue.shift() as string;
      const partRels = rels(await readPart(base, relsPath(from)));
      let relsXml = await readPart(base, relsPath(from));
      for (const rel of partRels.filter((one) => !one.external)) {
        const target = resolveTarget(from, rel.target);
        if (!renamed.has(target)) {
          renamed.set(target, freePath(out, target, taken));
          queue.push(target);
        }
        const newName = (renamed.get(target) as string).split("/").pop() as string;
        const oldName = target.split("/").pop() as string;
        // Targets stay relative; only the file name changes, the folder is the same.
        relsXml = relsXml?.replace(`Target="${rel.target}"`, `Target="${rel.target.slice(0, rel.target.length - oldName.length)}${newName}"`);
      }
      const to = renamed.get(from) as string;
      const file = base.file(from);
      if (file !== null) out.file(to, await file.async("uint8array"));
      if (relsXml !== undefined) out.file(relsPath(to), relsXml);
      const type = contentTypeOf(baseTypes, from);
      if (type !== undefined) overrides.push(`<Override PartName="/${to}" ContentType="${type}"/>`);
    }
    const sheetRels = new Relationships(await readPart(out, relsPath(outPath)));
    const newDrawing = renamed.get(drawingPath) as string;
    const id = sheetRels.add(REL.drawing, `/${newDrawing}`);
    outXml = insertInWorksheet(outXml, `<drawing r:id="${id}"/>`, AFTER_DRAWING);
    out.file(outPath, outXml);
    out.file(relsPath(outPath), sheetRels.toString());
  }
  return { types: (types) => types.replace("</Types>", `${overrides.join("")}</Types>`), lost };
}
