import { textElement } from "./shared-strings";

/** A note on a cell, 0-based. */
export interface CellNote {
  readonly row: number;
  readonly column: number;
  readonly ref: string;
  readonly text: string;
}

const AUTHOR = "Resourcing Planner";

/** The comments part (xl/commentsN.xml): what Excel and LibreOffice read as the notes' text. */
export function commentsXml(notes: readonly CellNote[]): string {
  const list = notes
    .map((note) => `<comment ref="${note.ref}" authorId="0"><text><r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr>${textElement(note.text)}</r></text></comment>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${AUTHOR}</author></authors><commentList>${list}</commentList></comments>`
  );
}

/**
 * The legacy VML drawing Excel needs to show notes: one hidden note box per comment, anchored
 * by the cell. `block` numbers the drawing's shapes (1024 ids per drawing) apart from other drawings'.
 */
export function notesVml(notes: readonly CellNote[], block: number): string {
  const shapes = notes
    .map((note, index) => {
      const anchor = `${note.column + 1}, 15, ${Math.max(note.row - 1, 0)}, 10, ${note.column + 3}, 15, ${note.row + 3}, 4`;
      return (
        `<v:shape id="_x0000_s${block * 1024 + index + 1}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${index + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
        `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
        `<x:Row>${note.row}</x:Row><x:Column>${note.column}</x:Column></x:ClientData></v:shape>`
      );
    })
    .join("");
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
    `${shapes}</xml>`
  );
}
