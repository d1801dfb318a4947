import ExcelJS from 'exceljs';
import type { ImportKind } from '../../domain/household-import.events.js';
import { listEthnicGroups } from '../../domain/ethnic-groups/ethnic-groups.js';
import { CLASSIFICATION_LABELS } from '../../domain/household.labels.js';
import { listStandards } from '../../domain/poverty-standards/poverty-standards.js';
import { CLASSIFICATIONS } from '../../domain/poverty-standards/poverty-standard.types.js';
import { FIRST_DATA_ROW, IMPORT_COLUMNS, IMPORT_TITLES, columnLetter } from './import-columns.js';

export const LISTS_SHEET = 'Danh mục';
const TEMPLATE_ROWS = 500;

/** The lists the data validations point at: column of the "Danh mục" sheet and its values. */
function lists(): Record<string, { column: string; header: string; values: string[] }> {
  return {
    ethnicity: { column: 'A', header: 'Dân tộc', values: listEthnicGroups().map((g) => g.nameVi) },
    gender: { column: 'B', header: 'Giới tính', values: ['Nam', 'Nữ', 'Khác'] },
    area: { column: 'C', header: 'Khu vực', values: ['Nông thôn', 'Thành thị'] },
    classification: {
      column: 'D',
      header: 'Kết quả phân loại',
      values: CLASSIFICATIONS.map((c) => CLASSIFICATION_LABELS[c].vi),
    },
  };
}

/**
 * The template a commune fills in: the data sheet with Vietnamese headers (row 1), English ones
 * (row 2), one example row, drop-down lists on the coded columns, and a "Danh mục" sheet with the
 * lists and the poverty standards' indicators.
 */
export async function importTemplate(kind: ImportKind): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kết Nghĩa';
  const ws = wb.addWorksheet(IMPORT_TITLES[kind].vi.slice(0, 31), { views: [{ state: 'frozen', ySplit: 2 }] });
  const columns = IMPORT_COLUMNS[kind];
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  ws.getRow(1).values = columns.map((c) => c.vi);
  ws.getRow(1).font = { bold: true };
  ws.getRow(2).values = columns.map((c) => c.en);
  ws.getRow(2).font = { italic: true, color: { argb: 'FF666666' } };
  ws.getRow(FIRST_DATA_ROW).values = columns.map((c) => c.example);
  columns.forEach((c, i) => {
    ws.getCell(1, i + 1).note = `${c.required ? 'Bắt buộc' : 'Không bắt buộc'}: ${c.hint}`;
  });

  const all = lists();
  columns.forEach((c, i) => {
    if (!c.list) return;
    const list = all[c.list];
    const range = `'${LISTS_SHEET}'!$${list.column}$2:$${list.column}$${list.values.length + 1}`;
    for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + TEMPLATE_ROWS; r++) {
      ws.getCell(`${columnLetter(i + 1)}${r}`).dataValidation = {
        type: 'list',
        allowBlank: !c.required,
        formulae: [range],
        showErrorMessage: true,
        errorTitle: c.vi,
        error: `Chọn trong danh sách: ${c.hint}`,
      };
    }
  });

  const ls = wb.addWorksheet(LISTS_SHEET);
  for (const list of Object.values(all)) {
    ls.getCell(`${list.column}1`).value = list.header;
    list.values.forEach((v, i) => (ls.getCell(`${list.column}${i + 2}`).value = v));
  }
  ls.getCell('F1').value = 'Chuẩn nghèo';
  ls.getCell('G1').value = 'Mã chỉ số';
  ls.getCell('H1').value = 'Chỉ số thiếu hụt';
  let r = 2;
  for (const s of listStandards()) {
    for (const i of s.indicators) {
      ls.getRow(r++).values = {
        6: `${s.code} (rà soát ${s.reviewYears.from}–${s.reviewYears.to})`,
        7: i.code,
        8: i.labelVi,
      };
    }
  }
  ls.getRow(1).font = { bold: true };
  ls.columns.forEach((c) => (c.width = 28));
  ls.getCell('J1').value =
    'Theo biểu mẫu rà soát hộ nghèo, hộ cận nghèo (Thông tư 07/2021/TT-BLĐTBXH, sửa đổi bởi Thông tư 02/2022/TT-BLĐTBXH). ' +
    'Dòng 1: tiêu đề tiếng Việt; dòng 2: tiêu đề tiếng Anh; dữ liệu từ dòng 3. Dòng ví dụ có thể xoá hoặc ghi đè.';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
