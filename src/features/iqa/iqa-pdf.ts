import type { IqaPdfInput } from '../../pdf/iqa';

/**
 * The IQA's sampling record as PDF bytes. jsPDF, the layout and the fonts load here, on the first
 * download, so the quality assurance screens open without them.
 */
export async function makeIqaPdf(input: IqaPdfInput): Promise<Uint8Array> {
  const [{ renderIqaPdf }, { appFonts }] = await Promise.all([import('../../pdf/iqa'), import('../../pdf/render/app-fonts')]);
  return renderIqaPdf(input, await appFonts());
}
