/**
 * What the demo and the command line do to a package besides highlighting it: insert a blank
 * template sheet (Infoga mall), keep the workbook's settings in their very hidden sheet, and make
 * a new workbook (a consolidated summary, a template to hand out). Each changes only the parts it
 * names; every other part is copied as stored, like the highlighted copy.
 */
// The core's modules by name, not its index: the command line then never loads the settings' zod.
import { PLANKOLL_SHEET_PREFIX, SETTINGS_SHEET, type FinishedSheet } from "../core/plan";
import { freeSheetName, type BlankTemplate } from "../core/blank";
import { a1 } from "../core/sheet/address";
import { ZipWriter, type Deflate } from "./zip";
import type { WorkbookRead, XlsxPackage } from "./read";
import {
  MAIN_NS,
  PackageEdit,
  REL_NS,
  Styles,
  addSheetPart,
  escapeXml,
  freeRelationshipId,
  newCell,
  sheetXml,
} from "./write";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A blank template laid out as Infoga mall lays it out in Excel: title, header, formatted and validated rows, frozen header. */
function templateXml(spec: BlankTemplate, styles: Styles, listError: string): string {
  const header = styles.format(0, { bold: true, fill: spec.headerFill, wrap: true });
  const rows: string[] = [`<row r="1">${newCell("A1", styles.format(0, { bold: true }), spec.title)}</row>`];
  // Labels over groups of columns: each in its group's first cell, the others of the merge styled alike.
  const groupRow = spec.headerRow - 1;
  const groups = spec.groups ?? [];
  if (groups.length)
    rows.push(
      `<row r="${groupRow}">${groups
        .flatMap((g) =>
          Array.from({ length: g.to - g.from + 1 }, (_, i) =>
            newCell(a1(groupRow, g.from + i), header, i === 0 ? g.label : undefined),
          ),
        )
        .join("")}</row>`,
    );
  rows.push(
    `<row r="${spec.headerRow}">${spec.columns.map((c, i) => newCell(a1(spec.headerRow, i + 1), header, c.header)).join("")}</row>`,
  );
  const formats = spec.columns.map((c) => (c.numberFormat ? styles.format(0, { numFmt: c.numberFormat }) : null));
  const firstRow = spec.firstRow ?? [];
  if (formats.some((f) => f !== null) || firstRow.length) {
    for (let r = spec.headerRow + 1; r <= spec.headerRow + spec.rows; r++) {
      const given = r === spec.headerRow + 1 ? firstRow : [];
      const cells = formats
        .map((f, i) =>
          given[i] != null ? newCell(a1(r, i + 1), f, given[i]!) : f === null ? "" : newCell(a1(r, i + 1), f),
        )
        .join("");
      rows.push(`<row r="${r}">${cells}</row>`);
    }
  }
  const merges = groups.length
    ? `<mergeCells count="${groups.length}">${groups.map((g) => `<mergeCell ref="${a1(groupRow, g.from)}:${a1(groupRow, g.to)}"/>`).join("")}</mergeCells>`
    : "";
  const first = spec.headerRow + 1;
  const last = spec.headerRow + spec.rows;
  const validations = spec.columns.map((c, i) => {
    const column = a1(1, i + 1).replace(/\d+$/, "");
    const prompt = `showInputMessage="1" promptTitle="${escapeXml(c.messageTitle.slice(0, 32))}" prompt="${escapeXml(c.message.slice(0, 255))}"`;
    const sqref = `sqref="${column}${first}:${column}${last}"`;
    if (!c.list) return `<dataValidation allowBlank="1" ${prompt} ${sqref}/>`;
    const error = `showErrorMessage="1" errorStyle="stop" errorTitle="${escapeXml(c.messageTitle.slice(0, 32))}" error="${escapeXml(listError)}"`;
    return `<dataValidation type="list" allowBlank="1" ${prompt} ${error} ${sqref}><formula1>${escapeXml(`"${c.list.join(",")}"`)}</formula1></dataValidation>`;
  });
  const cols = spec.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`)
    .join("");
  const pane = `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${spec.headerRow}" topLeftCell="A${first}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${first}" sqref="A${first}"/></sheetView></sheetViews>`;
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${pane}<cols>${cols}</cols><sheetData>${rows.join("")}</sheetData>${merges}<dataValidations count="${validations.length}">${validations.join("")}</dataValidations></worksheet>`;
}

function stylesOf(edit: PackageEdit, read: WorkbookRead): Styles {
  if (!read.layout.styles) throw new Error("the package has no styles part");
  return new Styles(edit, read.layout.styles);
}

/** A visible sheet after the others, under `wanted` unless that name is taken (then "… (2)"). */
function addVisibleSheet(
  pkg: XlsxPackage,
  read: WorkbookRead,
  wanted: string,
  xmlOf: (styles: Styles, name: string) => Parameters<typeof addSheetPart>[3],
  relationship: string,
  deflate: Deflate,
): { bytes: Uint8Array; name: string } {
  const edit = new PackageEdit(pkg);
  const styles = stylesOf(edit, read);
  const name = freeSheetName(
    wanted,
    read.sheets.map((s) => s.name),
  );
  const workbook = read.layout.workbook;
  addSheetPart(edit, workbook, name, xmlOf(styles, name), "visible", freeRelationshipId(edit, workbook, relationship));
  styles.save();
  return { bytes: edit.write(deflate), name };
}

/** Infoga mall: a new sheet after the others, named as the template unless that name is taken. */
export function insertTemplateSheet(
  pkg: XlsxPackage,
  read: WorkbookRead,
  spec: BlankTemplate,
  listError: string,
  deflate: Deflate,
): { bytes: Uint8Array; name: string } {
  return addVisibleSheet(
    pkg,
    read,
    spec.sheetName,
    (styles) => templateXml(spec, styles, listError),
    "rIdPlanMall",
    deflate,
  );
}

/** A sheet of Plankoll's on its own (the pay information of Art. 7), after the others, under a name no sheet has. */
export function addSpecSheet(
  pkg: XlsxPackage,
  read: WorkbookRead,
  spec: FinishedSheet,
  deflate: Deflate,
): { bytes: Uint8Array; name: string } {
  // A log of Plankoll's kept up to date: written into the part of the one there (Excel compares names without case).
  const wanted = spec.name.toLocaleLowerCase("sv");
  const old =
    spec.replaces &&
    spec.name.startsWith(PLANKOLL_SHEET_PREFIX) &&
    read.sheets.find((s) => s.name.toLocaleLowerCase("sv") === wanted);
  if (old) {
    const edit = new PackageEdit(pkg);
    const styles = stylesOf(edit, read);
    edit.writePart(old.path, sheetXml({ ...spec, name: old.name }, styles));
    styles.save();
    return { bytes: edit.write(deflate), name: old.name };
  }
  return addVisibleSheet(
    pkg,
    read,
    spec.name,
    (styles, name) => sheetXml({ ...spec, name }, styles),
    "rIdPlanBlad",
    deflate,
  );
}

/** The workbook's settings (JSON in A1 of its very hidden settings sheet), made or replaced; Rensa leaves them. */
export function writeSettingsSheet(pkg: XlsxPackage, read: WorkbookRead, json: string, deflate: Deflate): Uint8Array {
  const edit = new PackageEdit(pkg);
  const xml = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1">${newCell("A1", null, json)}</row></sheetData></worksheet>`;
  const existing = read.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (existing) edit.set(existing.path, xml);
  else {
    const workbook = read.layout.workbook;
    addSheetPart(edit, workbook, SETTINGS_SHEET, xml, "veryHidden", freeRelationshipId(edit, workbook, "rIdPlanInst"));
  }
  return edit.write(deflate);
}

/** The smallest package every spreadsheet program opens: a workbook, its styles, no sheets yet. */
function emptyPackage(deflate: Deflate): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  const zip = new ZipWriter(deflate);
  zip.put(
    "[Content_Types].xml",
    encode(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ),
  );
  zip.put(
    "_rels/.rels",
    encode(
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  );
  zip.put(
    "xl/workbook.xml",
    encode(
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`,
    ),
  );
  zip.put(
    "xl/_rels/workbook.xml.rels",
    encode(
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ),
  );
  zip.put(
    "xl/styles.xml",
    encode(
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ),
  );
  return zip.finish();
}

/** What a new workbook holds, in order: sheets drawn from specs and blank templates. */
export type NewSheet = { spec: FinishedSheet } | { template: BlankTemplate; listError: string };

/** A new workbook of the given sheets (the consolidated summary, a template to hand out). */
export function newWorkbook(
  sheets: readonly NewSheet[],
  open: (bytes: Uint8Array) => XlsxPackage,
  deflate: Deflate,
): Uint8Array {
  const pkg = open(emptyPackage(deflate));
  const edit = new PackageEdit(pkg);
  const styles = new Styles(edit, "xl/styles.xml");
  const taken: string[] = [];
  for (const sheet of sheets) {
    const wanted = "spec" in sheet ? sheet.spec.name : sheet.template.sheetName;
    const name = freeSheetName(wanted, taken);
    taken.push(name);
    const xml =
      "spec" in sheet
        ? sheetXml({ ...sheet.spec, name }, styles)
        : templateXml(sheet.template, styles, sheet.listError);
    const titleRows = "spec" in sheet ? sheet.spec.titleRows : undefined;
    addSheetPart(
      edit,
      "xl/workbook.xml",
      name,
      xml,
      "visible",
      freeRelationshipId(edit, "xl/workbook.xml", "rId"),
      titleRows,
    );
  }
  styles.save();
  return edit.write(deflate);
}
