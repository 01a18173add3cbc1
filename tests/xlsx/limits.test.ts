import { promises as fs } from "fs";
import JSZip from "jszip";
import * as path from "path";
import { render } from "../../src/engine/i18n/render";
import { readXlsxFile } from "../../src/workbook/xlsx/file";
import { openPackage } from "../../src/workbook/xlsx/package/package-port";
import { sampleWorkbook } from "./book";
import { save, tmpDir } from "./scoring";

let dir: string;
let good: string;

beforeAll(async () => {
  dir = await tmpDir("jixiao-limits-");
  good = await save(sampleWorkbook(), path.join(dir, "good.xlsx"));
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe("size bounds on an input file", () => {
  test("a workbook within the bounds is read", async () => {
    const r = await readXlsxFile(good);
    expect(r.ok).toBe(true);
  });

  test("a file over the bound is refused with a message that names it", async () => {
    const { size } = await fs.stat(good);
    const r = await readXlsxFile(good, { maxBytes: size - 1 });
    if (r.ok) throw new Error("read a file over the bound");
    expect(r.problem.code).toBe("TOO_LARGE");
    expect(r.problem.file).toBe(good);
    expect(render(r.problem.message, "zh-CN")).toMatch(new RegExp(`^${good.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}：文件大小 .* MB，超过上限`));
    expect(render(r.problem.message, "en-US")).toContain("over the limit");
  });

  test("a zip that unpacks beyond the bound (a zip bomb) is refused before ExcelJS unpacks it", async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(good));
    zip.file("xl/media/padding.bin", new Uint8Array(30 * 1024 * 1024)); // 30 MB of zeros, a few KB packed
    const bomb = path.join(dir, "bomb.xlsx");
    await fs.writeFile(bomb, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    expect((await fs.stat(bomb)).size).toBeLessThan(1024 * 1024);
    const r = await readXlsxFile(bomb, { maxUnpackedTotal: 20 * 1024 * 1024 });
    if (r.ok) throw new Error("read a zip bomb");
    expect(r.problem.code).toBe("TOO_LARGE");
    expect(render(r.problem.message, "zh-CN")).toContain("解压后");
    expect(render(r.problem.message, "zh-CN")).toContain("bomb.xlsx");
  });

  test("XML parts have their own, tighter bound; binary parts (images) do not count toward it", async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(good));
    zip.file("xl/media/photo.bin", new Uint8Array(3 * 1024 * 1024)); // 3 MB held as it is
    const media = path.join(dir, "media.xlsx");
    await fs.writeFile(media, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    expect((await readXlsxFile(media, { maxUnpackedBytes: 1024 * 1024 })).ok).toBe(true);

    zip.file("xl/padding.xml", " ".repeat(3 * 1024 * 1024)); // 3 MB of XML, parsed into objects
    const xml = path.join(dir, "xml.xlsx");
    await fs.writeFile(xml, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const r = await readXlsxFile(xml, { maxUnpackedBytes: 1024 * 1024 });
    if (r.ok) throw new Error("read XML beyond its bound");
    expect(render(r.problem.message, "zh-CN")).toContain("解压后");
  });

  test("something that is not an .xlsx, and a file that is not there", async () => {
    const text = path.join(dir, "not.xlsx");
    await fs.writeFile(text, "名称,分值\n");
    const r = await readXlsxFile(text);
    expect(r.ok ? null : r.problem.code).toBe("CSV_FILE");
    const zip = new JSZip().file("hello.txt", "hi");
    const r2 = await openPackage("hello.xlsx", await zip.generateAsync({ type: "uint8array" }));
    expect(r2.ok ? null : r2.problem.code).toBe("NOT_A_WORKBOOK");
    const r3 = await readXlsxFile(path.join(dir, "missing.xlsx"));
    expect(r3.ok ? null : r3.problem.code).toBe("UNREADABLE_FILE");
  });
});
