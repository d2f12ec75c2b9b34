import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { acceptAttribute, checkAttachment, checkAttachmentFile, previewTypeOf, shortName } from '../../src/domain/attachments';
import { MAX_ZIP_ENTRIES_READ } from '../../src/domain/attachments/zip-directory';
import { acceptedSamples, hostilePage, hostileSvg, samplePng } from '../fixtures/attachment-samples';

const MB = 1024 * 1024;
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytesOf = (...values: number[]) => new Uint8Array(values);

describe('checkAttachmentFile: what is known before the bytes are read', () => {
  it('stores the usual type for the extension, whatever the browser reported', () => {
    expect(checkAttachmentFile({ name: 'till.JPG', type: 'image/jpeg', size: 2 * MB })).toEqual({ ok: true, type: 'image/jpeg' });
    expect(checkAttachmentFile({ name: 'IMG_0042.HEIC', type: '', size: 3 * MB })).toEqual({ ok: true, type: 'image/heic' });
    expect(checkAttachmentFile({ name: 'survey.csv', type: 'application/octet-stream', size: 900 })).toEqual({ ok: true, type: 'text/csv' });
    expect(checkAttachmentFile({ name: 'notes.txt', type: 'text/x-weird', size: 900 })).toEqual({ ok: true, type: 'text/plain' });
  });

  it('refuses a video, naming the file and what is accepted', () => {
    expect(checkAttachmentFile({ name: 'holiday.mov', type: 'video/quicktime', size: MB })).toEqual({
      ok: false,
      code: 'type-not-accepted',
      reason: expect.stringMatching(/^holiday\.mov is a video file; Folio accepts photos \(JPEG, PNG/),
    });
  });

  it('refuses a video or audio type even behind an allowed extension', () => {
    expect(checkAttachmentFile({ name: 'clip.jpg', type: 'video/mp4', size: MB }).ok).toBe(false);
    expect(checkAttachmentFile({ name: 'call.txt', type: 'audio/mpeg', size: MB })).toMatchObject({ ok: false, reason: expect.stringContaining('call.txt is an audio file') });
  });

  it('refuses archives, unknown and extensionless files with a reason each', () => {
    expect(checkAttachmentFile({ name: 'photos.zip', type: 'application/zip', size: MB })).toMatchObject({ code: 'type-not-accepted', reason: expect.stringContaining('compressed archive') });
    expect(checkAttachmentFile({ name: 'drawing.psd', type: '', size: MB })).toMatchObject({ code: 'type-not-accepted', reason: expect.stringContaining('drawing.psd is a .psd file') });
    expect(checkAttachmentFile({ name: 'README', type: '', size: MB })).toMatchObject({ code: 'type-not-accepted', reason: expect.stringContaining('no file extension') });
  });

  it('refuses programs and scripts by their extension', () => {
    for (const name of ['setup.exe', 'run.bat', 'install.sh', 'macro.js', 'tool.msi', 'update.ps1']) {
      expect(checkAttachmentFile({ name, type: '', size: MB })).toMatchObject({ ok: false, code: 'executable', reason: expect.stringContaining('program or script') });
    }
  });

  it('refuses web pages and SVG drawings by their extension or declared type, saying why', () => {
    expect(checkAttachmentFile({ name: 'page.html', type: 'text/html', size: 100 })).toMatchObject({ code: 'active-content', reason: expect.stringContaining('can run code') });
    expect(checkAttachmentFile({ name: 'logo.svg', type: 'image/svg+xml', size: 100 })).toMatchObject({ code: 'active-content', reason: expect.stringContaining('logo.svg is an SVG drawing') });
    expect(checkAttachmentFile({ name: 'report.pdf', type: 'text/html', size: 100 })).toMatchObject({ code: 'active-content' });
    expect(checkAttachmentFile({ name: 'photo.png', type: 'image/svg+xml', size: 100 })).toMatchObject({ code: 'active-content' });
  });

  it('refuses a file over 10 MB, giving its size and the limit, and accepts exactly 10 MB', () => {
    expect(checkAttachmentFile({ name: 'report.pdf', type: 'application/pdf', size: Math.round(14.2 * MB) })).toMatchObject({
      code: 'too-large',
      reason: expect.stringMatching(/^report\.pdf is 14\.2 MB; the limit is 10 MB\./),
    });
    expect(checkAttachmentFile({ name: 'a.pdf', type: 'application/pdf', size: 10 * MB }).ok).toBe(true);
    expect(checkAttachmentFile({ name: 'a.pdf', type: 'application/pdf', size: 10 * MB + 1 }).ok).toBe(false);
  });

  it('refuses an empty file', () => {
    expect(checkAttachmentFile({ name: 'blank.png', type: 'image/png', size: 0 })).toMatchObject({ code: 'empty', reason: expect.stringContaining('blank.png is empty') });
  });
});

describe('checkAttachment: the bytes must be what the name says', () => {
  it.each(acceptedSamples)('accepts a real $name and stores $type', ({ name, type, bytes }) => {
    expect(checkAttachment({ name, type: '', bytes })).toEqual({ ok: true, type });
  });

  it('refuses a web page labelled image/png and named .png, as active content', () => {
    expect(checkAttachment({ name: 'photo.png', type: 'image/png', bytes: hostilePage })).toEqual({
      ok: false,
      code: 'active-content',
      reason: expect.stringMatching(/^photo\.png is really a web page \(HTML\), whatever its name says; web pages, SVG drawings and scripts can run code/),
    });
  });

  it('refuses an SVG drawing, whether named .svg, .png or .txt', () => {
    expect(checkAttachment({ name: 'logo.svg', type: 'image/svg+xml', bytes: hostileSvg })).toMatchObject({ ok: false, code: 'active-content' });
    expect(checkAttachment({ name: 'logo.png', type: 'image/png', bytes: hostileSvg })).toMatchObject({ ok: false, code: 'active-content', reason: expect.stringContaining('SVG drawing') });
    expect(checkAttachment({ name: 'logo.txt', type: 'text/plain', bytes: utf8('  <svg onload="alert(1)">') })).toMatchObject({ ok: false, code: 'active-content' });
  });

  it('refuses text that starts like HTML or a script, even named .txt or .csv', () => {
    for (const text of ['<!doctype html><p>hi', '\uFEFF\n  <HTML>', '<script>alert(1)</script>', '<iframe src=x>', '<body onload=x>', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">']) {
      expect(checkAttachment({ name: 'notes.txt', type: 'text/plain', bytes: utf8(text) })).toMatchObject({ ok: false, code: 'active-content' });
    }
    expect(checkAttachment({ name: 'export.csv', type: 'text/csv', bytes: utf8('<html>\n') })).toMatchObject({ ok: false, code: 'active-content' });
    // Ordinary text that merely contains a tag further on is still text.
    expect(checkAttachment({ name: 'notes.txt', type: 'text/plain', bytes: utf8('The customer wrote <b>urgent</b> in the form.') })).toEqual({ ok: true, type: 'text/plain' });
    expect(checkAttachment({ name: 'notes.txt', type: 'text/plain', bytes: utf8('<3 thank you') })).toEqual({ ok: true, type: 'text/plain' });
  });

  it('refuses a .txt holding a NUL byte, and invalid UTF-8', () => {
    expect(checkAttachment({ name: 'notes.txt', type: 'text/plain', bytes: utf8('Call notes\u0000more') })).toMatchObject({ ok: false, code: 'content-mismatch', reason: expect.stringContaining('NUL bytes') });
    expect(checkAttachment({ name: 'notes.txt', type: 'text/plain', bytes: bytesOf(0x43, 0x61, 0x66, 0xe9, 0x0a) })).toMatchObject({
      ok: false,
      code: 'content-mismatch',
      reason: expect.stringContaining('not valid UTF-8'),
    });
    expect(checkAttachment({ name: 'survey.csv', type: 'text/csv', bytes: bytesOf(0xff, 0xfe, 0x61, 0x00) }).ok).toBe(false);
  });

  it('refuses a .docx, .xlsx or .odt that is not the zip it should be', () => {
    const pdf = acceptedSamples.find((s) => s.name.endsWith('.pdf'))?.bytes ?? new Uint8Array();
    expect(checkAttachment({ name: 'reflection.docx', type: '', bytes: pdf })).toMatchObject({ ok: false, code: 'content-mismatch', reason: expect.stringContaining('named as a Word document') });
    const plainZip = zipSync({ 'a.txt': utf8('hello') });
    expect(checkAttachment({ name: 'reflection.docx', type: '', bytes: plainZip })).toMatchObject({ code: 'content-mismatch' });
    const xlsx = acceptedSamples.find((s) => s.name.endsWith('.xlsx'))?.bytes ?? new Uint8Array();
    expect(checkAttachment({ name: 'reflection.docx', type: '', bytes: xlsx })).toMatchObject({ code: 'content-mismatch' });
    const wrongMime = zipSync({ mimetype: [utf8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': utf8('<x/>') });
    expect(checkAttachment({ name: 'notes.odt', type: '', bytes: wrongMime })).toMatchObject({ code: 'content-mismatch' });
    const deflatedMime = zipSync({ mimetype: [utf8('application/vnd.oasis.opendocument.text'), { level: 9 }] });
    expect(checkAttachment({ name: 'notes.odt', type: '', bytes: deflatedMime })).toMatchObject({ code: 'content-mismatch' });
    const cut = xlsx.slice(0, xlsx.length - 10);
    expect(checkAttachment({ name: 'log.xlsx', type: '', bytes: cut })).toMatchObject({ code: 'content-mismatch' });
  });

  it('reads no more than a bounded number of zip directory entries', () => {
    const many: Record<string, Uint8Array> = { '[Content_Types].xml': utf8('<Types/>') };
    for (let i = 0; i < MAX_ZIP_ENTRIES_READ; i += 1) many[`x/${i}`] = new Uint8Array(0);
    many['word/document.xml'] = utf8('<doc/>');
    expect(checkAttachment({ name: 'huge.docx', type: '', bytes: zipSync(many, { level: 0 }) })).toMatchObject({ code: 'content-mismatch' });
  });

  it('refuses a photo or document whose signature is wrong', () => {
    const png = samplePng();
    expect(checkAttachment({ name: 'till.jpg', type: 'image/jpeg', bytes: png })).toMatchObject({ ok: false, code: 'content-mismatch', reason: expect.stringContaining('named as a JPEG photo') });
    expect(checkAttachment({ name: 'report.pdf', type: 'application/pdf', bytes: utf8('PDF-1.4 not really') })).toMatchObject({ code: 'content-mismatch' });
    expect(checkAttachment({ name: 'letter.doc', type: '', bytes: utf8('{\\rtf1 renamed}') })).toMatchObject({ code: 'content-mismatch' });
    expect(checkAttachment({ name: 'badge.webp', type: '', bytes: utf8('RIFF\u0000\u0000\u0000\u0000WAVEfmt ') })).toMatchObject({ code: 'content-mismatch' });
    expect(checkAttachment({ name: 'IMG.heic', type: '', bytes: bytesOf(0, 0, 0, 16, ...utf8('ftypisom'), 0, 0, 0, 0) })).toMatchObject({ code: 'content-mismatch' });
  });

  it('refuses programs by their bytes, whatever their name: Windows MZ, Linux ELF, Mach-O and #! scripts', () => {
    const mz = bytesOf(0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, ...new Uint8Array(56));
    const elf = bytesOf(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Uint8Array(56));
    const machO = bytesOf(0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1);
    for (const [name, bytes] of [['photo.png', mz], ['report.pdf', elf], ['notes.txt', mz], ['notes.txt', elf], ['memo.rtf', machO], ['notes.txt', utf8('#!/bin/sh\nrm -rf ~\n')]] as const) {
      expect(checkAttachment({ name, type: '', bytes })).toMatchObject({ ok: false, code: 'executable', reason: expect.stringContaining('is a program') });
    }
    // Text that merely starts with the letters MZ is still text.
    expect(checkAttachment({ name: 'notes.txt', type: '', bytes: utf8('MZ Motors called back.') }).ok).toBe(true);
  });

  it('cuts a long name and shows hidden characters in the reason', () => {
    const long = `${'quarterly-feedback-summary-'.repeat(6)}final.exe`;
    const result = checkAttachmentFile({ name: long, type: '', size: 10 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/^quarterly-feedback-summary-quarterly-feedback-s…ry-final\.exe is a program/);
    }
    expect(shortName('photo\u202Egnp.exe')).toBe('photo\\u202egnp.exe');
  });
});

describe('acceptAttribute and previews', () => {
  it('lets a phone offer its camera and lists document extensions', () => {
    const parts = acceptAttribute.split(',');
    expect(parts[0]).toBe('image/*');
    expect(parts).toEqual(expect.arrayContaining(['.pdf', '.docx', '.xlsx', '.pptx', '.odt', '.txt', '.csv']));
    expect(parts).not.toContain('.mov');
    expect(parts).not.toContain('.svg');
  });

  it('previews only bytes that are an image a browser draws, by their own signature', () => {
    expect(previewTypeOf(samplePng())).toBe('image/png');
    for (const { name, type, bytes } of acceptedSamples) {
      expect(previewTypeOf(bytes.subarray(0, 16)), name).toBe(['image/png', 'image/jpeg', 'image/gif', 'image/webp'].includes(type) ? type : undefined);
    }
    expect(previewTypeOf(hostilePage)).toBeUndefined();
    expect(previewTypeOf(hostileSvg)).toBeUndefined();
  });
});
