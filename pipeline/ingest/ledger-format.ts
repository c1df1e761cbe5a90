import type { FormatCallback } from 'html-to-text';
import { ledgerLines } from './ledger-table';
import { tableGrid, type HtmlNode } from './table-grid';

// As html-to-text's own `block` format, which tables used before ledgers were read.
const TABLE_LINE_BREAKS = 2;

/**
 * The html-to-text formatter for `<table>`: a rectification ledger is written row by row as
 * `ledgerLines` gives it; any other table (a page laid out in one, the 信息公开 label table)
 * is a block whose cells read one line each, as before.
 */
export const formatTable: FormatCallback = (element, walk, builder) => {
  const lines = ledgerLines(tableGrid(element as unknown as HtmlNode));
  builder.openBlock({ leadingLineBreaks: TABLE_LINE_BREAKS });
  if (lines === null) {
    walk(element.children, builder);
  } else {
    for (const line of lines) {
      builder.openBlock({ leadingLineBreaks: 1 });
      builder.addInline(line);
      builder.closeBlock({ trailingLineBreaks: 1 });
    }
  }
  builder.closeBlock({ trailingLineBreaks: TABLE_LINE_BREAKS });
};
