/**
 * Tagged-PDF helpers over pdfkit's structure API: a Document root, child elements in reading order,
 * marked content that may be drawn in several fragments (a paragraph split across pages), and artifacts.
 */

type Doc = PDFKit.PDFDocument;
/** A node of the PDF structure tree (H1, P, Table, TD, L, LI …). */
export type StructElement = PDFKit.PDFStructureElement;

/** pdfkit keeps the element's PDF dictionary here; the typings do not declare it. */
interface WithDictionary {
  dictionary: { data: Record<string, unknown> };
}

/** Builds the structure tree while the renderer draws. */
export class Tagger {
  /** The root "Document" element; everything else hangs below it. */
  readonly root: StructElement;

  constructor(private readonly doc: Doc) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** Creates an element of `tag` and appends it to `parent`. */
  child(parent: StructElement, tag: string): StructElement {
    const element = this.doc.struct(tag, {});
    parent.add(element);
    return element;
  }

  /** A table header cell spanning `colSpan` columns, with the PDF table attributes set. */
  headerCell(parent: StructElement, colSpan: number): StructElement {
    const cell = this.child(parent, 'TH');
    (cell as unknown as WithDictionary).dictionary.data.A = { O: 'Table', Scope: 'Column', ColSpan: colSpan };
    return cell;
  }

  /** Draws content as one marked-content fragment of `element`; call again for the next fragment. */
  mark(element: StructElement, tag: string, draw: () => void): void {
    const content = this.doc.markStructureContent(tag);
    draw();
    this.doc.endMarkedContent();
    element.add(content);
  }

  /** Draws decoration (borders, fills, footers, repeated headers) that is not part of the text. */
  artifact(type: 'Pagination' | 'Layout', draw: () => void): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Closes the tree; call once after everything is drawn and before doc.end(). */
  end(): void {
    this.root.end();
  }
}
