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
import type { Lang } from "../engine/model";
import { FONTS, fontTableXml, runFonts, type FontChoice } from "./fonts";

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

/** Chinese text is justified, as official documents are; English with Chinese names in it reads better ragged. */
const styles = (lang: Lang) => ({
  default: {
    document: { run: { font: runFonts(FONTS.body), size: SIZE.body } },
    title: style(FONTS.title, SIZE.title, {
      run: { bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 480 } },
    }),
    heading1: style(FONTS.heading1, SIZE.heading, {
      paragraph: { indent: { firstLine: 2 * SIZE.heading * 10 }, keepNext: true },
    }),
    heading2: style(FONTS.heading2, SIZE.heading, {
      paragraph: { indent: { firstLine: 2 * SIZE.heading * 10 }, keepNext: true },
    }),
    heading3: style(FONTS.body, SIZE.heading, {
      run: { bold: true },
      paragraph: { indent: { firstLine: 2 * SIZE.heading * 10 }, keepNext: true },
    }),
  },
  paragraphStyles: [
    {
      id: "DraftBody",
      name: "Draft Body",
      ...style(FONTS.body, SIZE.body, {
        paragraph: {
          indent: { firstLine: 2 * SIZE.body * 10 },
          alignment: lang === "zh-CN" ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
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
});

/** Sheet text can hold control characters XML 1.0 forbids (a pasted vertical tab); Word refuses such a file. */
function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, " ");
}

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
    (r) =>
      new TextRun({ text: xmlSafe(r.text), ...(check ? { highlight: "yellow" as const } : {}) })
  );
}

/** The text width of the page, in twips: A4 less the margins. */
const TEXT_WIDTH = Math.round((21 - 2.8 - 2.6) * CM);

function table(header: string[], rows: Run[][][], weights?: number[]): Table {
  const total = weights?.reduce((a, b) => a + b, 0) ?? 0;
  const widths = weights?.map((w) => Math.round((TEXT_WIDTH * w) / total));
  const cell = (content: Run[], bold: boolean, i: number) =>
    new TableCell({
      ...(widths ? { width: { size: widths[i], type: WidthType.DXA } } : {}),
      children: [
        new Paragraph({
          style: "DraftTable",
          children: content.map((r) => new TextRun({ text: xmlSafe(r.text), bold })),
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(widths ? { columnWidths: widths } : {}),
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h, i) => cell([{ text: h }], true, i)),
      }),
      ...rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, false, i)) })),
    ],
  });
}

function block(b: Block): Paragraph | Table {
  switch (b.kind) {
    case "heading":
      return new Paragraph({ style: HEADINGS[b.level], children: [new TextRun(xmlSafe(b.text))] });
    case "paragraph":
      return new Paragraph({ style: "DraftBody", children: runs(b.runs, b.check) });
    case "table":
      return table(b.header, b.rows, b.widths);
  }
}

export function draftDocument(draft: Draft): Document {
  return new Document({
    creator: "Jixiao",
    title: xmlSafe(draft.title),
    description: xmlSafe(draft.notice),
    styles: styles(draft.lang),
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
                    text: xmlSafe(draft.notice),
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
          new Paragraph({ style: "Title", children: [new TextRun(xmlSafe(draft.title))] }),
          ...draft.blocks.map(block),
        ],
      },
    ],
  });
}

/** The .docx bytes of a draft, in Node and in the browser alike. */
export async function renderDocx(draft: Draft): Promise<Uint8Array> {
  const overrides = [{ path: "word/fontTable.xml", data: fontTableXml() }];
  return new Uint8Array(await Packer.toArrayBuffer(draftDocument(draft), false, overrides));
}
