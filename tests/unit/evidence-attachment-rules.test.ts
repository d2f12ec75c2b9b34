import { describe, expect, it } from 'vitest';
import { acceptAttribute, canPreview, checkAttachment } from '../../src/features/evidence/attachment-rules';

const MB = 1024 * 1024;

describe('checkAttachment', () => {
  it('accepts photos and office documents, keeping the browser’s type', () => {
    expect(checkAttachment({ name: 'till.JPG', type: 'image/jpeg', size: 2 * MB })).toEqual({ ok: true, type: 'image/jpeg' });
    expect(checkAttachment({ name: 'log.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: 30_000 }).ok).toBe(true);
    expect(checkAttachment({ name: 'notes.odt', type: '', size: 10 }).ok).toBe(true);
  });

  it('fills in the usual type when the browser reports none', () => {
    expect(checkAttachment({ name: 'IMG_0042.HEIC', type: '', size: 3 * MB })).toEqual({ ok: true, type: 'image/heic' });
    expect(checkAttachment({ name: 'survey.csv', type: 'application/octet-stream', size: 900 })).toEqual({ ok: true, type: 'text/csv' });
  });

  it('refuses a video, naming the file and what is accepted', () => {
    const result = checkAttachment({ name: 'holiday.mov', type: 'video/quicktime', size: MB });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^holiday\.mov is a video file; Folio accepts photos \(JPEG, PNG/) });
  });

  it('refuses a video or audio type even behind an allowed extension', () => {
    expect(checkAttachment({ name: 'clip.jpg', type: 'video/mp4', size: MB }).ok).toBe(false);
    expect(checkAttachment({ name: 'call.txt', type: 'audio/mpeg', size: MB })).toEqual({ ok: false, reason: expect.stringContaining('call.txt is an audio file') });
  });

  it('refuses archives, programs, unknown and extensionless files with a reason each', () => {
    expect(checkAttachment({ name: 'photos.zip', type: 'application/zip', size: MB })).toEqual({ ok: false, reason: expect.stringContaining('compressed archive') });
    expect(checkAttachment({ name: 'setup.exe', type: '', size: MB })).toEqual({ ok: false, reason: expect.stringContaining('program or script') });
    expect(checkAttachment({ name: 'drawing.psd', type: '', size: MB })).toEqual({ ok: false, reason: expect.stringContaining('drawing.psd is a .psd file') });
    expect(checkAttachment({ name: 'README', type: '', size: MB })).toEqual({ ok: false, reason: expect.stringContaining('no file extension') });
  });

  it('refuses a file over 10 MB, giving its size and the limit', () => {
    const result = checkAttachment({ name: 'report.pdf', type: 'application/pdf', size: Math.round(14.2 * MB) });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^report\.pdf is 14\.2 MB; the limit is 10 MB\./) });
  });

  it('accepts a file of exactly 10 MB and refuses one byte more', () => {
    expect(checkAttachment({ name: 'a.pdf', type: 'application/pdf', size: 10 * MB }).ok).toBe(true);
    expect(checkAttachment({ name: 'a.pdf', type: 'application/pdf', size: 10 * MB + 1 }).ok).toBe(false);
  });

  it('refuses an empty file', () => {
    expect(checkAttachment({ name: 'blank.png', type: 'image/png', size: 0 })).toEqual({ ok: false, reason: expect.stringContaining('blank.png is empty') });
  });
});

describe('acceptAttribute and previews', () => {
  it('lets a phone offer its camera and lists document extensions', () => {
    const parts = acceptAttribute.split(',');
    expect(parts[0]).toBe('image/*');
    expect(parts).toEqual(expect.arrayContaining(['.pdf', '.docx', '.xlsx', '.pptx', '.odt', '.txt', '.csv']));
    expect(parts).not.toContain('.mov');
  });

  it('previews only the image types browsers draw', () => {
    expect(canPreview('image/png')).toBe(true);
    expect(canPreview('IMAGE/JPEG')).toBe(true);
    expect(canPreview('image/heic')).toBe(false);
    expect(canPreview('application/pdf')).toBe(false);
  });
});

describe('checkAttachment with a 60,000-character file name', () => {
  it('names the file in its refusal, cut to a readable length', () => {
    const name = `${'a'.repeat(60_000)}.mov`;
    const result = checkAttachment({ name, type: 'video/quicktime', size: MB });
    if (result.ok) throw new Error('a video should be refused');
    expect(result.reason.length).toBeLessThan(400);
    expect(result.reason).toMatch(/^a{79}… is a video file; /);
  });

  it('cuts a 60,000-character extension too', () => {
    const result = checkAttachment({ name: `notes.${'x'.repeat(60_000)}`, type: '', size: 10 });
    if (result.ok) throw new Error('an unknown extension should be refused');
    expect(result.reason.length).toBeLessThan(400);
  });
});
