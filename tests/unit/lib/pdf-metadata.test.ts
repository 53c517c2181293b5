import { describe, expect, test } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { stampPdf, type PdfMetadata } from '../../../src/lib/pdf-metadata.ts';

/** A one-page PDF shaped like Chromium's: two outline entries with run-together titles, structure ids from DOM nodes. */
async function chromiumLikePdf(nodeIds: [string, string]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.addPage([595, 842]);
  const { context } = pdf;
  const outlines = context.obj({ Type: 'Outlines' });
  const outlinesRef = context.register(outlines);
  const first = context.obj({ Title: PDFHexString.fromText("Regio's alsgeografische realiteit"), Parent: outlinesRef });
  const firstRef = context.register(first);
  const child = context.obj({ Title: PDFHexString.fromText('Kernpunten'), Parent: firstRef });
  const childRef = context.register(child);
  first.set(PDFName.of('First'), childRef);
  first.set(PDFName.of('Last'), childRef);
  outlines.set(PDFName.of('First'), firstRef);
  outlines.set(PDFName.of('Last'), firstRef);
  pdf.catalog.set(PDFName.of('Outlines'), outlinesRef);
  const header = context.obj({ Type: 'StructElem', S: 'TH', ID: PDFString.of(nodeIds[0]) });
  const cell = context.obj({ Type: 'StructElem', S: 'TD', ID: PDFString.of(nodeIds[1]), A: { O: 'Table', Headers: [PDFString.of(nodeIds[0])] } });
  const idTree = context.obj({ Names: [PDFString.of(nodeIds[0]), context.register(header), PDFString.of(nodeIds[1]), context.register(cell)] });
  pdf.catalog.set(PDFName.of('StructTreeRoot'), context.register(context.obj({ Type: 'StructTreeRoot', IDTree: idTree })));
  return pdf.save({ useObjectStreams: false });
}

const META: PdfMetadata = {
  title: "Regio's als geografische realiteit – Regionale samenwerking",
  author: 'Prof. Dr. Ben Derudder',
  subject: 'Wat is een regio?',
  language: 'nl',
  creator: 'Regionale samenwerking in internationaal perspectief',
  headings: ["Regio's als geografische realiteit", 'Kernpunten'],
  date: '2026-11-27',
};

describe('stampPdf', () => {
  test('sets title, author, subject, language and the version date as creation and modification date', async () => {
    const pdf = await PDFDocument.load(await stampPdf(await chromiumLikePdf(['node00000428', 'node00000431']), META), { updateMetadata: false });
    expect(pdf.getTitle()).toBe(META.title);
    expect(pdf.getAuthor()).toBe(META.author);
    expect(pdf.getSubject()).toBe(META.subject);
    expect(pdf.getCreator()).toBe(META.creator);
    expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('nl');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(pdf.getModificationDate()?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });

  test('the outline entries get the heading texts (Chromium drops the space at a line wrap)', async () => {
    const pdf = await PDFDocument.load(await stampPdf(await chromiumLikePdf(['node00000428', 'node00000431']), META));
    const first = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict).lookup(PDFName.of('First'), PDFDict);
    expect(first.lookup(PDFName.of('Title'), PDFHexString).decodeText()).toBe("Regio's als geografische realiteit");
    expect(first.lookup(PDFName.of('First'), PDFDict).lookup(PDFName.of('Title'), PDFHexString).decodeText()).toBe('Kernpunten');
  });

  test('an outline that does not match the headings is an error', async () => {
    await expect(stampPdf(await chromiumLikePdf(['node00000001', 'node00000002']), { ...META, headings: ['Eén kop'] })).rejects.toThrow(
      /2 bladwijzers maar de pagina 1 koppen/,
    );
  });

  test('structure ids from shifting DOM node numbers are renumbered, so two prints give the same bytes', async () => {
    const a = await stampPdf(await chromiumLikePdf(['node00000428', 'node00000431']), META);
    const b = await stampPdf(await chromiumLikePdf(['node00008742', 'node00008744']), META);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const pdf = await PDFDocument.load(a);
    const names = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('IDTree'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
    expect([0, 2].map((i) => names.lookup(i, PDFString).asString())).toEqual(['node00000001', 'node00000002']);
  });

  test('a missing title or a date that is no date is an error', async () => {
    const bytes = await chromiumLikePdf(['node00000001', 'node00000002']);
    await expect(stampPdf(bytes, { ...META, title: ' ' })).rejects.toThrow(/title ontbreekt/);
    await expect(stampPdf(bytes, { ...META, date: 'gisteren' })).rejects.toThrow(/geen datum/);
  });
});
