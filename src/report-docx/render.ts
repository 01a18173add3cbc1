/**
 * The report draft (src/engine/draft) as a Word document, with the `docx` library: runs in Node and in the
 * browser. 公文 layout: title 宋体 二号, headings 黑体/楷体/仿宋 三号, body 仿宋 三号 with a two-character
 * indent, bordered tables in 宋体 小四, and on every page a header line saying it is a draft.
 */

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBaseParagraphStyleOptions,
} from "docx";
import type { Block, Draft, Run } from "../engine/draft";
import { FONTS, runFonts, type FontChoice } from "./fonts";

const PT = 2; // docx sizes are half-points
const SIZE = { title: 22 * PT, heading: 16 * PT, body: 16 * PT, table: 12 * PT, header: 10.5 * PT };
const LINE = 28 * 20; // fixed 28 pt line spacing, in twips
const CM = 567; // twips per centimetre

function style(
  font: FontChoice,
  size: number,
  extra: IBaseParagraphStyleOptions = {}
): IBaseParagraphStyleOptions {
  return {
    ...extra,
    run: { font: runFonts(font), size, color: "000000", ...extra.run },
    paragraph: {
      spacing: { line: LINE, lineRule: "exact", before: 0, after: 0 },
      ...extra.paragraph,
    },
  };
}

const STYLES = {
  default: {
    document: { run: { font: runFonts(FONTS.body), size: SIZE.body } },
    title: style(FONTS.title, SIZE.title, {
      run: { bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 480 } },
    }),
    heading1: style(FONTS.heading1, SIZE.heading, {
      paragraph: { indent: { firstLine: 2 * SIZE.heading * 10 } },
    }),
    heading2: style(FONTS.heading2, SIZE.heading, {
      paragraph: { indent: { firstLine: 2 * SIZE.heading * 10 } },
    }),
    heading3: style(FONTS.body, SIZE.heading, {
      run: { bold: true },
      paragraph: { indent: { firstLine: 2 * SIZE.heading * 10 } },
    }),
  },
  paragraphStyles: [
    {
      id: "DraftBody",
      name: "Draft Body",
      ...style(FONTS.body, SIZE.body, {
        paragraph: {
          indent: { firstLine: 2 * SIZE.body * 10 },
          alignment: AlignmentType.JUSTIFIED,
        },
      }),
    },
    {
      id: "DraftTable",
      name: "Draft Table",
      ...style(FONTS.table, SIZE.table, {
        paragraph: { spacing: { line: 300, lineRule: "auto" } },
      }),
    },
  ],
};

const HEADINGS = { 1: "Heading1", 2: "Heading2", 3: "Heading3" } as const;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

function runs(list: Run[], check = false): TextRun[] {
  return list.map(
    (r) => new TextRun({ text: r.text, ...(check ? { highlight: "yellow" as const } : {}) })
  );
}

function table(header: string[], rows: Run[][][]): Table {
  const cell = (content: Run[], bold: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          style: "DraftTable",
          children: content.map((r) => new TextRun({ text: r.text, bold })),
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell([{ text: h }], true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((c) => cell(c, false)) })),
    ],
  });
}

function block(b: Block): Paragraph | Table {
  switch (b.kind) {
    case "heading":
      return new Paragraph({ style: HEADINGS[b.level], children: [new TextRun(b.text)] });
    case "paragraph":
      return new Paragraph({ style: "DraftBody", children: runs(b.runs, b.check) });
    case "table":
      return table(b.header, b.rows);
  }
}

export function draftDocument(draft: Draft): Document {
  return new Document({
    creator: "Jixiao",
    title: draft.title,
    description: draft.notice,
    styles: STYLES,
    sections: [
      {
        properties: {
          page: { margin: { top: 3.7 * CM, bottom: 3.5 * CM, left: 2.8 * CM, right: 2.6 * CM } },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    text: draft.notice,
                    size: SIZE.header,
                    color: "C00000",
                    font: runFonts(FONTS.table),
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ style: "Title", children: [new TextRun(draft.title)] }),
          ...draft.blocks.map(block),
        ],
      },
    ],
  });
}

/** The .docx bytes of a draft, in Node and in the browser alike. */
export async function renderDocx(draft: Draft): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(draftDocument(draft)));
}
