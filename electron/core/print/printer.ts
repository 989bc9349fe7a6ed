// The one way Chartroom turns HTML built from its data into PDF pages: Electron in the app, system Chromium in tests and the CLI.

/** Paper sizes a hospital office prints on; Letter is the North American default. */
export type PaperSize = 'Letter' | 'Legal' | 'A4';

/** Page margins in inches. */
export interface PageMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PrintOptions {
  /** Default 'Letter'. */
  pageSize?: PaperSize;
  /** Default {@link defaultMargins}: the bottom leaves room for the footer stamped afterwards by pdf-assembly. */
  margins?: PageMargins;
  /** Default false. */
  landscape?: boolean;
}

export interface PdfPrinter {
  /** Prints one self-contained HTML document (no scripts run, nothing is fetched) to PDF bytes. */
  print(html: string, options?: PrintOptions): Promise<Uint8Array>;
  /** Releases the browser or windows behind the printer; print() after close() starts them again. */
  close(): Promise<void>;
}

/**
 * The footer line is stamped at {@link stampedFooterBaseline} inches from the bottom edge; the printed content stops
 * above bottom margin, so the two never touch. The top margin leaves room for a stamped mark such as "CONFIDENTIAL".
 */
export const defaultMargins: PageMargins = { top: 0.75, right: 0.8, bottom: 0.9, left: 0.8 };

/** Where pdf-assembly draws the footer text, in inches from the bottom edge: inside the bottom margin above. */
export const stampedFooterBaseline = 0.45;

export interface ResolvedPrintOptions {
  pageSize: PaperSize;
  margins: PageMargins;
  landscape: boolean;
}

export function resolvePrintOptions(options: PrintOptions = {}): ResolvedPrintOptions {
  return { pageSize: options.pageSize ?? 'Letter', margins: options.margins ?? defaultMargins, landscape: options.landscape ?? false };
}
