import {
  StyleSheet,
  fillColour,
  isPlainFill,
  solidFillXml,
} from "../../../src/workbook/xlsx/package/styles-part";

// A styles part as Excel writes it, cut to three cell styles: default, a percent (built-in id 10), and a
// custom format 164 with a theme-coloured fill.
const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;分&quot;"/></numFmts><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor theme="4"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0"><alignment wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

describe("styles part", () => {
  it("reads each cell style's number format and fill", () => {
    const s = StyleSheet.read(XML);
    expect(s.numFmt(0)).toBeUndefined();
    expect(s.numFmt(1)).toBe("0.00%");
    expect(s.numFmt(2)).toBe('0.0"分"');
    expect(s.fill(0)).toBeUndefined();
    expect(s.fill(2)).toBe(
      '<fill><patternFill patternType="solid"><fgColor theme="4"/></patternFill></fill>'
    );
    expect(fillColour(s.fill(2))).toBeUndefined(); // a theme colour has no RGB to show
    expect(s.alignment(2)).toBe('<alignment wrapText="1"/>');
    expect(s.numFmt(99)).toBeUndefined(); // out of range reads as the default style
  });

  it("appends derived styles after the user's, keeping their indices and the rest of the part", () => {
    const s = StyleSheet.read(XML);
    const red = solidFillXml("#FFC7CE");
    const a = s.derive(2, { fill: red });
    const b = s.derive(2, { fill: red });
    expect(a).toBe(3);
    expect(b).toBe(a); // the same change twice gives one style
    const c = s.derive(0, { numFmt: "0.00" });
    const d = s.derive(0, { numFmt: "0.000" });
    const out = StyleSheet.read(s.toXml());
    expect(out.numFmt(c)).toBe("0.00"); // built-in id 2
    expect(out.numFmt(d)).toBe("0.000"); // a new custom id after 164
    expect(s.toXml()).toContain('<numFmt numFmtId="165" formatCode="0.000"/>');
    expect(fillColour(out.fill(a))).toBe("#FFC7CE");
    expect(out.numFmt(a)).toBe('0.0"分"'); // the rest of the user's style stays
    expect(out.alignment(a)).toBe('<alignment wrapText="1"/>');
    expect(out.numFmt(1)).toBe("0.00%");
    expect(s.toXml()).toContain(
      '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>'
    );
    expect(s.toXml()).toContain('<cellXfs count="6">');
  });

  it("gives back the user's own style where the change leads to it but for apply* flags (undo of a mark)", () => {
    const s = StyleSheet.read(XML);
    // style 2 has the theme fill without applyFill="1": marked, then its fill put back, it is style 2 again
    const marked = s.derive(2, { fill: solidFillXml("#F8D7DA") });
    expect(marked).toBe(3);
    expect(s.derive(marked, { fill: s.fill(2) ?? null })).toBe(2);
    // and a fill taken off a marked default-style cell gives the default style back
    expect(s.derive(s.derive(0, { fill: solidFillXml("#F8D7DA") }), { fill: null })).toBe(0);
  });

  it("leaves the part as read when nothing is added", () => {
    const fresh = StyleSheet.read(XML);
    expect(fresh.changed).toBe(false);
    expect(fresh.toXml()).toBe(XML);
  });

  it("a plain fill is exactly what the colour gives back", () => {
    expect(isPlainFill(solidFillXml("#C6EFCE"))).toBe(true);
    expect(
      isPlainFill(
        '<fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/></patternFill></fill>'
      )
    ).toBe(false);
    expect(
      fillColour(
        '<fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/></patternFill></fill>'
      )
    ).toBe("#C6EFCE");
  });
});
